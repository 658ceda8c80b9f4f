import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DownloadLinks, registerExportHref } from "@/components/export/download-links";
import { RecommendationTable } from "@/components/recommendations/recommendation-table";
import { registerHref, RegisterFiltersForm } from "@/components/recommendations/register-filters";
import { Callout } from "@/components/ui/callout";
import { Skeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getRegisterOptions, listRecommendations } from "@/lib/data/recommendations";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { readAsOf } from "@/lib/validation/params";
import { readRegisterFilters } from "@/lib/validation/recommendation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("recommendations.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The recommendation register: filters, one page of recommendations by due date, a link to add one. */
export default async function RecommendationsPage({ searchParams }: Props) {
  const [raw, { locale, t }, viewer] = await Promise.all([searchParams, getI18n(), requireViewer()]);
  const { filters, invalid } = readRegisterFilters(raw);
  const scope = scopeFor(viewer);
  const now = new Date();
  const mayCreate = viewer.provinceCode !== null && can(viewer, "inspection.manage", { provinceCode: viewer.provinceCode, districtCode: null, communeCode: null });
  const options = await getRegisterOptions(scope, now);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold sm:text-3xl">{t("recommendations.title")}</h1>
          <p className="mt-1 max-w-3xl text-ink-muted">{t("recommendations.intro")}</p>
        </div>
        {mayCreate ? (
          <Link href="/recommendations/new" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2">
            {t("recommendations.newLink")}
          </Link>
        ) : null}
      </header>
      {invalid.length ? <Callout variant="warning">{t("recommendations.invalidFilter", { names: invalid.join(", ") })}</Callout> : null}
      <RegisterFiltersForm filters={filters} options={options} t={t} />
      <DownloadLinks
        what="register"
        asOf={(readAsOf(undefined, now) as { ok: true; asOf: { iso: string; isToday: boolean } }).asOf}
        locale={locale}
        t={t}
        links={[
          { href: registerExportHref("xlsx", filters), label: t("exports.excel"), format: "xlsx" },
          { href: registerExportHref("csv", filters), label: t("exports.csv"), format: "csv" },
        ]}
      />
      <Suspense key={JSON.stringify(filters)} fallback={<Skeleton className="h-96 w-full" />}>
        <RegisterResults filters={filters} now={now} />
      </Suspense>
      <p className="text-xs text-ink-muted">{t("recommendations.lifecycle")}</p>
    </div>
  );
}

async function RegisterResults({ filters, now }: { filters: ReturnType<typeof readRegisterFilters>["filters"]; now: Date }) {
  const [{ locale, t }, viewer] = await Promise.all([getI18n(), requireViewer()]);
  const result = await listRecommendations(scopeFor(viewer), filters, now);
  if (result.total === 0) return <p className="text-ink-muted" data-testid="register-empty">{t("recommendations.empty")}</p>;
  return (
    <section className="space-y-3" aria-label={t("recommendations.caption")}>
      <p className="text-sm text-ink-muted" data-testid="register-count">
        {t("recommendations.count", { count: formatNumber(result.total, locale) })}
        {result.pageCount > 1 ? ` · ${t("recommendations.pageOf", { page: result.page, pages: result.pageCount })}` : null}
      </p>
      <RecommendationTable rows={result.rows} caption={t("recommendations.caption")} now={now} locale={locale} t={t} />
      {result.pageCount > 1 ? (
        <nav aria-label={t("recommendations.pagination")} className="flex gap-4 text-sm">
          {result.page > 1 ? (
            <Link href={registerHref(filters, result.page - 1)} className="text-link underline underline-offset-2">
              {t("recommendations.previous")}
            </Link>
          ) : null}
          {result.page < result.pageCount ? (
            <Link href={registerHref(filters, result.page + 1)} className="text-link underline underline-offset-2">
              {t("recommendations.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
