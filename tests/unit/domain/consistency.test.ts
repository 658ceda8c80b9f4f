import { describe, expect, it } from "vitest";
import { agreesWithStated, checkConsistency, communeMetric, inferDecimals, selfVsVerified, type StatedFigure } from "@/lib/domain/consistency";
import { communeStanding } from "@/lib/domain/standing";
import { areaMetric } from "@/lib/domain/summary";
import type { Status } from "@/lib/domain/types";
import { huuLe2020, VAN_QUAN_DISTRICT, vanQuan2020Figures } from "./fixtures/van-quan-2020";

const SOURCE = "Báo cáo Sở TT&TT Lạng Sơn 6/2020, mục I.2.a";
const district: string = VAN_QUAN_DISTRICT.code;
const stated = (metric: string, param: number | null, value: number, subject = "Huyện Văn Quan", unitCode = district): StatedFigure => ({
  subject,
  metric,
  param,
  stated: value,
  source: SOURCE,
  unitCode,
});

/** Computed figures: district metrics from the commune figures, per-commune from standings. */
const computed = (metric: string, unitCode: string, param: number | null): number | null => {
  if (unitCode === district) return areaMetric(vanQuan2020Figures, metric, param);
  if (unitCode === huuLe2020.code && metric === "criteria_met") return communeStanding(huuLe2020.verified, 19).met;
  if (unitCode === huuLe2020.code && metric === "criteria_met_self") return communeStanding(huuLe2020.self, 19).met;
  return null;
};

