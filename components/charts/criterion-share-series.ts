// Pure shaping for the criterion share chart (share of communes meeting each criterion). No React,
// no Recharts: tested in tests/unit/charts/criterion-share-series.test.ts.
import type { CriterionShare } from "@/lib/domain/matrix";

export interface CriterionSharePoint {
  number: number;
  name: string;
  /** Axis label: "10. Thu nhập", shortened with "…" past maxLabelLength characters. */
  label: string;
  met: number;
  /** Communes with per-criterion data. */
  covered: number;
  /** 0–100, unrounded; 0 when no commune has data (the chart then says so instead of drawing). */
  percent: number;
}

export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * "10. Thu nhập"; a label longer than maxLength characters is cut at a word boundary and ends in
 * "…" (the data table keeps names whole).
 */
export function criterionAxisLabel(number: number, name: string, maxLength = 26): string {
  const full = `${number}. ${name.trim().normalize("NFC")}`;
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, Math.max(1, maxLength - 1));
  const space = full[cut.length] === " " ? cut.length : cut.lastIndexOf(" ");
  const prefix = `${number}. `.length;
  return `${(space > prefix ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One point per criterion in ascending number order. */
export function criterionShareSeries(shares: readonly CriterionShare[], maxLabelLength?: number): CriterionSharePoint[] {
  return [...shares]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({
      number: s.number,
      name: s.name,
      label: criterionAxisLabel(s.number, s.name, maxLabelLength),
      met: s.met,
      covered: s.covered,
      percent: s.share === null || !Number.isFinite(s.share) ? 0 : Math.min(100, Math.max(0, s.share * 100)),
    }));
}

/** How many communes the chart covers: the same for every criterion (0 for no data). */
export function coveredCommunes(points: readonly CriterionSharePoint[]): number {
  return points.reduce((max, p) => Math.max(max, p.covered), 0);
}
