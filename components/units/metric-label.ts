import type { Translator } from "@/lib/i18n/types";

const METRICS = [
  "criteria_met",
  "criteria_met_self",
  "criteria_nearly_met",
  "criteria_not_met",
  "average_criteria_met",
  "communes_with_criteria_met",
  "communes_below",
  "commune_count",
] as const;

/** Translated name of a stated figure's metric ("Số xã đạt 19 tiêu chí"). */
export function metricLabel(metric: string, param: number | null, t: Translator): string {
  const m = METRICS.find((x) => x === metric);
  if (!m) return metric;
  if (m === "communes_with_criteria_met" || m === "communes_below") return t(`metric.${m}`, { param: param ?? "?" });
  return t(`metric.${m}`);
}
