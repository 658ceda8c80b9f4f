import Link from "next/link";
import { coveredCommunes, criterionShareSeries } from "@/components/charts/criterion-share-series";
import { LazyCriterionShareChart, LazyDistributionChart } from "@/components/charts/lazy";
import { DownloadLinks, unitExportHref } from "@/components/export/download-links";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AreaStanding } from "@/lib/data/standing";
import { criterionShares } from "@/lib/domain/matrix";
import { readMatrixSort } from "@/lib/validation/matrix";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { AreaSummaryCards } from "./area-summary";
import { CommuneTable } from "./commune-table";
import { ConsistencyPanel } from "./consistency-panel";
import { CriteriaMatrix, MATRIX_ANCHOR } from "./criteria-matrix";
import { unitHref } from "./links";

/** District or province page body, in the order the coordination office reads it: key figures,
 * consistency checks, the distribution and the share of communes meeting each criterion, districts
 * (for a province), the communes × criteria matrix, then the communes by standing.
 * `sort` is the raw `?sort=` value: an invalid one shows a warning and the default order. */
export function AreaView({
  area,
  asOf,
  sort: rawSort,
  locale,
  t,
}: {
  area: AreaStanding;
  asOf: { iso: string; isToday: boolean };
  sort?: string;
  locale: Locale;
  t: Translator;
}) {
  const total = area.set?.criteriaCount ?? 0;
  const href = (code: string) => unitHref(code, asOf);
  if (area.summary.communeCount === 0) return <p className="text-ink-muted">{t("summary.noCommunes")}</p>;
  const sort = readMatrixSort(rawSort, area.criteria.map((c) => c.number));
  const shares = criterionShareSeries(criterionShares(area.criteria, area.communes));
  const covered = coveredCommunes(shares);
  return (
    <div className="space-y-6">
      {area.summary.withFigureCount === 0 ? <p className="text-ink-muted">{t("area.noData")}</p> : null}
      <AreaSummaryCards summary={area.summary} totalCriteria={total} consistency={area.consistency} unitCode={area.unit.code} locale={locale} t={t} />
      <DownloadLinks
        what="summary"
        asOf={asOf}
        locale={locale}
        t={t}
        links={[
          { href: unitExportHref(area.unit.code, "summary", "xlsx", asOf), label: t("exports.excel"), format: "xlsx" },
          { href: unitExportHref(area.unit.code, "summary", "csv", asOf), label: t("exports.csv"), format: "csv" },
        ]}
      />
      <ConsistencyPanel rows={area.consistency} hrefFor={href} locale={locale} t={t} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("summary.distributionTitle")}</CardTitle>
            <CardDescription>{t("area.chartHint")}</CardDescription>
          </CardHeader>
          <CardContent>
            <LazyDistributionChart
              data={area.summary.distribution.map((b) => ({ criteriaMet: b.criteriaMet, communeCount: b.communeCount }))}
              title={t("summary.distributionTitle")}
              hideTitle
              xLabel={t("summary.distributionXAxis")}
              yLabel={t("summary.distributionYAxis")}
              locale={locale}
              range={{ from: 0, to: total }}
            />
          </CardContent>
        </Card>
        {area.criteria.length > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t("matrix.shareTitle")}</CardTitle>
              <div>
                <Badge variant={covered > 0 ? "info" : "neutral"} data-testid="share-coverage">
                  {t("matrix.shareCoverage", { count: formatNumber(covered, locale) })}
                </Badge>
              </div>
              <CardDescription>
                {t("matrix.shareCoverageNote", { count: formatNumber(covered, locale), total: formatNumber(area.summary.communeCount, locale) })}{" "}
                {covered > 0 ? t("matrix.shareHint") : null}
              </CardDescription>
            </CardHeader>
            <CardContent>
              {covered > 0 ? (
                <LazyCriterionShareChart
                  data={shares}
                  title={t("matrix.shareTitle")}
                  hideTitle
                  axisLabel={t("matrix.shareAxis")}
                  columns={{ criterion: t("matrix.shareColCriterion"), met: t("matrix.shareColMet"), share: t("matrix.shareColShare") }}
                  locale={locale}
                />
              ) : (
                <p className="text-sm text-ink-muted">{t("matrix.shareNoData")}</p>
              )}
            </CardContent>
          </Card>
        ) : null}
      </div>
      {area.unit.kind === "province" && area.districts.length > 0 ? (
        <section aria-labelledby="districts-heading" className="space-y-2">
          <h2 id="districts-heading" className="text-lg font-semibold">
            {t("area.provinceDistricts")}
          </h2>
          <DistrictTable districts={area.districts} href={href} locale={locale} t={t} />
        </section>
      ) : null}
      {area.criteria.length > 0 ? (
        <section id={MATRIX_ANCHOR} aria-labelledby="matrix-heading" className="scroll-mt-4 space-y-2">
          <h2 id="matrix-heading" className="text-lg font-semibold">
            {t("matrix.title")}
          </h2>
          <p className="text-sm text-ink-muted">{t("matrix.description")}</p>
          {area.unit.kind === "district" ? <p className="text-sm"><Link href={`/units/${area.unit.code}/import`} data-testid="import-link" className="text-link underline underline-offset-2">{t("imports.openImport")}</Link></p> : null}
          <DownloadLinks
            what="matrix"
            asOf={asOf}
            locale={locale}
            t={t}
            links={[
              { href: unitExportHref(area.unit.code, "matrix", "xlsx", asOf), label: t("exports.excel"), format: "xlsx" },
              { href: unitExportHref(area.unit.code, "matrix", "csv", asOf, "verified"), label: t("exports.csvView", { view: t("exports.viewVerified") }), format: "csv" },
              { href: unitExportHref(area.unit.code, "matrix", "csv", asOf, "self"), label: t("exports.csvView", { view: t("exports.viewSelf") }), format: "csv" },
            ]}
          />
          {!sort.ok ? (
            <Callout variant="warning">
              <span data-testid="invalid-sort">{t("matrix.invalidSort", { sort: (rawSort ?? "").slice(0, 40) })}</span>
            </Callout>
          ) : null}
          <CriteriaMatrix
            areaCode={area.unit.code}
            criteria={area.criteria}
            communes={area.communes}
            totalCriteria={total}
            sort={sort.sort}
            asOf={asOf}
            locale={locale}
            t={t}
          />
        </section>
      ) : null}
      <section aria-labelledby="communes-heading" className="space-y-2">
        <h2 id="communes-heading" className="text-lg font-semibold">
          {t("unit.communes")}
        </h2>
        <CommuneTable communes={area.communes} totalCriteria={total} hrefFor={href} locale={locale} t={t} />
      </section>
      {area.otherUnits.length > 0 ? (
        <section aria-labelledby="other-units-heading" className="space-y-1 text-sm">
          <h2 id="other-units-heading" className="font-semibold">
            {t("area.otherUnitsTitle")}
          </h2>
          <p className="text-ink-muted">{t("area.otherUnitsHint")}</p>
          <ul className="list-inside list-disc">
            {area.otherUnits.map((u) => (
              <li key={u.code}>
                <Link href={href(u.code)} className="text-link underline-offset-2 hover:underline">
                  {t(`unitKind.${u.kind}`)} {u.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function DistrictTable({
  districts,
  href,
  locale,
  t,
}: {
  districts: AreaStanding["districts"];
  href: (code: string) => string;
  locale: Locale;
  t: Translator;
}) {
  return (
    <Table scrollLabel={t("home.districtsCaption")}>
      <TableCaption className="sr-only">{t("home.districtsCaption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("home.colDistrict")}</TableHead>
          <TableHead numeric>{t("home.colCommunes")}</TableHead>
          <TableHead numeric>{t("home.colFigures")}</TableHead>
          <TableHead numeric>{t("home.colAverage")}</TableHead>
          <TableHead numeric>{t("home.colMeetingAll")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {districts.map((d) => (
          <TableRow key={d.code}>
            <TableHead scope="row">
              <Link href={href(d.code)} className="text-link underline-offset-2 hover:underline">
                {t("unitKind.district")} {d.name}
              </Link>
            </TableHead>
            <TableCell numeric>{formatNumber(d.summary.communeCount, locale)}</TableCell>
            <TableCell numeric>{formatNumber(d.summary.withFigureCount, locale)}</TableCell>
            <TableCell numeric>
              {formatNumber(d.summary.averageCriteriaMet, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
            </TableCell>
            <TableCell numeric>{formatNumber(d.summary.communesMeetingAll, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
