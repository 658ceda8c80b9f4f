import { describe, expect, it } from "vitest";
import {
  evaluateIndicator,
  measuredValue,
  resultToStatus,
  selectTarget,
  type IndicatorResult,
} from "@/lib/domain/indicator";
import type { IndicatorValue, Target } from "@/lib/domain/types";

const target = (t: Partial<Target> = {}): Target => ({
  areaCode: "default",
  year: null,
  provinceId: null,
  op: ">=",
  valueNumber: null,
  valueText: null,
  secondaryMin: null,
  unit: null,
  verified: true,
  ...t,
});

const value = (v: Partial<IndicatorValue> = {}): IndicatorValue => ({
  valueNumber: null,
  denominator: null,
  valueBool: null,
  secondaryValue: null,
  status: null,
  overrideReason: null,
  ...v,
});

const LANG_SON = 20;
const OTHER_PROVINCE = 42;

describe("selectTarget", () => {
  const ctx = { areaCode: "TDMNPB", year: 2020, provinceId: LANG_SON };

  it("never falls back to the national general target for a unit with a region (criterion 16)", () => {
    // 2016–2020 set: criterion 16 has a general target ≥70 % but no confirmed TDMNPB target.
    const targets = [target({ areaCode: "default", valueNumber: 70 })];
    expect(selectTarget(targets, ctx)).toBeNull();
  });

  it("uses the default target only when the unit has no area code", () => {
    const general = target({ areaCode: "default", valueNumber: 70 });
    const regional = target({ areaCode: "TDMNPB", valueNumber: 60 });
    expect(selectTarget([regional, general], { ...ctx, areaCode: null })).toBe(general);
    expect(selectTarget([general, regional], ctx)).toBe(regional);
  });

  it("prefers the province's own target over the national one", () => {
    const national = target({ areaCode: "TDMNPB", valueNumber: 36 });
    const own = target({ areaCode: "TDMNPB", valueNumber: 38, provinceId: LANG_SON });
    expect(selectTarget([national, own], ctx)).toBe(own);
    expect(selectTarget([own, national], ctx)).toBe(own);
  });

  it("ignores another province's target", () => {
    const national = target({ areaCode: "TDMNPB", valueNumber: 36 });
    const other = target({ areaCode: "TDMNPB", valueNumber: 50, provinceId: OTHER_PROVINCE });
    expect(selectTarget([other, national], ctx)).toBe(national);
    expect(selectTarget([other], ctx)).toBeNull();
    expect(selectTarget([other], { ...ctx, provinceId: null })).toBeNull();
  });

  it("prefers the exact year and applies a year-specific target to that year only", () => {
    const everyYear = target({ areaCode: "TDMNPB", valueNumber: 36 });
    const y2019 = target({ areaCode: "TDMNPB", valueNumber: 32, year: 2019 });
    const y2020 = target({ areaCode: "TDMNPB", valueNumber: 36.5, year: 2020 });
    expect(selectTarget([everyYear, y2019, y2020], ctx)).toBe(y2020);
    expect(selectTarget([everyYear, y2019], ctx)).toBe(everyYear);
    expect(selectTarget([y2019], ctx)).toBeNull();
    expect(selectTarget([y2019, everyYear], { ...ctx, year: null })).toBe(everyYear);
  });

  it("ranks a province's every-year target above a national exact-year one", () => {
    const nationalYear = target({ areaCode: "TDMNPB", valueNumber: 36, year: 2020 });
    const ownEveryYear = target({ areaCode: "TDMNPB", valueNumber: 40, provinceId: LANG_SON });
    const ownYear = target({ areaCode: "TDMNPB", valueNumber: 41, provinceId: LANG_SON, year: 2020 });
    expect(selectTarget([nationalYear, ownEveryYear], ctx)).toBe(ownEveryYear);
    expect(selectTarget([nationalYear, ownEveryYear, ownYear], ctx)).toBe(ownYear);
  });

  it("returns unverified targets (the evaluation reports them as no target)", () => {
    const unverified = target({ areaCode: "TDMNPB", valueNumber: 90, verified: false });
    expect(selectTarget([unverified], ctx)).toBe(unverified);
  });

  it("keeps the first of two equally specific targets, and gives null for no targets", () => {
    const a = target({ areaCode: "TDMNPB", valueNumber: 1 });
    const b = target({ areaCode: "TDMNPB", valueNumber: 2 });
    expect(selectTarget([a, b], ctx)).toBe(a);
    expect(selectTarget([], ctx)).toBeNull();
  });
});

