// Plain-language reasons, as structured data: why an indicator has its result ("2/7 villages =
// 28.6 % < 70 % → not met"), and where a commune stands against its target year. Pure: the words
// are chosen by the UI (components/commune/reason-text.ts); this module only says what to say.
import {
  COMPARISON_EPSILON,
  DEFAULT_AREA_CODE,
  isIndicatorKind,
  measuredValue,
  type ComputedOutcome,
  type IndicatorOutcome,
  type IndicatorResult,
} from "./indicator";
import type { IndicatorValue, Status, Target } from "./types";

/** What a number means: a share, an amount of money, a count, a yes/no answer, or a bare number. */
export type MeasureUnit = "percent" | "amount" | "count" | "yes_no" | "number";
/** Currency units the reference data uses for amounts (criterion 10: income). */
export type AmountUnit = "million_vnd_per_person_year";
/** What is counted ("2/7 villages", "1 temporary house"). */
export type MeasureNoun = "village" | "household" | "temporary_house" | "school" | "km" | "person";
export type Comparator = "<" | "<=" | "=" | ">=" | ">";

/** The recorded value, as it should be read. */
export interface ReasonMeasure {
  /** The number compared with the target: the percent when a denominator is given (2/7 → 28.57…). */
  value: number | null;
  /** The counts behind a share (2 of 7); null without a denominator. */
  numerator: number | null;
  denominator: number | null;
  /** A yes/no answer. */
  bool: boolean | null;
  /** The second share of a dual indicator (17.1: clean water). */
  secondary: number | null;
  unit: MeasureUnit;
  amountUnit: AmountUnit | null;
  noun: MeasureNoun | null;
  /** The year the value describes when it is not the year of the assessment (2019). */
  referenceYear: number | null;
}

/** A target as it should be read: "≥ 70 %", "Đạt", "none left (0)". */
export interface ReasonThreshold {
  op: "=" | ">=" | "<=";
  /** Null for a yes/no or an absence target. */
  value: number | null;
  /** "met": the answer must be yes (Đạt); "none": nothing may be left (Không). */
  text: "met" | "none" | null;
  /** The second minimum of a dual target (17.1: clean-water share). */
  secondaryMin: number | null;
  unit: MeasureUnit;
  amountUnit: AmountUnit | null;
  /** The year the level is for (income levels change every year); null = every year. */
  year: number | null;
  areaCode: string;
}

/** How the measured value stands against the threshold, when the rules compared them. */
export interface ReasonComparison {
  comparator: Comparator;
  threshold: number;
  secondary: { measured: number; comparator: Comparator; threshold: number } | null;
}

export type NoTargetCause = "missing" | "unconfirmed";

export interface NoTargetReason {
  /** "missing": no target is recorded for the area; "unconfirmed": the sources conflict. */
  cause: NoTargetCause;
  /** The commune's region or group; null when it has none (then the national target applies). */
  areaCode: string | null;
  /** The national general target, for information only: never used for the result. */
  reference: ReasonThreshold | null;
}

export interface IndicatorReason {
  /** Null when the view recorded only a status, no value. */
  measure: ReasonMeasure | null;
  /** The target that applies to the commune (unconfirmed ones included); null when none. */
  target: ReasonThreshold | null;
  /** Present only when the rules compared a number with the target. */
  comparison: ReasonComparison | null;
  /** What the rules alone concluded. */
  computed: ComputedOutcome;
  /** The result shown. */
  outcome: IndicatorOutcome;
  /** Who decided the result shown: the rules, the assessor where rules could not, or the assessor overriding them. */
  source: "computed" | "assessor" | "override";
  assessorStatus: Status | null;
  overrideReason: string | null;
  /** The assessor disagreed without giving a reason: the computed result was kept. */
  overrideIgnored: boolean;
  /** Why there is no usable target (only when the rules found none). */
  noTarget: NoTargetReason | null;
}

export interface ReasonInput {
  kind: string;
  /** The indicator's unit as in the reference data ("% of villages", "million VND/person/year"). */
  unit: string | null;
  value: (IndicatorValue & { referenceYear?: number | null }) | null;
  result: IndicatorResult | null;
  /** The commune's region (or commune group); null when it has none. */
  areaCode: string | null;
  /** The national general ("default") target, shown for information when the area has none. */
  referenceTarget?: Target | null;
}

const NOUNS: [RegExp, MeasureNoun][] = [
  [/\bvillages?\b/i, "village"],
  [/\bhouseholds?\b/i, "household"],
  [/\bhouses?\b/i, "temporary_house"], // only 9.1 counts houses: temporary and dilapidated ones
  [/\bschools?\b/i, "school"],
  [/\bkm\b/i, "km"],
  [/\b(persons?|residents?|population)\b/i, "person"],
];

/** The noun of what an indicator counts, from its reference unit; null when none fits. */
export function measureNoun(unit: string | null): MeasureNoun | null {
  if (!unit) return null;
  return NOUNS.find(([re]) => re.test(unit))?.[1] ?? null;
}

function amountUnitOf(unit: string | null): AmountUnit | null {
  return unit && /million\s+VND/i.test(unit) ? "million_vnd_per_person_year" : null;
}

/** What kind of number an indicator records. */
export function measureUnitOf(kind: string, unit: string | null, hasDenominator = false): MeasureUnit {
  if (kind === "boolean") return "yes_no";
  if (kind === "absence") return "count";
  if (kind.startsWith("percent") || hasDenominator || (unit ?? "").trim().startsWith("%")) return "percent";
  if (kind === "amount_min" || amountUnitOf(unit)) return "amount";
  return "number";
}

const finite = (n: number | null | undefined): number | null => (n !== null && n !== undefined && Number.isFinite(n) ? n : null);

