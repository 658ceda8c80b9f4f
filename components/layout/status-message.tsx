import type { ReactNode } from "react";

/**
 * The body of a full-page message (404, error): a heading, a paragraph and actions. Server- and
 * client-safe. The heading is focusable (tabIndex -1) so error.tsx can move focus to it.
 */
export function StatusMessage({
  title,
  body,
  children,
  headingId,
}: {
  title: ReactNode;
  body?: ReactNode;
  children?: ReactNode;
  headingId?: string;
}) {
  return (
    <section aria-labelledby={headingId} className="mx-auto max-w-xl py-12 text-center">
      <h1 id={headingId} tabIndex={-1} className="text-2xl font-semibold text-ink">
        {title}
      </h1>
      {body ? <div className="mt-3 text-ink-muted">{body}</div> : null}
      {children ? <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{children}</div> : null}
    </section>
  );
}

/** Styles for a primary action (button or link) on message pages. */
export const primaryActionClass =
  "inline-flex min-h-10 items-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-hover";
export const secondaryActionClass =
  "inline-flex min-h-10 items-center rounded-md border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink no-underline hover:bg-canvas";
