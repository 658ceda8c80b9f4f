// Indicator rules: which target applies to a commune, and whether a value meets it.
import { INDICATOR_KINDS, type IndicatorKind, type IndicatorValue, type Status, type Target } from "./types";

/** Area code of the national general target (chỉ tiêu chung). */
export const DEFAULT_AREA_CODE = "default";

/** Absolute tolerance for comparing a measured value with its threshold (floating-point noise only). */
export const COMPARISON_EPSILON = 1e-9;

export interface TargetContext {
  /** The commune's region or commune group; null only when it has none (then "default" applies). */
  areaCode: string | null;
  year: number | null;
  provinceId: number | null;
}

/** The most specific target for the context: own area only, province's own before national,
 * exact year before every-year; first in array order on a tie. Unverified targets are returned. */
export function selectTarget(targets: Target[], ctx: TargetContext): Target | null {
  const area = ctx.areaCode ?? DEFAULT_AREA_CODE;
  let best: Target | null = null;
  let bestScore = -1;
  for (const t of targets) {
    if (t.areaCode !== area) continue; // never fall back to another area, not even "default"
    if (t.year !== null && t.year !== ctx.year) continue;
    if (t.provinceId !== null && t.provinceId !== ctx.provinceId) continue;
    const score = (t.provinceId !== null ? 2 : 0) + (t.year !== null ? 1 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Outcome of one indicator. "nearly_met" only ever comes from an assessor. */
export type IndicatorOutcome = "met" | "not_met" | "nearly_met" | "no_target" | "no_value" | "manual";
export type ComputedOutcome = "met" | "not_met" | "no_target" | "no_value" | "manual";
export type ResultSource = "computed" | "assessor" | "override";

/** The second threshold of a dual indicator (17.1: clean-water share). */
export interface SecondaryMeasure {
  measured: number | null;
  threshold: number;
  /** threshold − measured: positive = missing amount. */
  gap: number | null;
}

interface ResultMeasures {
  /** The value compared: a percent when the value has a denominator (2/7 → 28.571…). */
  measured: number | null;
  threshold: number | null;
  /** Distance to the target, positive = missing amount, negative = margin; absence: the count. */
  gap: number | null;
  secondary: SecondaryMeasure | null;
  target: Target | null;
  /** The assessor's status as given (null when none or "not_assessed"). */
  assessorStatus: Status | null;
  /** True when the assessor disagreed without a reason and the computed result was kept. */
  overrideIgnored: boolean;
}

export type IndicatorResult =
  | (ResultMeasures & { outcome: "met" | "not_met"; source: "computed" })
  | (ResultMeasures & { outcome: "no_target" | "no_value" | "manual"; source: "computed" })
  | (ResultMeasures & {
      outcome: "met" | "not_met" | "nearly_met";
      source: "assessor";
      /** What the rules alone gave (they could not decide). */
      computedOutcome: "no_target" | "no_value" | "manual";
    })
  | (ResultMeasures & {
      outcome: "met" | "not_met" | "nearly_met";
      source: "override";
      computedOutcome: "met" | "not_met";
      overrideReason: string;
    });

/** True for the kinds the rules can compute. */
export function isIndicatorKind(kind: string): kind is IndicatorKind {
  return (INDICATOR_KINDS as readonly string[]).includes(kind);
}

/** The number compared with the target: numerator × 100 / denominator when a denominator is set. */
export function measuredValue(value: IndicatorValue): number | null {
  const n = value.valueNumber;
  if (n === null || !Number.isFinite(n)) return null;
  if (value.denominator === null) return n;
  if (!Number.isFinite(value.denominator) || value.denominator <= 0) return null;
  return (n * 100) / value.denominator; // multiply first: 7 × 100 / 100 is exactly 7
}

interface Computation {
  outcome: ComputedOutcome;
  measured: number | null;
  threshold: number | null;
  gap: number | null;
  secondary: SecondaryMeasure | null;
}

const atLeast = (measured: number, threshold: number) => measured >= threshold - COMPARISON_EPSILON;
const atMost = (measured: number, threshold: number) => measured <= threshold + COMPARISON_EPSILON;
const finiteOrNull = (n: number | null) => (n !== null && Number.isFinite(n) ? n : null);

/** The rules' own verdict, before any assessor status is considered. */
function compute(kind: string, target: Target | null, value: IndicatorValue | null): Computation {
  const measured = value === null ? null : measuredValue(value);
  const base: Computation = { outcome: "manual", measured, threshold: null, gap: null, secondary: null };
  if (!isIndicatorKind(kind)) return base;
  if (target === null || !target.verified) return { ...base, outcome: "no_target" };

  switch (kind) {
    case "boolean": {
      const answer = value?.valueBool ?? null;
      const yesNo = { ...base, measured: null }; // a yes/no answer has no measure
      if (answer === null) return { ...yesNo, outcome: "no_value" };
      return { ...yesNo, outcome: answer ? "met" : "not_met" };
    }
    case "absence": {
      const count = finiteOrNull(value?.valueNumber ?? null);
      if (count === null || count < 0) return { ...base, measured: null, outcome: "no_value" };
      return { ...base, measured: count, threshold: 0, gap: count, outcome: count === 0 ? "met" : "not_met" };
    }
    case "percent_min":
    case "amount_min":
    case "percent_max": {
      const threshold = finiteOrNull(target.valueNumber);
      if (threshold === null) return { ...base, outcome: "no_target" };
      if (measured === null) return { ...base, threshold, outcome: "no_value" };
      const isMax = kind === "percent_max";
      const met = isMax ? atMost(measured, threshold) : atLeast(measured, threshold);
      const gap = isMax ? measured - threshold : threshold - measured;
      return { ...base, threshold, gap, outcome: met ? "met" : "not_met" };
    }
    case "percent_min_dual": {
      const threshold = finiteOrNull(target.valueNumber);
      if (threshold === null) return { ...base, outcome: "no_target" };
      const secondMin = finiteOrNull(target.secondaryMin);
      const secondValue = finiteOrNull(value?.secondaryValue ?? null);
      const secondary: SecondaryMeasure | null =
        secondMin === null
          ? null
          : { measured: secondValue, threshold: secondMin, gap: secondValue === null ? null : secondMin - secondValue };
      const partial = { ...base, threshold, secondary };
      if (measured === null || (secondMin !== null && secondValue === null)) return { ...partial, outcome: "no_value" };
      const secondaryMet = secondMin === null || (secondValue !== null && atLeast(secondValue, secondMin));
      const met = atLeast(measured, threshold) && secondaryMet;
      return { ...partial, gap: threshold - measured, outcome: met ? "met" : "not_met" };
    }
  }
}

/** Evaluate one indicator: the computed verdict, the assessor's status where the rules cannot
 * decide, and the assessor's override only when it disagrees and gives a reason. */
export function evaluateIndicator(kind: string, target: Target | null, value: IndicatorValue | null): IndicatorResult {
  const c = compute(kind, target, value);
  const assessor = value?.status && value.status !== "not_assessed" ? value.status : null;
  const reason = value?.overrideReason?.trim() ?? "";
  const measures = {
    measured: c.measured,
    threshold: c.threshold,
    gap: c.gap,
    secondary: c.secondary,
    target,
    assessorStatus: assessor,
    overrideIgnored: false,
  };

  if (c.outcome === "met" || c.outcome === "not_met") {
    if (assessor === null || assessor === c.outcome) return { ...measures, outcome: c.outcome, source: "computed" };
    if (reason !== "")
      return { ...measures, outcome: assessor, source: "override", computedOutcome: c.outcome, overrideReason: reason };
    return { ...measures, outcome: c.outcome, source: "computed", overrideIgnored: true };
  }
  if (assessor !== null) return { ...measures, outcome: assessor, source: "assessor", computedOutcome: c.outcome };
  return { ...measures, outcome: c.outcome, source: "computed" };
}

/** The status a result stands for; null when undecided (no target, no value, manual). */
export function resultToStatus(r: IndicatorResult): Status | null {
  return r.outcome === "met" || r.outcome === "not_met" || r.outcome === "nearly_met" ? r.outcome : null;
}
