import { describe, expect, it } from "vitest";
import { rankDistricts, standardShare, targetProgress } from "@/lib/domain/province";
import { areaSummary, type CommuneFigure } from "@/lib/domain/summary";

const fig = (code: string, criteriaMet: number | null): CommuneFigure => ({ unitCode: code, unitName: code, criteriaMet, basis: criteriaMet === null ? "none" : "document" });
const summaryOf = (values: (number | null)[]) => areaSummary(values.map((v, i) => fig(String(i), v)), { totalCriteria: 19 });
// Văn Quan 2020: 3 of 16 communes meet all 19 criteria.
const vanQuan = summaryOf([19, 19, 19, 16, 10, 10, 10, 10, 9, 9, 9, 8, 8, 7, 7, 6]);

describe("standard share and target", () => {
  it("Văn Quan: 3/16 communes meet the standard", () => {
    expect(standardShare(vanQuan)).toBe(3 / 16);
  });
  it("is null without figures", () => {
    expect(standardShare(summaryOf([]))).toBeNull();
    expect(standardShare(summaryOf([null, null]))).toBeNull();
  });
  it.each([
    [null, { reached: null, communesNeeded: null }],
    [0.5, { reached: false, communesNeeded: 5 }], // 50 % of 16 = 8 communes; 3 meet → 5 more
    [0.1875, { reached: true, communesNeeded: 0 }], // exactly 3/16
    [0.19, { reached: false, communesNeeded: 1 }], // 19 % of 16 = 3.04 → 4 communes
    [0, { reached: true, communesNeeded: 0 }],
  ])("target %s", (target, expected) => {
    expect(targetProgress(vanQuan, target)).toMatchObject({ target, ...expected });
  });
});

describe("district ranking", () => {
  const d = (name: string, values: (number | null)[]) => ({ name, summary: summaryOf(values) });
  it("orders by average, then share meeting all, then name; ties share a rank; no figures last", () => {
    const ranked = rankDistricts([d("B", [10, 12]), d("A", [11, 11]), d("C", [19, 3]), d("D", [null]), d("E", [12, 10])]);
    expect(ranked.map((r) => [r.rank, r.district.name])).toEqual([
      [1, "C"], // 11 with one commune meeting all
      [2, "A"],
      [2, "B"],
      [2, "E"],
      [5, "D"],
    ]);
  });
  it("is empty for no districts", () => {
    expect(rankDistricts([])).toEqual([]);
  });
});
