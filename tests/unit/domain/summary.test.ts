import { describe, expect, it } from "vitest";
import { areaMetric, areaSummary, provinceSummary, type CommuneFigure } from "@/lib/domain/summary";
import { TOTAL_CRITERIA_2016_2020, vanQuan2020Figures, vanQuan2020Stated } from "./fixtures/van-quan-2020";

const opts = { totalCriteria: TOTAL_CRITERIA_2016_2020 };
const fig = (unitCode: string, criteriaMet: number | null, basis: CommuneFigure["basis"] = "document"): CommuneFigure => ({
  unitCode,
  unitName: `Xã ${unitCode}`,
  criteriaMet,
  basis,
});

describe("areaSummary: Văn Quan 2020", () => {
  const s = areaSummary(vanQuan2020Figures, opts);

  it("has 16 communes, all with a document figure", () => {
    expect(s.communeCount).toBe(16);
    expect(s.withFigureCount).toBe(16);
    expect(s.documentCount).toBe(16);
    expect(s.detailedCount).toBe(0);
    expect(s.missingCount).toBe(0);
  });

  it("averages exactly 11 (176 / 16), not the report's 10,9", () => {
    expect(vanQuan2020Figures.reduce((a, f) => a + (f.criteriaMet ?? 0), 0)).toBe(176);
    expect(s.averageCriteriaMet).toBe(11);
    expect(s.averageCriteriaMet).not.toBe(vanQuan2020Stated.averageCriteriaMet);
  });

  it("distributes 3·1·4·3·2·2·1 communes over 19·16·10·9·8·7·6 criteria, highest first", () => {
    expect(s.distribution.map((b) => [b.criteriaMet, b.communeCount])).toEqual(
      vanQuan2020Stated.bands.map((b) => [b.criteriaMet, b.communeCount]),
    );
    expect(s.distribution[0]?.units).toEqual(["Tân Đoàn", "Tràng Phái", "Yên Phúc"]);
    expect(s.distribution[2]?.units).toEqual(["Điềm He", "Liên Hội", "Trấn Ninh", "Tú Xuyên"]);
    expect(s.distribution[6]).toEqual({ criteriaMet: 6, communeCount: 1, units: ["An Sơn"], unitCodes: ["06283"] });
  });

  it("has 3 communes meeting all 19 and none below 5", () => {
    expect(s.communesMeetingAll).toBe(3);
    expect(s.communesBelowFloor).toBe(0);
  });

  it("counts below a custom floor strictly (An Sơn 6, Lương Năng and Tri Lễ 7 are below 8)", () => {
    expect(areaSummary(vanQuan2020Figures, { ...opts, floor: 8 }).communesBelowFloor).toBe(3);
    expect(areaSummary(vanQuan2020Figures, { ...opts, floor: 6 }).communesBelowFloor).toBe(0);
  });
});

describe("areaSummary: edge cases", () => {
  it("an empty area gives null average, never NaN", () => {
    expect(areaSummary([], opts)).toEqual({
      communeCount: 0,
      withFigureCount: 0,
      averageCriteriaMet: null,
      distribution: [],
      communesMeetingAll: 0,
      communesBelowFloor: 0,
      detailedCount: 0,
      documentCount: 0,
      missingCount: 0,
    });
  });

  it("communes without a figure count as missing and stay out of the average and bands", () => {
    const s = areaSummary([fig("a", 10, "detailed"), fig("b", null, "none"), fig("c", 13), fig("d", Number.NaN, "detailed")], opts);
    expect(s).toMatchObject({ communeCount: 4, withFigureCount: 2, missingCount: 2, detailedCount: 1, documentCount: 1 });
    expect(s.averageCriteriaMet).toBe(11.5);
    expect(s.distribution.map((b) => b.criteriaMet)).toEqual([13, 10]);
  });

  it("only missing figures: average null", () => {
    expect(areaSummary([fig("a", null, "none")], opts).averageCriteriaMet).toBeNull();
  });

  it("does not round the average", () => {
    expect(areaSummary([fig("a", 10), fig("b", 10), fig("c", 11)], opts).averageCriteriaMet).toBeCloseTo(31 / 3, 12);
  });
});

describe("provinceSummary", () => {
  it("recomputes from commune figures instead of averaging district averages", () => {
    const small = { code: "X", name: "Huyện nhỏ", figures: [fig("x1", 19)] }; // average 19
    const vanQuan = { code: "184", name: "Văn Quan", figures: vanQuan2020Figures }; // average 11
    const p = provinceSummary([vanQuan, small], opts);
    expect(p.overall.communeCount).toBe(17);
    expect(p.overall.averageCriteriaMet).toBeCloseTo(195 / 17, 12); // not (11 + 19) / 2 = 15
    expect(p.overall.communesMeetingAll).toBe(4);
    expect(p.overall.distribution[0]).toMatchObject({ criteriaMet: 19, communeCount: 4 });
    expect(p.districts.map((d) => [d.code, d.summary.averageCriteriaMet])).toEqual([
      ["184", 11],
      ["X", 19],
    ]);
  });

  it("no districts: empty summary", () => {
    const p = provinceSummary([], opts);
    expect(p.overall.averageCriteriaMet).toBeNull();
    expect(p.districts).toEqual([]);
  });
});

describe("areaMetric", () => {
  it.each([
    ["commune_count", null, 16],
    ["average_criteria_met", null, 11],
    ["communes_with_criteria_met", 19, 3],
    ["communes_with_criteria_met", 10, 4],
    ["communes_with_criteria_met", 5, 0],
    ["communes_below", 5, 0],
    ["communes_below", 8, 3],
    ["communes_below", null, null],
    ["communes_with_criteria_met", null, null],
    ["unknown_metric", null, null],
  ] as const)("Văn Quan %s(%s) = %s", (metric, param, expected) => {
    expect(areaMetric(vanQuan2020Figures, metric, param)).toBe(expected);
  });

  it("cannot check figure-based metrics when a commune lacks a figure", () => {
    const figures = [...vanQuan2020Figures, fig("x", null, "none")];
    expect(areaMetric(figures, "average_criteria_met", null)).toBeNull();
    expect(areaMetric(figures, "communes_below", 5)).toBeNull();
    expect(areaMetric(figures, "commune_count", null)).toBe(17);
  });

  it("empty area: average null, counts 0", () => {
    expect(areaMetric([], "average_criteria_met", null)).toBeNull();
    expect(areaMetric([], "communes_below", 5)).toBe(0);
  });
});
