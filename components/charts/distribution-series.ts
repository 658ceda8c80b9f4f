// Pure maths for the distribution chart (communes by number of criteria met). No React, no
// Recharts: tested in tests/unit/charts/distribution-series.test.ts.

export interface DistributionPoint {
  criteriaMet: number;
  communeCount: number;
}

export interface DistributionRange {
  /** First band shown (default: the smallest criteriaMet in the data). */
  from?: number;
  /** Last band shown (default: the largest criteriaMet in the data). */
  to?: number;
}

/**
 * One point per band from `from` to `to`, ascending, with empty bands filled with 0 so the x-axis
 * has no gaps. Duplicate bands are summed; non-integer or negative inputs are dropped.
 * Empty data and no range → [].
 */
export function distributionSeries(
  data: readonly DistributionPoint[],
  range: DistributionRange = {},
): DistributionPoint[] {
  const counts = new Map<number, number>();
  for (const { criteriaMet, communeCount } of data) {
    if (!Number.isInteger(criteriaMet) || criteriaMet < 0) continue;
    if (!Number.isInteger(communeCount) || communeCount < 0) continue;
    counts.set(criteriaMet, (counts.get(criteriaMet) ?? 0) + communeCount);
  }
  const bands = [...counts.keys()];
  const from = range.from ?? (bands.length > 0 ? Math.min(...bands) : undefined);
  const to = range.to ?? (bands.length > 0 ? Math.max(...bands) : undefined);
  if (from === undefined || to === undefined || to < from) return [];

  const series: DistributionPoint[] = [];
  for (let band = from; band <= to; band++) {
    series.push({ criteriaMet: band, communeCount: counts.get(band) ?? 0 });
  }
  return series;
}

/**
 * Whole-number y-axis ticks from 0 to a "nice" top at or above `max`, with at most `maxTicks`
 * ticks and a step of 1, 2, 5, 10, 20, 50… (so no tick is a fraction of a commune).
 * max ≤ 0 → [0, 1].
 */
export function integerTicks(max: number, maxTicks = 6): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const top = Math.ceil(max);
  const intervals = Math.max(1, maxTicks - 1);
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const candidate = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= intervals);
    if (candidate !== undefined) {
      step = candidate;
      break;
    }
  }
  const ticks: number[] = [];
  for (let v = 0; ; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}
