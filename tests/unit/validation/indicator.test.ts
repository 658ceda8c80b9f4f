import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validationVi } from "@/lib/i18n/messages/areas/editing";
import { fieldErrors } from "@/lib/validation/assessment";
import { indicatorHeadSchema, indicatorValueSchema, parseDecimal } from "@/lib/validation/indicator";

const errorsOf = (kind: string, input: Record<string, string | undefined>) => {
  const r = indicatorValueSchema(kind).safeParse(input);
  return r.success ? null : fieldErrors(r.error);
};
const valueOf = (kind: string, input: Record<string, string | undefined>) => {
  const r = indicatorValueSchema(kind).safeParse(input);
  if (!r.success) throw new Error(JSON.stringify(fieldErrors(r.error)));
  return r.data;
};

describe("parseDecimal", () => {
  it.each([
    ["28,6", 28.6],
    [" 70 ", 70],
    ["0", 0],
    ["-3", -3],
    ["1 000", 1000],
    ["1.500", 1500],
    ["1.000,5", 1000.5],
    ["", null],
  ])("reads %j as %j", (raw, value) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value });
  });

  it.each(["1e3", "12abc", "NaN", "Infinity", "--1", "1,2,3", "0x10", ",5", "1.50.0"])("refuses %j as a number", (raw) => {
    expect(parseDecimal(raw)).toEqual({ ok: false, message: "validation.number" });
  });

  it.each(["28.6", "1.5", "12.75"])("refuses the decimal dot in %j, asking for a comma", (raw) => {
    expect(parseDecimal(raw)).toEqual({ ok: false, message: "validation.decimalDot" });
    expect(validationVi.decimalDot).toContain("dấu phẩy");
  });

  it("refuses huge numbers", () => {
    expect(parseDecimal("1000001")).toEqual({ ok: false, message: "validation.tooLarge" });
    expect(parseDecimal("9".repeat(40))).toEqual({ ok: false, message: "validation.number" });
  });
});

describe("indicatorHeadSchema", () => {
  it("accepts the fields every form has", () => {
    expect(indicatorHeadSchema.safeParse({ communeCode: "06322", indicatorCode: "15.1", view: "self", version: "0" }).success).toBe(true);
    expect(indicatorHeadSchema.safeParse({ communeCode: "06322", indicatorCode: "10", view: "verified", version: "3" }).success).toBe(true);
  });
  it.each([
    { indicatorCode: "15.1.2" },
    { indicatorCode: "abc" },
    { view: "inspection" },
    { version: "-1" },
    { version: "1.5" },
    { version: "1e308" },
    { communeCode: "06322; DROP" },
  ])("refuses %o", (bad) => {
    expect(indicatorHeadSchema.safeParse({ communeCode: "06322", indicatorCode: "15.1", view: "self", version: "0", ...bad }).success).toBe(false);
  });
});

