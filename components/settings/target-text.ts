import { thresholdText } from "@/components/commune/reason-text";
import { reasonThreshold } from "@/lib/domain/reason";
import type { Target } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/types";

// Targets in words for the settings pages, worded as on the commune page ("≥ 70%",
// "≥ 36 triệu đồng/người/năm (mức năm 2020)", "Đạt", "Không còn (0)").

export function targetLabel(kind: string, unit: string | null, target: Target, locale: Locale, t: Translator): string {
  return thresholdText(reasonThreshold(kind, unit, target), locale, t);
}

/** The national level for the region: each confirmed level, unconfirmed ones marked, or "none". */
export function nationalLines(kind: string, unit: string | null, national: Target[], locale: Locale, t: Translator): { text: string; muted: boolean }[] {
  if (national.length === 0) return [{ text: t("settings.targets.noNational"), muted: true }];
  const lines = national.map((n) =>
    n.verified ? { text: targetLabel(kind, unit, n, locale, t), muted: false } : { text: t("settings.targets.unverified", { target: targetLabel(kind, unit, n, locale, t) }), muted: true },
  );
  return national.some((n) => n.verified) ? lines : [{ text: t("settings.targets.noNational"), muted: true }, ...lines];
}
