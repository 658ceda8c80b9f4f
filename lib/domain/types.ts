// Vocabulary of the domain, shared by every rule in lib/domain. Pure types: no runtime imports.

/** Status of a criterion or an indicator for one commune. "nearly_met" (gần đạt) is an
 * assessor's judgement with no legal definition; it never counts as met. */
export const STATUSES = ["met", "nearly_met", "not_met", "not_assessed"] as const;
export type Status = (typeof STATUSES)[number];

/** Three views of a commune's standing: its self-assessment, the official verification
 * (thẩm tra / thẩm định) and what an inspection observed. */
export const VIEWS = ["self", "verified", "inspection"] as const;
export type View = (typeof VIEWS)[number];

export const UNIT_KINDS = ["province", "district", "commune", "township", "ward", "village"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Indicator kinds of the reference files. Unknown kinds are assessed by hand ("manual"). */
export const INDICATOR_KINDS = [
  "boolean", // target "Đạt"
  "absence", // target "Không": the count must be 0 (9.1 temporary houses)
  "percent_min",
  "percent_max",
  "amount_min",
  "percent_min_dual", // 17.1: total share ≥ value and clean-water share ≥ secondaryMin
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export type TargetOp = "==" | ">=" | "<=";

export interface Target {
  areaCode: string; // region or commune-group code, or "default"
  year: number | null; // null = every year of the set's period
  provinceId: number | null; // null = national target
  op: TargetOp;
  valueNumber: number | null;
  valueText: string | null; // "Đạt" | "Không"
  secondaryMin: number | null;
  unit: string | null;
  verified: boolean;
}

export interface IndicatorValue {
  valueNumber: number | null; // number, or numerator when denominator is set
  denominator: number | null;
  valueBool: boolean | null;
  secondaryValue: number | null;
  /** The assessor's own result, used where the rules cannot compute one or to override it. */
  status: Status | null;
  overrideReason: string | null;
}

/** Roles of a department in charge of a criterion (CriterionDepartment.role). */
export const DEPARTMENT_ROLES = ["lead", "supporting"] as const;
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];

/** Life cycle of a recommendation (kiến nghị / nhiệm vụ). "done" and "cancelled" are finished. */
export const RECOMMENDATION_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** A day of the calendar with no time and no time zone (month 1–12, day 1–31). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Figures a document can state about a unit (DocumentFigure.metric). */
export const FIGURE_METRICS = [
  "criteria_met",
  "criteria_met_self",
  "criteria_nearly_met",
  "criteria_not_met",
  "average_criteria_met",
  "communes_with_criteria_met",
  "communes_below",
  "commune_count",
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];