describe("measuredValue", () => {
  it.each([
    [value({ valueNumber: 2, denominator: 7 }), (2 * 100) / 7],
    [value({ valueNumber: 7, denominator: 100 }), 7], // exactly 7, not 7.000000000000001
    [value({ valueNumber: 36.5 }), 36.5],
    [value({ valueNumber: 2, denominator: 0 }), null],
    [value({ valueNumber: null, denominator: 7 }), null],
    [value({ valueNumber: Number.NaN }), null],
  ])("%# → %s", (v, expected) => {
    expect(measuredValue(v)).toBe(expected);
  });
});

describe("evaluateIndicator: computed outcomes", () => {
  it("Tú Xuyên criterion 16: 2 of 7 villages against ≥70 % is not met, 41.43 points short", () => {
    const r = evaluateIndicator("percent_min", target({ valueNumber: 70 }), value({ valueNumber: 2, denominator: 7 }));
    expect(r.outcome).toBe("not_met");
    expect(r.source).toBe("computed");
    expect(r.measured).toBeCloseTo(28.5714, 4);
    expect(r.threshold).toBe(70);
    expect(r.gap).toBeCloseTo(41.4286, 4);
  });

  it("Tú Xuyên criterion 16: the 2020 aim of 5 of 7 villages would meet ≥70 % with a margin", () => {
    const r = evaluateIndicator("percent_min", target({ valueNumber: 70 }), value({ valueNumber: 5, denominator: 7 }));
    expect(r.outcome).toBe("met");
    expect(r.gap).toBeCloseTo(-1.4286, 4);
  });

  it("Tú Xuyên criterion 16 in TDMNPB: no regional target recorded → no_target, measure still shown", () => {
    const t = selectTarget([target({ areaCode: "default", valueNumber: 70 })], {
      areaCode: "TDMNPB",
      year: 2020,
      provinceId: LANG_SON,
    });
    const r = evaluateIndicator("percent_min", t, value({ valueNumber: 2, denominator: 7 }));
    expect(r.outcome).toBe("no_target");
    expect(r.target).toBeNull();
    expect(r.measured).toBeCloseTo(28.5714, 4);
    expect(r.threshold).toBeNull();
    expect(r.gap).toBeNull();
  });

  const absence = target({ op: "==", valueText: "Không" });
  const yes = target({ op: "==", valueText: "Đạt" });
  const income = target({ areaCode: "TDMNPB", valueNumber: 36, unit: "million VND/person/year" });
  const poverty = target({ op: "<=", valueNumber: 6 });
  const water = target({ areaCode: "TDMNPB", valueNumber: 90, secondaryMin: 50 });
  const waterNoSecondary = target({ valueNumber: 95, secondaryMin: null });

  it.each([
    // [label, kind, target, value, outcome, measured, threshold, gap]
    ["9.1 one temporary house left", "absence", absence, value({ valueNumber: 1 }), "not_met", 1, 0, 1],
    ["9.1 no temporary house", "absence", absence, value({ valueNumber: 0 }), "met", 0, 0, 0],
    ["9.1 negative count is not a value", "absence", absence, value({ valueNumber: -1 }), "no_value", null, null, null],
    ["15.2 insurance not achieved", "boolean", yes, value({ valueBool: false }), "not_met", null, null, null],
    ["15.2 insurance achieved", "boolean", yes, value({ valueBool: true }), "met", null, null, null],
    ["boolean without an answer", "boolean", yes, value({ valueNumber: 1 }), "no_value", null, null, null],
    ["10 income just below 36", "amount_min", income, value({ valueNumber: 35.9 }), "not_met", 35.9, 36, 36 - 35.9],
    ["10 income exactly 36", "amount_min", income, value({ valueNumber: 36 }), "met", 36, 36, 0],
    ["11 poverty exactly 6 %", "percent_max", poverty, value({ valueNumber: 6 }), "met", 6, 6, 0],
    ["11 poverty 6.5 %", "percent_max", poverty, value({ valueNumber: 6.5 }), "not_met", 6.5, 6, 0.5],
    ["11 poverty 7 of 100 vs ≤7", "percent_max", target({ op: "<=", valueNumber: 7 }), value({ valueNumber: 7, denominator: 100 }), "met", 7, 7, 0],
    ["percent_min exactly at threshold", "percent_min", target({ valueNumber: 70 }), value({ valueNumber: 7, denominator: 10 }), "met", 70, 70, 0],
    ["17.1 both shares met", "percent_min_dual", water, value({ valueNumber: 92, secondaryValue: 55 }), "met", 92, 90, -2],
    ["17.1 clean-water share short", "percent_min_dual", water, value({ valueNumber: 92, secondaryValue: 45 }), "not_met", 92, 90, -2],
    ["17.1 total share short", "percent_min_dual", water, value({ valueNumber: 85, secondaryValue: 60 }), "not_met", 85, 90, 5],
    ["17.1 clean-water share missing", "percent_min_dual", water, value({ valueNumber: 92 }), "no_value", 92, 90, null],
    ["17.1 no secondary threshold: first share only", "percent_min_dual", waterNoSecondary, value({ valueNumber: 96 }), "met", 96, 95, -1],
    ["numeric target without a number", "percent_min", target({ valueNumber: null }), value({ valueNumber: 50 }), "no_target", 50, null, null],
    ["denominator 0 gives no value, not NaN", "percent_min", target({ valueNumber: 70 }), value({ valueNumber: 2, denominator: 0 }), "no_value", null, 70, null],
    ["no value at all", "percent_min", target({ valueNumber: 70 }), null, "no_value", null, 70, null],
    ["unverified target", "percent_min", target({ valueNumber: 70, verified: false }), value({ valueNumber: 80 }), "no_target", 80, null, null],
    ["no target", "amount_min", null, value({ valueNumber: 30 }), "no_target", 30, null, null],
    ["unknown kind", "text_free", target({ valueText: "Đạt" }), value({ valueBool: true }), "manual", null, null, null],
  ] as const)("%s", (_label, kind, t, v, outcome, measured, threshold, gap) => {
    const r = evaluateIndicator(kind, t, v);
    expect(r.outcome).toBe(outcome);
    expect(r.source).toBe("computed");
    expect(r.overrideIgnored).toBe(false);
    expect(r.threshold).toBe(threshold);
    if (measured === null) expect(r.measured).toBeNull();
    else expect(r.measured).toBeCloseTo(measured, 10);
    if (gap === null) expect(r.gap).toBeNull();
    else expect(r.gap).toBeCloseTo(gap, 10);
  });

  it("reports the clean-water gap of a dual indicator separately", () => {
    const r = evaluateIndicator("percent_min_dual", water, value({ valueNumber: 92, secondaryValue: 45 }));
    expect(r.secondary).toEqual({ measured: 45, threshold: 50, gap: 5 });
  });

  it("keeps the target it used", () => {
    expect(evaluateIndicator("amount_min", income, value({ valueNumber: 40 })).target).toBe(income);
  });
});