describe("indicatorValueSchema by kind", () => {
  it("boolean: yes / no / empty with a status", () => {
    expect(valueOf("boolean", { valueBool: "yes" })).toMatchObject({ valueBool: true, valueNumber: null, status: null });
    expect(valueOf("boolean", { valueBool: "no", note: "  Chưa có quy hoạch  " })).toMatchObject({ valueBool: false, note: "Chưa có quy hoạch" });
    expect(valueOf("boolean", { valueBool: "", status: "nearly_met" })).toMatchObject({ valueBool: null, status: "nearly_met" });
    expect(errorsOf("boolean", { valueBool: "" })).toEqual({ valueBool: ["validation.valueRequired"] });
    expect(errorsOf("boolean", { valueBool: "maybe" })).toEqual({ valueBool: ["validation.invalid"] });
  });

  it("absence: a whole count, not negative", () => {
    expect(valueOf("absence", { count: "1" })).toMatchObject({ valueNumber: 1 });
    expect(valueOf("absence", { count: "0" })).toMatchObject({ valueNumber: 0 });
    expect(errorsOf("absence", { count: "1,5" })).toEqual({ count: ["validation.countInteger"] });
    expect(errorsOf("absence", { count: "-1" })).toEqual({ count: ["validation.countInteger"] });
    expect(errorsOf("absence", { count: "abc" })).toEqual({ count: ["validation.number"] });
  });

  it("percent: a share from 0 to 100, or a number out of a total", () => {
    expect(valueOf("percent_min", { percent: "28,6" })).toMatchObject({ valueNumber: 28.6, denominator: null });
    expect(valueOf("percent_min", { numerator: "2", denominator: "7", referenceYear: "2019" })).toMatchObject({ valueNumber: 2, denominator: 7, referenceYear: 2019 });
    expect(valueOf("percent_max", { percent: "100" })).toMatchObject({ valueNumber: 100 });
    expect(errorsOf("percent_min", { percent: "100,1" })).toEqual({ percent: ["validation.percentRange"] });
    expect(errorsOf("percent_min", { percent: "-0,5" })).toEqual({ percent: ["validation.percentRange"] });
    expect(errorsOf("percent_min", { percent: "50", numerator: "2", denominator: "7" })).toEqual({ percent: ["validation.percentOrFraction"] });
    expect(errorsOf("percent_min", { numerator: "2" })).toEqual({ denominator: ["validation.fractionIncomplete"] });
    expect(errorsOf("percent_min", { numerator: "2", denominator: "0" })).toEqual({ denominator: ["validation.denominatorPositive"] });
    expect(errorsOf("percent_min", { numerator: "8", denominator: "7" })).toEqual({ numerator: ["validation.numeratorAboveDenominator"] });
    expect(errorsOf("percent_min", { numerator: "2,5", denominator: "7" })).toEqual({ numerator: ["validation.countInteger"] });
    expect(errorsOf("percent_min", { numerator: "2", denominator: "2000000" })).toEqual({ denominator: ["validation.tooLarge"] });
    expect(errorsOf("percent_min", {})).toEqual({ percent: ["validation.valueRequired"] });
  });

  it("amount: a non-negative amount", () => {
    expect(valueOf("amount_min", { amount: "36,5" })).toMatchObject({ valueNumber: 36.5 });
    expect(errorsOf("amount_min", { amount: "-1" })).toEqual({ amount: ["validation.notNegative"] });
    expect(errorsOf("amount_min", { amount: "1e308" })).toEqual({ amount: ["validation.number"] });
  });

  it("dual percent: both shares", () => {
    expect(valueOf("percent_min_dual", { percent: "92", secondary: "55" })).toMatchObject({ valueNumber: 92, secondaryValue: 55 });
    expect(errorsOf("percent_min_dual", { percent: "92" })).toEqual({ secondary: ["validation.bothPercents"] });
    expect(errorsOf("percent_min_dual", { percent: "92", secondary: "150" })).toEqual({ secondary: ["validation.percentRange"] });
  });

  it("unknown kinds: the assessor's status only, value fields ignored", () => {
    expect(valueOf("manual", { status: "met", percent: "50" })).toMatchObject({ status: "met", valueNumber: null });
    expect(errorsOf("manual", { percent: "50" })).toEqual({ status: ["validation.statusRequired"] });
  });

  it("status, reasons, note and reference year", () => {
    expect(valueOf("percent_min", { percent: "80", status: "not_assessed" })).toMatchObject({ status: null });
    expect(valueOf("percent_min", { percent: "80", overrideReason: "ghi nhầm" })).toMatchObject({ overrideReason: null }); // no status: nothing to explain
    expect(valueOf("percent_min", { percent: "80", status: "met", overrideReason: " Đã rà soát lại " })).toMatchObject({ status: "met", overrideReason: "Đã rà soát lại" });
    expect(errorsOf("percent_min", { percent: "80", status: "đạt" })).toEqual({ status: ["validation.statusInvalid"] });
    expect(errorsOf("percent_min", { percent: "80", referenceYear: "1800" })).toEqual({ referenceYear: ["validation.referenceYearInvalid"] });
    expect(errorsOf("percent_min", { percent: "80", referenceYear: "2019,5" })).toEqual({ referenceYear: ["validation.referenceYearInvalid"] });
    expect(errorsOf("percent_min", { percent: "80", note: "x".repeat(2001) })).toEqual({ note: ["validation.tooLong"] });
  });

  it("any input gives a value or errors that are all translated keys (property)", () => {
    const field = fc.oneof(fc.string(), fc.constantFrom("", "1", "0", "-1", "101", "2,5", "1e308", "yes", "no", "met", "not_met"), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.constantFrom("boolean", "absence", "percent_min", "percent_max", "amount_min", "percent_min_dual", "manual"),
        fc.record(
          { valueBool: field, count: field, percent: field, numerator: field, denominator: field, amount: field, secondary: field, referenceYear: field, status: field, overrideReason: field, note: field },
          { requiredKeys: [] },
        ),
        (kind, input) => {
          const r = indicatorValueSchema(kind).safeParse(input);
          if (r.success) {
            for (const n of [r.data.valueNumber, r.data.denominator, r.data.secondaryValue]) if (n !== null) expect(Number.isFinite(n) && Math.abs(n) <= 1_000_000).toBe(true);
          } else {
            for (const keys of Object.values(fieldErrors(r.error)))
              for (const k of keys) expect(Object.keys(validationVi)).toContain(k.replace(/^validation\./, ""));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
