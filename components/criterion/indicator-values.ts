import type { RecordedValue } from "@/lib/data/criterion";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/types";

/** A recorded indicator value in words: "2/7 = 28,6%", "12,5%", "36 triệu đồng/người/năm",
 * "Đạt"/"Không đạt"; null when nothing was recorded (only a status). */
export function recordedValueText(kind: string, unit: string | null, v: RecordedValue, locale: Locale, t: Translator): string | null {
  if (v.valueBool !== null) return v.valueBool ? t("communePage.yes") : t("communePage.no");
  if (v.valueNumber === null) return null;
  if (v.denominator !== null && v.denominator > 0) {
    return t("indicatorText.fraction", {
      numerator: formatNumber(v.valueNumber, locale),
      denominator: formatNumber(v.denominator, locale),
      percent: `${formatNumber((v.valueNumber * 100) / v.denominator, locale, { maximumFractionDigits: 1 })}%`,
    });
  }
  const num = formatNumber(v.valueNumber, locale, { maximumFractionDigits: 1 });
  if (kind.startsWith("percent")) return `${num}%`;
  if (unit && /million VND/i.test(unit)) return `${num} ${t("indicatorText.unitMillionVnd")}`;
  return num;
}

/** A unit as the province's data should spell it: the reference data gives the income unit in
 * English ("million VND/person/year"); a target typed in the app is stored in Vietnamese. */
export function vietnameseUnit(unit: string | null): string | null {
  return unit && /million VND/i.test(unit) ? translatorFor("vi")("indicatorText.unitMillionVnd") : unit;
}
