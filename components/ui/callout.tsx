import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type CalloutVariant = "info" | "warning";

const styles: Record<CalloutVariant, string> = {
  info: "border-info-border bg-info-bg text-info",
  warning: "border-warning-border bg-warning-bg text-warning",
};

function CalloutIcon({ variant }: { variant: CalloutVariant }) {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="mt-0.5 shrink-0">
      {variant === "info" ? (
        <>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10 9v5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="6" r="1.2" fill="currentColor" />
        </>
      ) : (
        <>
          <path d="M10 2.5 18 17H2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M10 8v4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="10" cy="14.5" r="1.1" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/** An aside for notes and warnings (role="note"). Title optional; children are the body. */
export function Callout({
  variant = "info",
  title,
  children,
  className,
}: {
  variant?: CalloutVariant;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div role="note" className={cn("flex gap-3 rounded-lg border-l-4 border px-4 py-3 text-sm", styles[variant], className)}>
      <CalloutIcon variant={variant} />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-ink [&_a]:text-link">{children}</div> : null}
      </div>
    </div>
  );
}
