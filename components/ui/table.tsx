import type { ComponentPropsWithoutRef } from "react";
import { cn } from "@/lib/utils/cn";

/**
 * Table primitives. The wrapper scrolls sideways on narrow screens; give it `scrollLabel` (usually
 * the caption text) to make it a focusable, named region so keyboard users can scroll it too.
 *   <Table scrollLabel={caption}><TableCaption>{caption}</TableCaption><TableHeader>…</TableHeader>…</Table>
 */
export function Table({
  className,
  wrapperClassName,
  scrollLabel,
  ...props
}: ComponentPropsWithoutRef<"table"> & { wrapperClassName?: string; scrollLabel?: string }) {
  return (
    <div
      className={cn("w-full overflow-x-auto rounded-lg border border-line bg-surface", wrapperClassName)}
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {})}
    >
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}

/** Caption: visible above the table by default; pass className="sr-only" to keep it for screen readers only. */
export function TableCaption({ className, ...props }: ComponentPropsWithoutRef<"caption">) {
  return (
    <caption
      className={cn("caption-top px-4 py-3 text-left text-sm font-semibold text-ink", className)}
      {...props}
    />
  );
}

export function TableHeader({ className, ...props }: ComponentPropsWithoutRef<"thead">) {
  return <thead className={cn("bg-canvas", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentPropsWithoutRef<"tbody">) {
  return <tbody className={cn("divide-y divide-line", className)} {...props} />;
}

export function TableFooter({ className, ...props }: ComponentPropsWithoutRef<"tfoot">) {
  return <tfoot className={cn("border-t-2 border-line-strong bg-canvas font-semibold", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

/** Header cell. scope defaults to "col"; use scope="row" for a row header inside <TableBody>. */
export function TableHead({
  className,
  numeric,
  scope = "col",
  ...props
}: ComponentPropsWithoutRef<"th"> & { numeric?: boolean }) {
  return (
    <th
      scope={scope}
      className={cn(
        "border-b border-line px-4 py-2 font-semibold text-ink",
        scope === "row" && "border-b-0 font-medium",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}

/** Body cell; `numeric` right-aligns with tabular figures. */
export function TableCell({
  className,
  numeric,
  ...props
}: ComponentPropsWithoutRef<"td"> & { numeric?: boolean }) {
  return <td className={cn("px-4 py-2", numeric && "text-right tabular-nums", className)} {...props} />;
}