/** The recorded value of an indicator, ready to be read; null when it holds no value (status only). */
export function reasonMeasure(
  kind: string,
  unit: string | null,
  value: (IndicatorValue & { referenceYear?: number | null }) | null,
): ReasonMeasure | null {
  if (!value) return null;
  const number = finite(value.valueNumber);
  const denominator = number !== null ? finite(value.denominator) : null;
  const bool = value.valueBool ?? null;
  const secondary = finite(value.secondaryValue);
  if (number === null && bool === null && secondary === null) return null;
  const measureUnit = measureUnitOf(kind, unit, denominator !== null);
  return {
    value: kind === "absence" ? number : measuredValue({ ...value, valueNumber: number, denominator }),
    numerator: denominator !== null ? number : null,
    denominator,
    bool,
    secondary,
    unit: measureUnit,
    amountUnit: measureUnit === "amount" ? amountUnitOf(unit) : null,
    noun: measureNoun(unit),
    referenceYear: value.referenceYear ?? null,
  };
}

/** A target as it should be read. */
export function reasonThreshold(kind: string, unit: string | null, target: Target): ReasonThreshold {
  const text = target.valueText?.trim().toLowerCase();
  const measureUnit = measureUnitOf(kind, target.unit ?? unit);
  return {
    op: target.op === "==" ? "=" : target.op,
    value: finite(target.valueNumber),
    text: text === "không" ? "none" : text === "đạt" ? "met" : null,
    secondaryMin: finite(target.secondaryMin),
    unit: measureUnit,
    amountUnit: measureUnit === "amount" ? amountUnitOf(target.unit ?? unit) : null,
    year: target.year,
    areaCode: target.areaCode,
  };
}

const minComparator = (measured: number, threshold: number): Comparator =>
  measured >= threshold - COMPARISON_EPSILON ? ">=" : "<";
const maxComparator = (measured: number, threshold: number): Comparator =>
  measured <= threshold + COMPARISON_EPSILON ? "<=" : ">";

/** How the measure compares with the threshold, for kinds the rules compute from a number. */
function compare(kind: string, measure: ReasonMeasure | null, result: IndicatorResult): ReasonComparison | null {
  const measured = measure?.value ?? null;
  const threshold = result.threshold;
  if (measured === null || threshold === null) return null;
  switch (kind) {
    case "absence":
      return { comparator: measured > 0 ? ">" : "=", threshold: 0, secondary: null };
    case "percent_min":
    case "amount_min":
      return { comparator: minComparator(measured, threshold), threshold, secondary: null };
    case "percent_max":
      return { comparator: maxComparator(measured, threshold), threshold, secondary: null };
    case "percent_min_dual": {
      const s = result.secondary;
      const secondary =
        s && s.measured !== null ? { measured: s.measured, comparator: minComparator(s.measured, s.threshold), threshold: s.threshold } : null;
      return { comparator: minComparator(measured, threshold), threshold, secondary };
    }
    default:
      return null;
  }
}

/**
 * Why an indicator has its result, in parts the UI turns into words. Null when the view recorded
 * nothing for the indicator. The national reference target is described only when the commune's
 * area has no usable target, and never changes the result.
 */
export function indicatorReason(input: ReasonInput): IndicatorReason | null {
  const { kind, unit, value, result } = input;
  if (!value || !result) return null;
  const computed: ComputedOutcome = result.source === "computed" ? (result.outcome as ComputedOutcome) : result.computedOutcome;
  const measure = reasonMeasure(kind, unit, value);
  const area = input.areaCode && input.areaCode !== DEFAULT_AREA_CODE ? input.areaCode : null;
  const reference =
    area && input.referenceTarget && input.referenceTarget.verified && input.referenceTarget.areaCode === DEFAULT_AREA_CODE
      ? reasonThreshold(kind, unit, input.referenceTarget)
      : null;
  const noTarget: NoTargetReason | null =
    computed === "no_target" && isIndicatorKind(kind)
      ? { cause: result.target && !result.target.verified ? "unconfirmed" : "missing", areaCode: area, reference }
      : null;
  return {
    measure,
    target: result.target ? reasonThreshold(kind, unit, result.target) : null,
    comparison: computed === "met" || computed === "not_met" ? compare(kind, measure, result) : null,
    computed,
    outcome: result.outcome,
    source: result.source,
    assessorStatus: result.assessorStatus,
    overrideReason: result.source === "override" ? result.overrideReason : null,
    overrideIgnored: result.overrideIgnored,
    noTarget,
  };
}

// ─── Target year (phấn đấu đạt chuẩn năm X) ───────────────────────────────────────────────────

export type TargetYearStanding =
  | { kind: "none" }
  /** Recognised by a decision in force on the date: the target year no longer matters. */
  | { kind: "recognized" }
  /** The target year is this year or later. */
  | { kind: "ahead"; targetYear: number; remaining: number | null }
  /** The target year is over and no recognition decision is recorded. */
  | { kind: "passed"; targetYear: number; remaining: number | null };

/**
 * Where a commune stands against its target year on a date: `asOfYear` is the calendar year of the
 * date shown, `remaining` the criteria still not met (null when unknown).
 */
export function targetYearStanding(input: {
  targetYear: number | null;
  asOfYear: number;
  remaining: number | null;
  recognized: boolean;
}): TargetYearStanding {
  if (input.recognized) return { kind: "recognized" };
  if (input.targetYear === null) return { kind: "none" };
  const remaining = input.remaining !== null && input.remaining >= 0 ? input.remaining : null;
  return input.targetYear < input.asOfYear
    ? { kind: "passed", targetYear: input.targetYear, remaining }
    : { kind: "ahead", targetYear: input.targetYear, remaining };
}