describe("evaluateIndicator: the assessor's status", () => {
  it("Hữu Lễ criterion 10: no target recorded but the assessor judged it nearly met", () => {
    const r = evaluateIndicator("amount_min", null, value({ valueNumber: 30, status: "nearly_met" }));
    expect(r).toMatchObject({ outcome: "nearly_met", source: "assessor", computedOutcome: "no_target", measured: 30 });
  });

  it.each([
    ["unknown kind", "text_free", target(), value({ status: "met" }), "met", "manual"],
    ["no value", "percent_min", target({ valueNumber: 70 }), value({ status: "not_met" }), "not_met", "no_value"],
    ["unverified target", "percent_min", target({ valueNumber: 70, verified: false }), value({ valueNumber: 50, status: "met" }), "met", "no_target"],
  ] as const)("uses the assessor's status where the rules cannot decide: %s", (_l, kind, t, v, outcome, computed) => {
    const r = evaluateIndicator(kind, t, v);
    expect(r).toMatchObject({ outcome, source: "assessor", computedOutcome: computed });
  });

  it("overrides a computed result only with a reason", () => {
    const t = target({ valueNumber: 70 });
    const r = evaluateIndicator("percent_min", t, value({ valueNumber: 60, status: "met", overrideReason: "  Số liệu quý II đã đạt  " }));
    expect(r).toMatchObject({
      outcome: "met",
      source: "override",
      computedOutcome: "not_met",
      overrideReason: "Số liệu quý II đã đạt",
      overrideIgnored: false,
      gap: 10,
    });
  });

  it.each([null, "", "   "])("keeps the computed result and flags it when the reason is %j", (reason) => {
    const r = evaluateIndicator("percent_min", target({ valueNumber: 70 }), value({ valueNumber: 60, status: "met", overrideReason: reason }));
    expect(r).toMatchObject({ outcome: "not_met", source: "computed", overrideIgnored: true, assessorStatus: "met" });
  });

  it("can override to nearly met with a reason", () => {
    const r = evaluateIndicator("percent_max", target({ op: "<=", valueNumber: 6 }), value({ valueNumber: 6.3, status: "nearly_met", overrideReason: "Đang rà soát hộ nghèo" }));
    expect(r).toMatchObject({ outcome: "nearly_met", source: "override", computedOutcome: "not_met" });
  });

  it("an agreeing assessor leaves the result computed", () => {
    const r = evaluateIndicator("absence", target({ op: "==", valueText: "Không" }), value({ valueNumber: 1, status: "not_met" }));
    expect(r).toMatchObject({ outcome: "not_met", source: "computed", overrideIgnored: false });
  });

  it("treats an assessor's not_assessed as no status", () => {
    const computed = evaluateIndicator("percent_min", target({ valueNumber: 70 }), value({ valueNumber: 60, status: "not_assessed", overrideReason: "x" }));
    expect(computed).toMatchObject({ outcome: "not_met", source: "computed", overrideIgnored: false, assessorStatus: null });
    const undecided = evaluateIndicator("percent_min", null, value({ status: "not_assessed" }));
    expect(undecided).toMatchObject({ outcome: "no_target", source: "computed" });
  });

  it("never produces NaN", () => {
    const kinds = ["boolean", "absence", "percent_min", "percent_max", "amount_min", "percent_min_dual", "other"];
    const targets = [null, target(), target({ valueNumber: 70, secondaryMin: 50 }), target({ valueNumber: Number.NaN })];
    const values = [
      null,
      value(),
      value({ valueNumber: 0, denominator: 0 }),
      value({ valueNumber: Number.NaN, secondaryValue: Number.NaN }),
      value({ valueNumber: Number.POSITIVE_INFINITY }),
      value({ valueNumber: 3, denominator: 4, secondaryValue: 10 }),
    ];
    for (const k of kinds)
      for (const t of targets)
        for (const v of values) {
          const r = evaluateIndicator(k, t, v);
          for (const n of [r.measured, r.threshold, r.gap, r.secondary?.gap ?? null, r.secondary?.measured ?? null])
            expect(Number.isNaN(n)).toBe(false);
        }
  });
});

describe("resultToStatus", () => {
  const base = evaluateIndicator("percent_min", target({ valueNumber: 70 }), value({ valueNumber: 80 }));
  it.each([
    ["met", "met"],
    ["not_met", "not_met"],
    ["nearly_met", "nearly_met"],
    ["no_target", null],
    ["no_value", null],
    ["manual", null],
  ] as const)("%s → %s", (outcome, status) => {
    expect(resultToStatus({ ...base, outcome } as IndicatorResult)).toBe(status);
  });
});