describe("checkConsistency: the Văn Quan report", () => {
  const rows = checkConsistency(
    [
      stated("average_criteria_met", null, 10.9),
      stated("communes_below", 5, 0),
      stated("communes_with_criteria_met", 19, 3),
      stated("communes_with_criteria_met", 10, 4),
      stated("commune_count", null, 16),
      stated("criteria_met", null, 16, "Xã Hữu Lễ", huuLe2020.code),
      stated("criteria_met_self", null, 19, "Xã Hữu Lễ", huuLe2020.code),
      stated("criteria_met", null, 8, "Xã Tràng Các", "06301"),
    ],
    computed,
  );

  it("flags the stated average 10,9 against the computed 11,0", () => {
    const avg = rows[0];
    expect(avg).toMatchObject({ metric: "average_criteria_met", stated: 10.9, computed: 11, consistent: false, checkable: true, source: SOURCE });
    expect(avg?.difference).toBeCloseTo(0.1, 10);
  });

  it("accepts 'no commune below 5' and the band counts", () => {
    expect(rows.slice(1, 5).map((r) => [r.consistent, r.difference])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
  });

  it("checks per-commune totals against the standings", () => {
    expect(rows[5]).toMatchObject({ subject: "Xã Hữu Lễ", computed: 16, consistent: true });
    expect(rows[6]).toMatchObject({ metric: "criteria_met_self", computed: 19, consistent: true });
  });

  it("reports a figure the data cannot give as not checkable", () => {
    expect(rows[7]).toMatchObject({ computed: null, difference: null, consistent: false, checkable: false });
  });

  it("keeps one row per stated figure, in order", () => {
    expect(rows).toHaveLength(8);
  });
});

describe("checkConsistency: precision", () => {
  const fixed = (n: number | null) => () => n;
  it.each([
    // [stated, computed, consistent]
    [10.9, 10.94, true],
    [10.9, 10.86, true],
    [10.9, 10.95, false], // half-way: flagged although 10.95 − 10.9 is 0.0499999… in binary
    [10.9, 10.85, false], // half-way on the other side: flagged too
    [10.9, 11.0, false],
    [11, 11, true],
    [11, 10.9, false], // integers must be equal
    [11, 11.0000000000001, true], // floating-point noise is not a difference
    [0, 0, true],
    [0, 1, false],
    [10.25, 10.254, true],
    [10.25, 10.256, false],
  ])("stated %s vs computed %s → %s", (s, c, consistent) => {
    expect(checkConsistency([stated("m", null, s)], fixed(c))[0]?.consistent).toBe(consistent);
  });

  it("an explicit number of decimals overrides the inferred one ('10,0' accepts 10.04)", () => {
    expect(checkConsistency([{ ...stated("m", null, 10), decimals: 1 }], fixed(10.04))[0]?.consistent).toBe(true);
    expect(checkConsistency([stated("m", null, 10)], fixed(10.04))[0]?.consistent).toBe(false);
  });

  it("an explicit tolerance overrides precision", () => {
    expect(checkConsistency([stated("m", null, 10.9)], fixed(11), { tolerance: 0.1 })[0]?.consistent).toBe(true); // 0.0999… or 0.1000…
    expect(checkConsistency([stated("m", null, 16)], fixed(16), { tolerance: 0 })[0]?.consistent).toBe(true);
    expect(checkConsistency([stated("m", null, 10.9)], fixed(11), { tolerance: 0.05 })[0]?.consistent).toBe(false);
  });

  it("a non-finite computed value cannot be checked", () => {
    expect(checkConsistency([stated("m", null, 1)], fixed(Number.NaN))[0]).toMatchObject({ checkable: false, consistent: false, computed: null });
  });

  it("no stated figures: no rows", () => {
    expect(checkConsistency([], fixed(1))).toEqual([]);
  });

  it.each([
    [11, 0],
    [10.9, 1],
    [10.25, 2],
    [0.1, 1],
    [-3.5, 1],
    [176 / 16, 0],
  ])("inferDecimals(%s) = %s", (x, d) => {
    expect(inferDecimals(x)).toBe(d);
  });

  it("agreesWithStated treats the half-unit boundary as inconsistent", () => {
    expect(agreesWithStated(10.95, 10.9, 1)).toBe(false);
    expect(agreesWithStated(10.9499, 10.9, 1)).toBe(true);
  });
});

describe("selfVsVerified", () => {
  const pair = (self: { criterionNumber: number; status: Status }[], verified: { criterionNumber: number; status: Status }[]) =>
    self.map((s, i) => ({ number: s.criterionNumber, self: s.status, verified: verified[i]?.status ?? "not_assessed" }));

  it("Hữu Lễ: self 19 met vs verified 16 met → disagreements on 10, 11, 17", () => {
    expect(selfVsVerified(pair(huuLe2020.self, huuLe2020.verified))).toEqual([
      { number: 10, self: "met", verified: "nearly_met" },
      { number: 11, self: "met", verified: "nearly_met" },
      { number: 17, self: "met", verified: "nearly_met" },
    ]);
  });

  it("ignores criteria not assessed on either side, and sorts by number", () => {
    expect(
      selfVsVerified([
        { number: 9, self: "met", verified: "not_met" },
        { number: 3, self: "not_assessed", verified: "met" },
        { number: 4, self: "met", verified: "not_assessed" },
        { number: 2, self: "not_met", verified: "met" },
        { number: 1, self: "met", verified: "met" },
      ]).map((d) => d.number),
    ).toEqual([2, 9]);
  });

  it("no criteria: no disagreements", () => {
    expect(selfVsVerified([])).toEqual([]);
  });
});

describe("communeMetric", () => {
  const detailed = { basis: "detailed" as const, verified: { met: 16, nearlyMet: 3, notMet: 0 }, self: { met: 19 } };
  it.each([
    ["criteria_met", 16],
    ["criteria_nearly_met", 3],
    ["criteria_not_met", 0],
    ["criteria_met_self", 19],
    ["average_criteria_met", null],
  ])("%s of a detailed commune → %s", (metric, expected) => {
    expect(communeMetric(metric, detailed)).toBe(expected);
  });
  it("cannot check a commune known only by a document total", () => {
    expect(communeMetric("criteria_met", { basis: "document", verified: null, self: null })).toBeNull();
  });
});
