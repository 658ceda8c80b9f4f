import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/layout/search-box";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { unitHref } from "@/components/units/links";
import { requireScope } from "@/lib/auth/session";
import { searchUnits, type SearchResult } from "@/lib/data/search";
import { classifySearchQuery } from "@/lib/domain/search-query";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("searchPage.title") };
}

/** /search?q=…: units by name (with or without diacritics, other spellings too) or GSO code. */
export default async function SearchPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const raw = typeof sp.q === "string" ? sp.q : Array.isArray(sp.q) ? (sp.q[0] ?? "") : "";
  const query = classifySearchQuery(raw);
  const shown = raw.replace(/\s+/g, " ").trim();

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("searchPage.title")}</h1>
        <p className="text-ink-muted">{t("searchPage.intro")}</p>
      </header>
      <SearchBox t={t} variant="page" defaultValue={query.kind === "too_long" ? "" : shown} />
      {query.kind === "empty" ? <p className="text-ink-muted">{t("searchPage.emptyQuery")}</p> : null}
      {query.kind === "too_long" ? (
        <Callout variant="warning">{t("searchPage.tooLong", { length: formatNumber(query.length, locale), max: formatNumber(query.max, locale) })}</Callout>
      ) : null}
      {query.kind === "code" || query.kind === "name" ? (
        // Rendered before the page is sent, not streamed behind a Suspense fallback: without
        // JavaScript a streamed part stays hidden (seen on PostgreSQL, where the query takes a
        // network round trip; SQLite usually answered before the first flush).
        <SearchResults query={shown} locale={locale} t={t} />
      ) : null}
    </div>
  );
}

async function SearchResults({ query, locale, t }: { query: string; locale: Locale; t: Translator }) {
  const results = await searchUnits(await requireScope(), query, { limit: LIMIT + 1 });
  if (results.length === 0) {
    return (
      <div role="status" className="space-y-1">
        <p className="font-medium">{t("searchPage.noResults", { query })}</p>
        <p className="text-sm text-ink-muted">{t("searchPage.noResultsHint")}</p>
      </div>
    );
  }
  const list = results.slice(0, LIMIT);
  return (
    <section aria-labelledby="search-results-heading" className="space-y-3">
      <h2 id="search-results-heading" className="text-lg font-semibold">
        {t("searchPage.resultCount", { count: formatNumber(list.length, locale), query })}
      </h2>
      {results.length > LIMIT ? <p className="text-sm text-ink-muted">{t("searchPage.limited", { count: formatNumber(LIMIT, locale) })}</p> : null}
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface" data-testid="search-results">
        {list.map((r) => (
          <ResultItem key={r.code} r={r} locale={locale} t={t} />
        ))}
      </ul>
    </section>
  );
}

function ResultItem({ r, locale, t }: { r: SearchResult; locale: Locale; t: Translator }) {
  const former = r.matchedAlias !== null && /^\d+$/.test(r.matchedAlias);
  const ceased = r.validTo ? new Date(r.validTo.getTime() + 86_400_000) : null;
  return (
    <li className="flex flex-col gap-1 p-3 sm:p-4" data-code={r.code}>
      <Link href={unitHref(r.code)} className="font-medium text-link underline-offset-2 hover:underline">
        {t(`unitKind.${r.kind}`)} {r.name}
      </Link>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
        <span className="tabular-nums">{t("searchPage.code", { code: r.code })}</span>
        {r.parentName && r.parentKind ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              {t(`unitKind.${r.parentKind}`)} {r.parentName}
            </span>
          </>
        ) : null}
        {r.matchedAlias ? (
          <Badge variant="info">
            {former ? t("searchPage.matchedFormerCode", { code: r.matchedAlias }) : t("searchPage.matchedAlias", { alias: r.matchedAlias })}
          </Badge>
        ) : null}
        {ceased ? <Badge>{t("searchPage.ceased", { date: formatDate(ceased, locale) })}</Badge> : null}
      </p>
    </li>
  );
}
