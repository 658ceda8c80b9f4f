import { z } from "zod";
import { STATUSES, type IndicatorValue } from "@/lib/domain/types";
import { parseNumberInput } from "@/lib/i18n/number-input";
import { unitCodeSchema } from "./params";

// The value of one indicator as a form sends it. What is required depends on the indicator's kind
// (lib/domain/types.ts INDICATOR_KINDS), which only the database knows: the action first checks
// the fields every form has (`indicatorHeadSchema`), reads the indicator, then checks the value
// with `indicatorValueSchema(kind)`. Messages are message keys (validation.*).

/** Every number a form may carry stays below this (no 1e308, no 16-digit "percent"). */
export const MAX_INDICATOR_NUMBER = 1_000_000;
export const MIN_REFERENCE_YEAR = 1990;
export const MAX_REFERENCE_YEAR = 2100;

/** The form fields of an indicator value, in the order they are kept for re-display. */
export const INDICATOR_FORM_FIELDS = [
  "communeCode",
  "indicatorCode",
  "view",
  "version",
  "valueBool",
  "count",
  "percent",
  "numerator",
  "denominator",
  "amount",
  "secondary",
  "referenceYear",
  "status",
  "overrideReason",
  "note",
] as const;

const versionSchema = z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(0, { message: "validation.invalid" }).max(1_000_000, { message: "validation.invalid" });

export const indicatorHeadSchema = z.object({
  communeCode: unitCodeSchema,
  /** "9.1", "17.3"; a criterion with one indicator uses its own number ("10"). */
  indicatorCode: z.string({ message: "validation.invalid" }).regex(/^\d{1,2}(\.\d{1,2})?$/, { message: "validation.invalid" }),
  view: z.enum(["self", "verified"], { message: "validation.invalid" }),
  /** The version the edit started from; 0 when the indicator had no value yet. */
  version: versionSchema,
});
export type IndicatorHead = z.infer<typeof indicatorHeadSchema>;

/**
 * A number typed the Vietnamese way ("1.500", "28,6", "1 500"; lib/i18n/number-input.ts); ""
 * means no value. A decimal dot ("1.5"), exponents, malformed groups and anything beyond
 * ±1 000 000 are refused.
 */
export function parseDecimal(raw: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const parsed = parseNumberInput(raw);
  if (!parsed.ok) return { ok: false, message: parsed.reason === "decimalDot" ? "validation.decimalDot" : "validation.number" };
  if (parsed.value !== null && Math.abs(parsed.value) > MAX_INDICATOR_NUMBER) return { ok: false, message: "validation.tooLarge" };
  return { ok: true, value: parsed.value };
}

const decimal = z
  .string({ message: "validation.number" })
  .optional()
  .transform((raw, ctx) => {
    const parsed = parseDecimal(raw ?? "");
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

const trimmedOptional = (max: number) =>
  z
    .string({ message: "validation.invalid" })
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null));

const rawValueSchema = z.object({
  valueBool: z
    .enum(["", "yes", "no"], { message: "validation.invalid" })
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  count: decimal,
  percent: decimal,
  numerator: decimal,
  denominator: decimal,
  amount: decimal,
  secondary: decimal,
  referenceYear: decimal,
  /** The assessor's own result; "" = let the rules decide. "not_assessed" means the same. */
  status: z
    .enum(["", ...STATUSES], { message: "validation.statusInvalid" })
    .optional()
    .transform((v) => (v && v !== "not_assessed" ? v : null)),
  overrideReason: trimmedOptional(2000),
  note: trimmedOptional(2000),
});
type RawValue = z.infer<typeof rawValueSchema>;

/** What is stored for one indicator and view (IndicatorAssessment, and the history's JSON). */
export interface IndicatorValueInput extends IndicatorValue {
  referenceYear: number | null;
  note: string | null;
}

type Issue = { path: string; message: string };

const isInteger = (n: number) => Number.isInteger(n);

function checkCount(v: number | null, path: string, issues: Issue[]) {
  if (v === null) return;
  if (!isInteger(v) || v < 0) issues.push({ path, message: "validation.countInteger" });
}

function checkPercent(v: number | null, path: string, issues: Issue[]) {
  if (v === null) return;
  if (v < 0 || v > 100) issues.push({ path, message: "validation.percentRange" });
}

