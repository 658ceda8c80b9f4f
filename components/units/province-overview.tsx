import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AreaStanding } from "@/lib/data/standing";
import { rankDistricts, targetProgress } from "@/lib/domain/province";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** Key figures of a province, its share of communes meeting the standard against the office's
 * target, and the ranking of its districts. */
export function ProvinceOverview({
  area,
  target,
  hrefFor,
  locale,
  t,
}: {
  area: AreaStanding;
  target: number | null;
  hrefFor: (code: string) => string;
  locale: Locale;
  t: Translator;
}) {
  const s = area.summary;
  const total = area.set?.criteriaCount ?? 0;
  const progress = targetProgress(s, target);
  const ranked = rankDistricts(area.districts);
  const pct = (v: number | null) => formatPercent(v, locale, { maximumFractionDigits: 1 });
  return (
    <div className="space-y-4" data-testid="province-overview">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("province.districtCount")} value={formatNumber(area.districts.length, locale)} />
        <Stat label={t("summary.communeCount")} value={formatNumber(s.communeCount, locale)} />
        <Stat label={t("summary.average")} value={formatNumber(s.averageCriteriaMet, locale, one)} hint={t("summary.averageHint", { count: s.withFigureCount })} />
        <Stat label={t("summary.metStandard", { total })} value={formatNumber(s.communesMeetingAll, locale)} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("province.shareTitle")}</CardTitle>
          <CardDescription data-testid="standard-share">
            {t("province.shareValue", { share: pct(progress.share), met: s.communesMeetingAll, total: s.withFigureCount })}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-2 text-sm">
          {progress.target === null ? (
            <p className="text-ink-muted">{t("province.noTarget")}</p>
          ) : (
            <>
              <p>{t("province.targetLabel", { target: pct(progress.target) })}</p>
              <div
                role="progressbar"
                aria-label={t("province.progressLabel")}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(Math.min(1, (progress.share ?? 0) / (progress.target || 1)) * 100)}
                className="h-3 w-full overflow-hidden rounded-full bg-status-not-assessed-bg"
              >
                <div className="h-full bg-brand" style={{ width: `${Math.min(100, ((progress.share ?? 0) / (progress.target || 1)) * 100)}%` }} />
              </div>
              <p>{progress.reached ? t("province.targetReached") : t("province.targetMissing", { count: progress.communesNeeded ?? 0 })}</p>
            </>
          )}
        </CardContent>
      </Card>
      <section aria-labelledby="ranking-heading" className="space-y-2">
        <h2 id="ranking-heading" className="text-lg font-semibold">
          {t("province.rankingTitle")}
        </h2>
        <Table scrollLabel={t("province.rankingCaption")} data-testid="district-ranking">
          <TableCaption className="sr-only">{t("province.rankingCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead numeric>{t("province.colRank")}</TableHead>
              <TableHead>{t("home.colDistrict")}</TableHead>
              <TableHead numeric>{t("home.colCommunes")}</TableHead>
              <TableHead numeric>{t("home.colAverage")}</TableHead>
              <TableHead numeric>{t("home.colMeetingAll")}</TableHead>
              <TableHead numeric>{t("province.colShare")}</TableHead>
              <TableHead>{t("province.colDistribution")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map(({ rank, district: d }) => (
              <TableRow key={d.code}>
                <TableCell numeric>{formatNumber(rank, locale)}</TableCell>
                <TableHead scope="row">
                  <Link href={hrefFor(d.code)} className="text-link underline-offset-2 hover:underline">
                    {t("unitKind.district")} {d.name}
                  </Link>
                  {d.validTo ? (
                    <span className="block text-xs font-normal text-ink-muted">
                      {t("province.dissolved", { date: formatDate(new Date(d.validTo.getTime() + 86_400_000), locale) })}
                    </span>
                  ) : null}
                </TableHead>
                <TableCell numeric>{formatNumber(d.summary.communeCount, locale)}</TableCell>
                <TableCell numeric>{formatNumber(d.summary.averageCriteriaMet, locale, one)}</TableCell>
                <TableCell numeric>{formatNumber(d.summary.communesMeetingAll, locale)}</TableCell>
                <TableCell numeric>{pct(targetProgress(d.summary, null).share)}</TableCell>
                <TableCell className="text-xs">
                  {d.summary.distribution.map((b) => `${b.criteriaMet}: ${b.communeCount}`).join(" · ") || "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
