import type { IndicatorView } from "@/lib/data/commune";
import type { IndicatorResult } from "@/lib/domain/indicator";
import type { Target } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

// Plain-language texts for an indicator's target, value and result.

const isPercent = (kind: string) => kind.startsWith("percent");

function amount(n: number, kind: string, unit: string | null, locale: Locale, t: Translator): string {
  const num = formatNumber(n, locale, { maximumFractionDigits: 1 });
  if (isPercent(kind)) return `${num}%`;
  if (unit && /million VND/i.test(unit)) return `${num} ${t("indicatorText.unitMillionVnd")}`;
  return num;
}

/** "≥ 70%", "≥ 36 triệu đồng/người/năm (năm 2020)", "Đạt", "Không còn (0)". */
export function targetText(kind: string, target: Target, unit: string | null, locale: Locale, t: Translator): string {
  let main: string;
  if (target.valueText !== null) main = target.op === "==" && /^không$/i.test(target.valueText) ? t("indicatorText.targetNone") : t("indicatorText.targetMet");
  else if (target.valueNumber !== null) {
    const v = amount(target.valueNumber, kind, unit, locale, t);
    main = target.op === "<=" ? t("indicatorText.opAtMost", { value: v }) : t("indicatorText.opAtLeast", { value: v });
  } else main = "—";
  if (target.secondaryMin !== null) main = t("indicatorText.dual", { main, clean: amount(target.secondaryMin, "percent", null, locale, t) });
  return target.year !== null ? `${main} ${t("indicatorText.year", { year: target.year })}` : main;
}

/** "2/7 = 28,6%", "1", "Đạt", or null when nothing was recorded. */
export function valueText(ind: IndicatorView, v: IndicatorView["values"]["self"], locale: Locale, t: Translator): string | null {
  if (!v) return null;
  if (v.valueBool !== null) return v.valueBool ? t("communePage.yes") : t("communePage.no");
  if (v.valueNumber === null) return null;
  if (v.denominator !== null) {
    const percent = `${formatNumber((v.valueNumber * 100) / v.denominator, locale, { maximumFractionDigits: 1 })}%`;
    return t("indicatorText.fraction", {
      numerator: formatNumber(v.valueNumber, locale),
      denominator: formatNumber(v.denominator, locale),
      percent,
    });
  }
  return amount(v.valueNumber, ind.kind, ind.unit, locale, t);
}

/** What the rules could not decide, in words; null when the result is a status. */
export function undecidedText(outcome: IndicatorResult["outcome"], t: Translator): string | null {
  switch (outcome) {
    case "no_target":
      return t("indicatorText.outcome_no_target");
    case "no_value":
      return t("indicatorText.outcome_no_value");
    case "manual":
      return t("indicatorText.outcome_manual");
    default:
      return null;
  }
}

/** "còn thiếu 41,4%" / "còn 1" for a result that misses its target. */
export function gapText(kind: string, unit: string | null, gap: number | null, locale: Locale, t: Translator): string | null {
  if (gap === null || gap <= 0) return null;
  if (kind === "absence") return t("indicatorText.gapCount", { gap: formatNumber(gap, locale) });
  return t("indicatorText.gapMissing", { gap: amount(gap, kind, unit, locale, t) });
}