/** The value for a kind, and what is wrong with it. Fields of other kinds are ignored. */
function valueFor(kind: string, r: RawValue): { value: Pick<IndicatorValue, "valueNumber" | "denominator" | "valueBool" | "secondaryValue">; issues: Issue[]; empty: boolean } {
  const issues: Issue[] = [];
  const none = { valueNumber: null, denominator: null, valueBool: null, secondaryValue: null };
  switch (kind) {
    case "boolean":
      return { value: { ...none, valueBool: r.valueBool }, issues, empty: r.valueBool === null };
    case "absence":
      checkCount(r.count, "count", issues);
      if (r.count !== null && r.count > MAX_INDICATOR_NUMBER) issues.push({ path: "count", message: "validation.tooLarge" });
      return { value: { ...none, valueNumber: r.count }, issues, empty: r.count === null };
    case "percent_min":
    case "percent_max": {
      const fraction = r.numerator !== null || r.denominator !== null;
      if (r.percent !== null && fraction) {
        issues.push({ path: "percent", message: "validation.percentOrFraction" });
        return { value: none, issues, empty: false };
      }
      if (!fraction) {
        checkPercent(r.percent, "percent", issues);
        return { value: { ...none, valueNumber: r.percent }, issues, empty: r.percent === null };
      }
      if (r.numerator === null) issues.push({ path: "numerator", message: "validation.fractionIncomplete" });
      if (r.denominator === null) issues.push({ path: "denominator", message: "validation.fractionIncomplete" });
      checkCount(r.numerator, "numerator", issues);
      checkCount(r.denominator, "denominator", issues);
      if (r.denominator !== null && r.denominator <= 0) issues.push({ path: "denominator", message: "validation.denominatorPositive" });
      if (r.numerator !== null && r.denominator !== null && r.denominator > 0 && r.numerator > r.denominator)
        issues.push({ path: "numerator", message: "validation.numeratorAboveDenominator" });
      return { value: { ...none, valueNumber: r.numerator, denominator: r.denominator }, issues, empty: false };
    }
    case "amount_min":
      if (r.amount !== null && r.amount < 0) issues.push({ path: "amount", message: "validation.notNegative" });
      return { value: { ...none, valueNumber: r.amount }, issues, empty: r.amount === null };
    case "percent_min_dual":
      checkPercent(r.percent, "percent", issues);
      checkPercent(r.secondary, "secondary", issues);
      if (r.percent === null && r.secondary !== null) issues.push({ path: "percent", message: "validation.bothPercents" });
      if (r.secondary === null && r.percent !== null) issues.push({ path: "secondary", message: "validation.bothPercents" });
      return { value: { ...none, valueNumber: r.percent, secondaryValue: r.secondary }, issues, empty: r.percent === null && r.secondary === null };
    default:
      // Kinds the rules cannot compute: only the assessor's status is recorded.
      return { value: none, issues, empty: true };
  }
}

/** The schema of an indicator's value for its kind. */
export function indicatorValueSchema(kind: string) {
  return rawValueSchema.transform((r, ctx): IndicatorValueInput => {
    const { value, issues, empty } = valueFor(kind, r);
    if (r.referenceYear !== null && (!isInteger(r.referenceYear) || r.referenceYear < MIN_REFERENCE_YEAR || r.referenceYear > MAX_REFERENCE_YEAR))
      issues.push({ path: "referenceYear", message: "validation.referenceYearInvalid" });
    if (empty && r.status === null && issues.length === 0) {
      const known = ["boolean", "absence", "percent_min", "percent_max", "amount_min", "percent_min_dual"].includes(kind);
      issues.push(known ? { path: firstValueField(kind), message: "validation.valueRequired" } : { path: "status", message: "validation.statusRequired" });
    }
    for (const i of issues) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
    if (issues.length) return z.NEVER;
    return { ...value, status: r.status, overrideReason: r.status === null ? null : r.overrideReason, referenceYear: r.referenceYear, note: r.note };
  });
}

/** The field an error about a missing value belongs to. */
export function firstValueField(kind: string): string {
  switch (kind) {
    case "boolean":
      return "valueBool";
    case "absence":
      return "count";
    case "amount_min":
      return "amount";
    case "percent_min":
    case "percent_max":
    case "percent_min_dual":
      return "percent";
    default:
      return "status";
  }
}

/** The form's fields as strings, to show again what the user typed after a refusal. */
export function indicatorFormValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    INDICATOR_FORM_FIELDS.map((k) => {
      const v = formData.get(k);
      return [k, typeof v === "string" ? v : ""];
    }),
  );
}

/** The form's fields for the schemas: absent or non-text fields are left out (undefined). */
export function indicatorFormInput(formData: FormData): Record<string, string | undefined> {
  return Object.fromEntries(
    INDICATOR_FORM_FIELDS.map((k) => {
      const v = formData.get(k);
      return [k, typeof v === "string" ? v : v === null ? undefined : "\u0000file"];
    }),
  );
}
