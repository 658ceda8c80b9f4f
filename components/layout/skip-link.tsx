/** First focusable element on every page; off-screen until focused; jumps to <main id="main-content">. */
export const MAIN_CONTENT_ID = "main-content";

export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="fixed left-3 top-3 z-50 -translate-y-[200%] rounded-md border border-line-strong bg-surface px-4 py-2 font-medium text-link underline shadow-lg focus:translate-y-0"
    >
      {label}
    </a>
  );
}
