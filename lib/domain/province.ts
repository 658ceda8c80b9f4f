// Province overview rules: how districts rank and how far the province is from its target
// share of communes meeting the standard.
import type { AreaSummary } from "./summary";
import { compareVietnamese } from "./text";

/** Share (0–1) of communes meeting every criterion; null when there is no commune figure. */
export function standardShare(summary: Pick<AreaSummary, "communesMeetingAll" | "withFigureCount">): number | null {
  return summary.withFigureCount === 0 ? null : summary.communesMeetingAll / summary.withFigureCount;
}

export interface TargetProgress {
  share: number | null;
  /** The office's target share (0–1), or null when none is set. */
  target: number | null;
  reached: boolean | null;
  /** Communes still needed to reach the target (0 when reached); null when it cannot be said. */
  communesNeeded: number | null;
}

/** Compare the share meeting the standard with a target share (0–1). */
export function targetProgress(
  summary: Pick<AreaSummary, "communesMeetingAll" | "withFigureCount">,
  target: number | null,
): TargetProgress {
  const share = standardShare(summary);
  if (target === null || share === null) return { share, target, reached: null, communesNeeded: null };
  const needed = Math.max(0, Math.ceil(target * summary.withFigureCount - 1e-9) - summary.communesMeetingAll);
  return { share, target, reached: needed === 0, communesNeeded: needed };
}

export interface RankedDistrict<T> {
  rank: number;
  district: T;
}

/** Districts by average criteria met (highest first), then share meeting the standard, then
 * name; districts without figures last. Equal figures share a rank (1, 2, 2, 4). */
export function rankDistricts<T extends { name: string; summary: AreaSummary }>(districts: T[]): RankedDistrict<T>[] {
  const key = (d: T) => [d.summary.averageCriteriaMet ?? -1, standardShare(d.summary) ?? -1] as const;
  const sorted = [...districts].sort((a, b) => {
    const [aa, as] = key(a);
    const [ba, bs] = key(b);
    return ba - aa || bs - as || compareVietnamese(a.name, b.name);
  });
  const out: RankedDistrict<T>[] = [];
  sorted.forEach((d, i) => {
    const prev = out[i - 1];
    const same = prev && key(prev.district)[0] === key(d)[0] && key(prev.district)[1] === key(d)[1];
    out.push({ rank: same && prev ? prev.rank : i + 1, district: d });
  });
  return out;
}
