import { Badge } from "@/components/ui/badge";
import { Stat } from "@/components/ui/stat";
import type { ConsistencyRow } from "@/lib/domain/consistency";
import type { AreaSummary } from "@/lib/domain/summary";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** Key figures of a district or province, with the average a document states beside the
 * computed one when a document states it. */
export function AreaSummaryCards({
  summary,
  totalCriteria,
  consistency,
  unitCode,
  locale,
  t,
}: {
  summary: AreaSummary;
  totalCriteria: number;
  consistency: ConsistencyRow[];
  unitCode: string;
  locale: Locale;
  t: Translator;
}) {
  const statedAverage = consistency.find((r) => r.metric === "average_criteria_met" && r.unitCode === unitCode);
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="sr-only">
        {t("summary.details")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("summary.communeCount")} value={formatNumber(summary.communeCount, locale)} />
        <Stat
          label={t("summary.average")}
          value={<span data-testid="average-computed">{formatNumber(summary.averageCriteriaMet, locale, one)}</span>}
          hint={
            <>
              {t("summary.averageHint", { count: summary.withFigureCount })}
              {statedAverage ? (
                <span className="mt-1 flex flex-wrap items-center gap-2" data-testid="average-stated">
                  <span>{t("area.reportedAverage", { value: formatNumber(statedAverage.stated, locale, one) })}</span>
                  <Badge variant={statedAverage.consistent ? "success" : "danger"}>
                    {statedAverage.consistent ? t("consistency.match") : t("consistency.mismatch")}
                  </Badge>
                </span>
              ) : null}
            </>
          }
        />
        <Stat label={t("summary.metStandard", { total: totalCriteria })} value={formatNumber(summary.communesMeetingAll, locale)} />
        <Stat label={t("summary.belowFive")} value={formatNumber(summary.communesBelowFloor, locale)} />
      </div>
      <p className="text-sm text-ink-muted">
        {t("area.basisSplit", { detailed: summary.detailedCount, document: summary.documentCount })}
        {summary.missingCount > 0 ? ` · ${t("area.missingFigures", { count: summary.missingCount })}` : null}
      </p>
    </section>
  );
}
