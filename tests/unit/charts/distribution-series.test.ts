import { describe, expect, it } from "vitest";
import { distributionSeries, integerTicks, type DistributionPoint } from "@/components/charts/distribution-series";

// Văn Quan district, 2020 inspection report: criteria met → number of communes (16 communes).
const VAN_QUAN: DistributionPoint[] = [
  { criteriaMet: 19, communeCount: 3 },
  { criteriaMet: 16, communeCount: 1 },
  { criteriaMet: 10, communeCount: 4 },
  { criteriaMet: 9, communeCount: 3 },
  { criteriaMet: 8, communeCount: 2 },
  { criteriaMet: 7, communeCount: 2 },
  { criteriaMet: 6, communeCount: 1 },
];

describe("distributionSeries", () => {
  it("sorts ascending and fills the missing bands with 0", () => {
    const series = distributionSeries(VAN_QUAN);
    expect(series.map((p) => p.criteriaMet)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(series.find((p) => p.criteriaMet === 12)?.communeCount).toBe(0);
    expect(series.reduce((sum, p) => sum + p.communeCount, 0)).toBe(16);
  });

  it("covers an explicit range, e.g. the full 0–19 scale", () => {
    const series = distributionSeries(VAN_QUAN, { from: 0, to: 19 });
    expect(series).toHaveLength(20);
    expect(series[0]).toEqual({ criteriaMet: 0, communeCount: 0 });
    expect(series.slice(0, 5).every((p) => p.communeCount === 0)).toBe(true); // no commune below 5
    expect(series[19]).toEqual({ criteriaMet: 19, communeCount: 3 });
  });

  it.each([
    ["empty data", [], {}, []],
    ["empty data with a range", [], { from: 1, to: 3 }, [
      { criteriaMet: 1, communeCount: 0 },
      { criteriaMet: 2, communeCount: 0 },
      { criteriaMet: 3, communeCount: 0 },
    ]],
    ["an inverted range", VAN_QUAN, { from: 10, to: 5 }, []],
    ["duplicate bands (summed)", [
      { criteriaMet: 5, communeCount: 1 },
      { criteriaMet: 5, communeCount: 2 },
    ], {}, [{ criteriaMet: 5, communeCount: 3 }]],
    ["invalid points (dropped)", [
      { criteriaMet: 4.5, communeCount: 1 },
      { criteriaMet: -1, communeCount: 1 },
      { criteriaMet: 3, communeCount: Number.NaN },
      { criteriaMet: 2, communeCount: 1 },
    ], {}, [{ criteriaMet: 2, communeCount: 1 }]],
  ] as const)("handles %s", (_name, data, range, expected) => {
    expect(distributionSeries(data as readonly DistributionPoint[], range)).toEqual(expected);
  });

  it("does not mutate its input", () => {
    const input = [...VAN_QUAN];
    distributionSeries(input, { from: 0, to: 19 });
    expect(input).toEqual(VAN_QUAN);
  });
});

describe("integerTicks", () => {
  it.each([
    [0, [0, 1]],
    [-3, [0, 1]],
    [Number.NaN, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 1, 2, 3, 4, 5]],
    [6, [0, 2, 4, 6]],
    [7, [0, 2, 4, 6, 8]],
    [2.4, [0, 1, 2, 3]],
    [16, [0, 5, 10, 15, 20]],
    [43, [0, 10, 20, 30, 40, 50]],
    [120, [0, 50, 100, 150]],
  ])("integerTicks(%s) → %o", (max, expected) => {
    expect(integerTicks(max)).toEqual(expected);
  });

  it("always gives whole numbers, starting at 0 and reaching the maximum", () => {
    for (let max = 1; max <= 500; max++) {
      const ticks = integerTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});
