import Form from "next/form";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/domain/search-query";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";

/**
 * Unit search form: a GET form to /search?q=… (a plain form without JavaScript; with it,
 * next/form navigates client-side). "header" sits on the brand bar with a visually hidden label;
 * "page" is the full form of the search page, prefilled with the query.
 */
export function SearchBox({
  t,
  variant = "header",
  defaultValue,
  id = variant === "header" ? "site-search" : "search-page-q",
}: {
  t: Translator;
  variant?: "header" | "page";
  defaultValue?: string;
  id?: string;
}) {
  const header = variant === "header";
  return (
    <Form action="/search" role="search" aria-label={header ? t("searchPage.headerLabel") : t("searchPage.title")} className={cn("flex items-end gap-2", !header && "flex-wrap")}>
      <div className={cn("flex min-w-0 flex-col gap-1", !header && "w-full max-w-md")}>
        <label htmlFor={id} className={cn(header ? "sr-only" : "text-sm font-medium text-ink")}>
          {header ? t("searchPage.headerLabel") : t("searchPage.fieldLabel")}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
          placeholder={header ? t("searchPage.headerPlaceholder") : t("searchPage.placeholder")}
          className={cn(
            "min-h-9 min-w-0 rounded-md border bg-white px-2.5 py-1 text-sm text-ink placeholder:text-ink-muted",
            header ? "w-40 border-white/60 sm:w-56" : "w-full border-line-strong",
          )}
        />
      </div>
      <button
        type="submit"
        className={cn(
          "min-h-9 shrink-0 rounded-md border px-3 py-1 text-sm font-medium",
          header ? "border-white bg-transparent text-white hover:bg-white/10" : "border-brand bg-brand text-white hover:bg-brand-hover",
        )}
      >
        {t("searchPage.submit")}
      </button>
    </Form>
  );
}
