import Link from "next/link";
import { DistributionChart } from "@/components/charts/distribution-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AreaStanding } from "@/lib/data/standing";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { AreaSummaryCards } from "./area-summary";
import { CommuneTable } from "./commune-table";
import { ConsistencyPanel } from "./consistency-panel";
import { unitHref } from "./links";

/** District or province page body: key figures, consistency checks, distribution chart,
 * districts (for a province) and communes. */
export function AreaView({
  area,
  asOf,
  locale,
  t,
}: {
  area: AreaStanding;
  asOf: { iso: string; isToday: boolean };
  locale: Locale;
  t: Translator;
}) {
  const total = area.set?.criteriaCount ?? 0;
  const href = (code: string) => unitHref(code, asOf);
  if (area.summary.communeCount === 0) return <p className="text-ink-muted">{t("summary.noCommunes")}</p>;
  return (
    <div className="space-y-6">
      {area.summary.withFigureCount === 0 ? <p className="text-ink-muted">{t("area.noData")}</p> : null}
      <AreaSummaryCards summary={area.summary} totalCriteria={total} consistency={area.consistency} unitCode={area.unit.code} locale={locale} t={t} />
      <ConsistencyPanel rows={area.consistency} hrefFor={href} locale={locale} t={t} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("summary.distributionTitle")}</CardTitle>
          <CardDescription>{t("area.chartHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DistributionChart
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
      {area.unit.kind === "province" && area.districts.length > 0 ? (
        <section aria-labelledby="districts-heading" className="space-y-2">
          <h2 id="districts-heading" className="text-lg font-semibold">
            {t("area.provinceDistricts")}
          </h2>
          <DistrictTable districts={area.districts} href={href} locale={locale} t={t} />
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
