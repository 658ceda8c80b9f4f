import { Callout } from "@/components/ui/callout";
import type { CommuneDetail } from "@/lib/data/commune";
import { targetYearStanding } from "@/lib/domain/reason";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

const TIERS = ["ntm", "advanced", "model"] as const;
const tierOf = (tier: string) => (TIERS as readonly string[]).includes(tier) ? (tier as (typeof TIERS)[number]) : "ntm";

/** Criteria still missing and the year the commune aims to meet the standard (phấn đấu đạt chuẩn
 * năm X); a neutral note once that year has passed without a recognition decision in the data;
 * the recognition decision when there is one. */
export function TargetYear({ detail, asOf, locale, t }: { detail: CommuneDetail; asOf: { iso: string }; locale: Locale; t: Translator }) {
  const total = detail.set?.criteriaCount ?? 0;
  const met = detail.figure.criteriaMet;
  const remaining = met !== null && total > 0 ? total - met : null;
  const recognition = detail.recognitions[0] ?? null;
  const standing = targetYearStanding({
    targetYear: detail.unit.targetYear,
    asOfYear: Number(asOf.iso.slice(0, 4)),
    remaining,
    recognized: recognition !== null,
  });

  if (standing.kind === "recognized") {
    if (!recognition) return null;
    const date = formatDate(recognition.recognizedOn, locale);
    const decision = recognition.documentNumber
      ? t("unit.recognitionDecision", { number: recognition.documentNumber, date })
      : (recognition.documentLabel ?? t("reason.recognizedOn", { date }));
    return (
      <p className="text-sm text-ink" data-testid="target-year">
        {t("reason.recognized", { tier: t(`reason.tier.${tierOf(recognition.tier)}`), decision })}
      </p>
    );
  }
  if (standing.kind === "none") {
    return remaining !== null && remaining > 0 ? (
      <p className="text-sm text-ink" data-testid="target-year">
        {t("reason.remaining", { count: remaining })}
      </p>
    ) : null;
  }
  const line =
    standing.remaining === null
      ? t("reason.yearOnly", { year: standing.targetYear })
      : standing.remaining === 0
        ? t("reason.allMetWithYear", { year: standing.targetYear })
        : t("reason.remainingWithYear", { count: standing.remaining, year: standing.targetYear });
  return (
    <div className="space-y-2" data-testid="target-year">
      <p className="text-sm text-ink">{line}</p>
      {standing.kind === "passed" ? (
        <Callout variant="info">
          <span data-testid="target-year-passed">{t("reason.yearPassed", { year: standing.targetYear })}</span>
        </Callout>
      ) : null}
    </div>
  );
}
