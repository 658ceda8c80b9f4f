import { describe, expect, it } from "vitest";
import { evaluateIndicator } from "@/lib/domain/indicator";
import {
  indicatorReason,
  measureNoun,
  measureUnitOf,
  reasonMeasure,
  reasonThreshold,
  targetYearStanding,
  type IndicatorReason,
} from "@/lib/domain/reason";
import type { IndicatorValue, Target } from "@/lib/domain/types";

const target = (t: Partial<Target> = {}): Target => ({
  areaCode: "TDMNPB",
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

const value = (v: Partial<IndicatorValue & { referenceYear: number | null }> = {}): IndicatorValue & { referenceYear: number | null } => ({
  valueNumber: null,
  denominator: null,
  valueBool: null,
  secondaryValue: null,
  status: null,
  overrideReason: null,
  referenceYear: null,
  ...v,
});

const national70 = target({ areaCode: "default", valueNumber: 70 });

/** The reason for one indicator, evaluated the way lib/data/commune.ts does it. */
function reasonFor(kind: string, unit: string | null, t: Target | null, v: ReturnType<typeof value>, reference: Target | null = null, areaCode: string | null = "TDMNPB") {
  return indicatorReason({ kind, unit, value: v, result: evaluateIndicator(kind, t, v), areaCode, referenceTarget: reference });
}

describe("indicatorReason", () => {
  type Row = {
    name: string;
    kind: string;
    unit: string | null;
    target: Target | null;
    value: ReturnType<typeof value>;
    reference?: Target | null;
    areaCode?: string | null;
    expected: Partial<IndicatorReason>;
  };
  const rows: Row[] = [
    {
      name: "Tú Xuyên 16: 2/7 villages, no TDMNPB target, the national ≥ 70 % only as reference, assessor not met",
      kind: "percent_min",
      unit: "% of villages",
      target: null,
      value: value({ valueNumber: 2, denominator: 7, referenceYear: 2019, status: "not_met" }),
      reference: national70,
      expected: {
        computed: "no_target",
        outcome: "not_met",
        source: "assessor",
        comparison: null,
        target: null,
        noTarget: {
          cause: "missing",
          areaCode: "TDMNPB",
          reference: { op: ">=", value: 70, text: null, secondaryMin: null, unit: "percent", amountUnit: null, year: null, areaCode: "default" },
        },
      },
    },
    {
      name: "Tú Xuyên 9.1: one temporary house left → 1 > 0, not met",
      kind: "absence",
      unit: "count of houses",
      target: target({ op: "==", valueText: "Không" }),
      value: value({ valueNumber: 1 }),
      expected: {
        computed: "not_met",
        outcome: "not_met",
        source: "computed",
        comparison: { comparator: ">", threshold: 0, secondary: null },
        noTarget: null,
      },
    },
    {
      name: "no temporary house left → 0 = 0, met",
      kind: "absence",
      unit: "count of houses",
      target: target({ op: "==", valueText: "Không" }),
      value: value({ valueNumber: 0 }),
      expected: { computed: "met", outcome: "met", comparison: { comparator: "=", threshold: 0, secondary: null } },
    },
    {
      name: "income 36,5 ≥ 36 (2020 level) → met",
      kind: "amount_min",
      unit: "million VND/person/year",
      target: target({ valueNumber: 36, year: 2020, unit: "million VND/person/year" }),
      value: value({ valueNumber: 36.5 }),
      expected: { computed: "met", outcome: "met", source: "computed", comparison: { comparator: ">=", threshold: 36, secondary: null } },
    },
    {
      name: "income 35 < 36 → not met",
      kind: "amount_min",
      unit: "million VND/person/year",
      target: target({ valueNumber: 36, year: 2020 }),
      value: value({ valueNumber: 35 }),
      expected: { computed: "not_met", outcome: "not_met", comparison: { comparator: "<", threshold: 36, secondary: null } },
    },
    {
      name: "exactly at a minimum is met (≥)",
      kind: "percent_min",
      unit: "% of households",
      target: target({ valueNumber: 80 }),
      value: value({ valueNumber: 80 }),
      expected: { computed: "met", comparison: { comparator: ">=", threshold: 80, secondary: null } },
    },
    {
      name: "poor households 7 % > 6 % maximum → not met",
      kind: "percent_max",
      unit: "% of households",
      target: target({ op: "<=", valueNumber: 6 }),
      value: value({ valueNumber: 7 }),
      expected: { computed: "not_met", comparison: { comparator: ">", threshold: 6, secondary: null } },
    },
    {
      name: "poor households 5 % ≤ 6 % → met",
      kind: "percent_max",
      unit: "% of households",
      target: target({ op: "<=", valueNumber: 6 }),
      value: value({ valueNumber: 5 }),
      expected: { computed: "met", comparison: { comparator: "<=", threshold: 6, secondary: null } },
    },
    {
      name: "dual 17.1: total met but clean water short → not met, both comparisons given",
      kind: "percent_min_dual",
      unit: "% of households",
      target: target({ valueNumber: 90, secondaryMin: 50 }),
      value: value({ valueNumber: 92, secondaryValue: 45 }),
      expected: {
        computed: "not_met",
        comparison: { comparator: ">=", threshold: 90, secondary: { measured: 45, comparator: "<", threshold: 50 } },
      },
    },
    {
      name: "yes/no indicator answered yes → met, no numeric comparison",
      kind: "boolean",
      unit: null,
      target: target({ op: "==", valueText: "Đạt" }),
      value: value({ valueBool: true }),
      expected: { computed: "met", outcome: "met", comparison: null },
    },
    {
      name: "Tú Xuyên 15.2: yes/no without an answer, assessor not met",
      kind: "boolean",
      unit: null,
      target: target({ op: "==", valueText: "Đạt" }),
      value: value({ status: "not_met" }),
      expected: { computed: "no_value", outcome: "not_met", source: "assessor", measure: null, noTarget: null },
    },
    {
      name: "assessor overrides a computed result with a reason",
      kind: "amount_min",
      unit: "million VND/person/year",
      target: target({ valueNumber: 36, year: 2020 }),
      value: value({ valueNumber: 36.5, status: "nearly_met", overrideReason: "Số liệu chưa được thống kê xác nhận" }),
      expected: { computed: "met", outcome: "nearly_met", source: "override", overrideReason: "Số liệu chưa được thống kê xác nhận", overrideIgnored: false },
    },
    {
      name: "assessor disagrees without a reason: the computed result stands, flagged",
      kind: "amount_min",
      unit: "million VND/person/year",
      target: target({ valueNumber: 36, year: 2020 }),
      value: value({ valueNumber: 36.5, status: "not_met" }),
      expected: { computed: "met", outcome: "met", source: "computed", overrideIgnored: true, assessorStatus: "not_met", overrideReason: null },
    },
    {
      name: "unconfirmed regional target (sources conflict): no target, cause unconfirmed",
      kind: "percent_min_dual",
      unit: "% of households",
      target: target({ valueNumber: 90, secondaryMin: 50, verified: false }),
      value: value({ valueNumber: 92, secondaryValue: 55 }),
      reference: target({ areaCode: "default", valueNumber: 95, verified: false }),
      expected: { computed: "no_target", outcome: "no_target", source: "computed", noTarget: { cause: "unconfirmed", areaCode: "TDMNPB", reference: null } },
    },
    {
      name: "no target and no assessor: undecided",
      kind: "percent_min",
      unit: "% of households",
      target: null,
      value: value({ valueNumber: 50 }),
      expected: { computed: "no_target", outcome: "no_target", source: "computed", noTarget: { cause: "missing", areaCode: "TDMNPB", reference: null } },
    },
    {
      name: "a commune without a region uses the national target: no reference repeated",
      kind: "percent_min",
      unit: "% of villages",
      target: null,
      value: value({ valueNumber: 2, denominator: 7 }),
      reference: national70,
      areaCode: null,
      expected: { noTarget: { cause: "missing", areaCode: null, reference: null } },
    },
    {
      name: "unknown kind: assessed by hand, assessor's status kept",
      kind: "school_facility_tiered",
      unit: "% of schools",
      target: target({ valueNumber: 80 }),
      value: value({ status: "met" }),
      expected: { computed: "manual", outcome: "met", source: "assessor", noTarget: null, comparison: null },
    },
  ];

  it.each(rows)("$name", (row) => {
    const r = reasonFor(row.kind, row.unit, row.target, row.value, row.reference ?? null, row.areaCode === undefined ? "TDMNPB" : row.areaCode);
    expect(r).toMatchObject(row.expected);
  });

  it("never uses the reference target for the result", () => {
    const r = reasonFor("percent_min", "% of villages", null, value({ valueNumber: 6, denominator: 7 }), national70);
    expect(r?.computed).toBe("no_target");
    expect(r?.outcome).toBe("no_target"); // 85,7 % would meet ≥ 70 %, but that level is not the region's
    expect(r?.noTarget?.reference?.value).toBe(70);
  });

  it("describes the measure with numerator, denominator, percent and noun", () => {
    const r = reasonFor("percent_min", "% of villages", null, value({ valueNumber: 2, denominator: 7, referenceYear: 2019 }));
    expect(r?.measure).toMatchObject({ numerator: 2, denominator: 7, unit: "percent", noun: "village", referenceYear: 2019 });
    expect(r?.measure?.value).toBeCloseTo(28.571, 3);
  });

  it("is null when the view recorded nothing", () => {
    expect(indicatorReason({ kind: "percent_min", unit: null, value: null, result: null, areaCode: "TDMNPB" })).toBeNull();
  });
});

describe("measure helpers", () => {
  it.each([
    ["% of villages", "village"],
    ["% of households", "household"],
    ["count of houses", "temporary_house"],
    ["% of schools", "school"],
    ["% of km", "km"],
    ["% of residents", "person"],
    ["% of agricultural land", null],
    [null, null],
  ] as const)("noun of %s is %s", (unit, noun) => {
    expect(measureNoun(unit)).toBe(noun);
  });

  it.each([
    ["boolean", null, false, "yes_no"],
    ["absence", "count of houses", false, "count"],
    ["percent_min", "% of households", false, "percent"],
    ["percent_max", null, false, "percent"],
    ["amount_min", "million VND/person/year", false, "amount"],
    ["school_facility_tiered", "% of schools", false, "percent"],
    ["something_else", null, true, "percent"],
    ["something_else", null, false, "number"],
  ] as const)("unit of %s (%s, denominator %s) is %s", (kind, unit, hasDenominator, expected) => {
    expect(measureUnitOf(kind, unit, hasDenominator)).toBe(expected);
  });

  it("has no measure for a status-only value, and ignores a denominator without numerator", () => {
    expect(reasonMeasure("percent_min", null, value({ status: "not_met" }))).toBeNull();
    expect(reasonMeasure("percent_min", null, value({ denominator: 7 }))).toBeNull();
  });

  it("reads targets: Không is 'none', Đạt is 'met', == becomes =", () => {
    expect(reasonThreshold("absence", "count of houses", target({ op: "==", valueText: "Không" }))).toMatchObject({ op: "=", text: "none", unit: "count" });
    expect(reasonThreshold("boolean", null, target({ op: "==", valueText: "Đạt" }))).toMatchObject({ op: "=", text: "met", unit: "yes_no" });
    expect(reasonThreshold("amount_min", "million VND/person/year", target({ valueNumber: 36, year: 2020 }))).toMatchObject({
      op: ">=",
      value: 36,
      unit: "amount",
      amountUnit: "million_vnd_per_person_year",
      year: 2020,
    });
  });
});

describe("targetYearStanding", () => {
  it.each([
    [{ targetYear: 2020, asOfYear: 2020, remaining: 9, recognized: false }, { kind: "ahead", targetYear: 2020, remaining: 9 }],
    [{ targetYear: 2021, asOfYear: 2020, remaining: 3, recognized: false }, { kind: "ahead", targetYear: 2021, remaining: 3 }],
    [{ targetYear: 2020, asOfYear: 2026, remaining: 9, recognized: false }, { kind: "passed", targetYear: 2020, remaining: 9 }],
    [{ targetYear: 2020, asOfYear: 2026, remaining: null, recognized: false }, { kind: "passed", targetYear: 2020, remaining: null }],
    [{ targetYear: 2020, asOfYear: 2026, remaining: 0, recognized: true }, { kind: "recognized" }],
    [{ targetYear: null, asOfYear: 2026, remaining: 4, recognized: false }, { kind: "none" }],
    [{ targetYear: 2020, asOfYear: 2020, remaining: -1, recognized: false }, { kind: "ahead", targetYear: 2020, remaining: null }],
  ] as const)("%o → %o", (input, expected) => {
    expect(targetYearStanding(input)).toEqual(expected);
  });
});
