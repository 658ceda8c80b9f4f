// Consistency checks: figures a document states against what the data computes, and
// self-assessment against verification. Differences are reported, never smoothed over.
import type { Status } from "./types";

export interface StatedFigure {
  subject: string;
  metric: string;
  param: number | null;
  stated: number;
  source: string;
  unitCode: string;
  /** Decimals the document gave ("10,9" → 1); inferred from the number when omitted. */
  decimals?: number;
}

export interface ConsistencyRow {
  subject: string;
  metric: string;
  param: number | null;
  unitCode: string;
  stated: number;
  computed: number | null;
  /** computed − stated; null when it cannot be checked. */
  difference: number | null;
  consistent: boolean;
  /** False when the data cannot give the figure (then consistent is false too). */
  checkable: boolean;
  source: string;
}

export type ComputeFigure = (metric: string, unitCode: string, param: number | null) => number | null;

/** Floating-point noise allowed when an integer must equal its computed value. */
const EXACT_EPSILON = 1e-9;

/** Decimal places of a number as written (10.9 → 1, 11 → 0), at most 10. */
export function inferDecimals(x: number): number {
  for (let d = 0; d <= 10; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < EXACT_EPSILON * Math.max(1, Math.abs(scaled))) return d;
  }
  return 10;
}

/** Whether a computed value agrees with a stated one at the stated precision: integers must be
 * equal; "10,9" accepts |diff| < 0.05 strictly (an exact half-way value such as 10.95 or 10.85 is
 * flagged, whatever its floating-point noise); an explicit tolerance accepts |diff| <= tolerance. */
export function agreesWithStated(computed: number, stated: number, decimals: number, tolerance?: number): boolean {
  const diff = Math.abs(computed - stated);
  if (tolerance !== undefined) return diff <= tolerance + EXACT_EPSILON;
  if (decimals <= 0) return diff <= EXACT_EPSILON;
  return diff < 0.5 * 10 ** -decimals - EXACT_EPSILON;
}

/** Compare every stated figure with its computed counterpart. */
export function checkConsistency(
  stated: StatedFigure[],
  computed: ComputeFigure,
  opts: { tolerance?: number } = {},
): ConsistencyRow[] {
  return stated.map((s) => {
    const value = computed(s.metric, s.unitCode, s.param);
    const base = { subject: s.subject, metric: s.metric, param: s.param, unitCode: s.unitCode, stated: s.stated, source: s.source };
    if (value === null || !Number.isFinite(value))
      return { ...base, computed: null, difference: null, consistent: false, checkable: false };
    const decimals = s.decimals ?? inferDecimals(s.stated);
    return {
      ...base,
      computed: value,
      difference: value - s.stated,
      consistent: agreesWithStated(value, s.stated, decimals, opts.tolerance),
      checkable: true,
    };
  });
}

export interface ViewDisagreement {
  number: number;
  self: Status;
  verified: Status;
}

/** Criteria where the self-assessment and the verified status are both assessed and differ,
 * by criterion number. */
export function selfVsVerified(criteria: { number: number; self: Status; verified: Status }[]): ViewDisagreement[] {
  return criteria
    .filter((c) => c.self !== "not_assessed" && c.verified !== "not_assessed" && c.self !== c.verified)
    .map((c) => ({ number: c.number, self: c.self, verified: c.verified }))
    .sort((a, b) => a.number - b.number);
}

/** A commune metric a document can state (DocumentFigure.metric), computed from its detailed
 * standing; null (cannot be checked) when the commune has no detailed assessment or the metric
 * is not a commune metric. */
export function communeMetric(
  metric: string,
  standing: {
    basis: "detailed" | "document" | "none";
    verified: { met: number; nearlyMet: number; notMet: number } | null;
    self: { met: number } | null;
  },
): number | null {
  if (standing.basis !== "detailed") return null;
  switch (metric) {
    case "criteria_met":
      return standing.verified?.met ?? null;
    case "criteria_nearly_met":
      return standing.verified?.nearlyMet ?? null;
    case "criteria_not_met":
      return standing.verified?.notMet ?? null;
    case "criteria_met_self":
      return standing.self?.met ?? null;
    default:
      return null;
  }
}
