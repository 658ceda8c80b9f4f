import type { Status } from "@/lib/domain/types";
import { cn } from "@/lib/utils/cn";
import { badgeBase } from "./badge";

const styles: Record<Status, string> = {
  met: "border-status-met-border bg-status-met-bg text-status-met",
  nearly_met: "border-status-nearly-met-border bg-status-nearly-met-bg text-status-nearly-met",
  not_met: "border-status-not-met-border bg-status-not-met-bg text-status-not-met",
  not_assessed: "border-dashed border-status-not-assessed-border bg-status-not-assessed-bg text-status-not-assessed",
};

/** A distinct shape per status, so colour is never the only cue (the text label is always shown). */
export function StatusIcon({ status }: { status: Status }) {
  const common = {
    width: 12,
    height: 12,
    viewBox: "0 0 12 12",
    "aria-hidden": true,
    focusable: false,
    className: "shrink-0",
  } as const;
  switch (status) {
    case "met": // tick
      return (
        <svg {...common}>
          <path d="M2 6.5 4.8 9 10 3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "nearly_met": // half-filled circle
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M6 1.5a4.5 4.5 0 0 1 0 9z" fill="currentColor" />
        </svg>
      );
    case "not_met": // cross
      return (
        <svg {...common}>
          <path d="M3 3l6 6M9 3 3 9" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    case "not_assessed": // dash
      return (
        <svg {...common}>
          <path d="M3 6h6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
  }
}

/**
 * Status of a criterion: icon + translated label, e.g.
 * <StatusBadge status="nearly_met" label={t("status.nearly_met")} />.
 */
export function StatusBadge({
  status,
  label,
  className,
}: {
  status: Status;
  label: string;
  className?: string;
}) {
  return (
    <span className={cn(badgeBase, styles[status], className)} data-status={status}>
      <StatusIcon status={status} />
      {label}
    </span>
  );
}
