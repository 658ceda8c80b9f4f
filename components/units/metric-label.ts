import { FIGURE_METRICS } from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/types";

/** Translated name of a stated figure's metric ("Số xã đạt 19 tiêu chí"). */
export function metricLabel(metric: string, param: number | null, t: Translator): string {
  const m = FIGURE_METRICS.find((x) => x === metric);
  if (!m) return metric;
  if (m === "communes_with_criteria_met" || m === "communes_below") return t(`metric.${m}`, { param: param ?? "?" });
  return t(`metric.${m}`);
}
