import { describe, expect, it } from "vitest";
import { coveredCommunes, criterionAxisLabel, criterionShareSeries, PERCENT_TICKS } from "@/components/charts/criterion-share-series";
import type { CriterionShare } from "@/lib/domain/matrix";

const share = (number: number, name: string, met: number, covered: number): CriterionShare => ({
  number,
  name,
  met,
  nearlyMet: 0,
  notMet: covered - met,
  notAssessed: 0,
  covered,
  share: covered > 0 ? met / covered : null,
});

describe("criterionAxisLabel", () => {
  it("prefixes the number and keeps short names whole", () => {
    expect(criterionAxisLabel(10, "Thu nhập")).toBe("10. Thu nhập");
    expect(criterionAxisLabel(17, "Môi trường và an toàn thực phẩm")).toBe("17. Môi trường và an toàn…");
    expect(criterionAxisLabel(17, "Môi trường và an toàn thực phẩm", 40)).toBe("17. Môi trường và an toàn thực phẩm");
  });

  it("never exceeds the maximum length and trims the name", () => {
    const label = criterionAxisLabel(18, "Hệ thống chính trị và tiếp cận pháp luật", 20);
    expect(label.length).toBeLessThanOrEqual(20);
    expect(label.endsWith("…")).toBe(true);
    expect(label).not.toMatch(/ …$/);
    expect(criterionAxisLabel(1, "  Quy hoạch  ")).toBe("1. Quy hoạch");
    expect(criterionAxisLabel(5, "Trườnghọcrấtdàikhôngcókhoảngtrắng", 12)).toBe("5. Trườnghọ…"); // no space: hard cut
    expect(criterionAxisLabel(10, "Thu nhập".normalize("NFD"))).toBe("10. Thu nhập"); // NFD input counts as NFC
  });
});

describe("criterionShareSeries", () => {
  // Văn Quan: 2 communes with per-criterion results.
  const shares = [share(10, "Thu nhập", 1, 2), share(1, "Quy hoạch", 2, 2), share(11, "Hộ nghèo", 0, 2)];

  it("orders by criterion number and gives percentages 0–100 (unrounded)", () => {
    const series = criterionShareSeries(shares);
    expect(series.map((p) => [p.number, p.percent, p.met, p.covered])).toEqual([
      [1, 100, 2, 2],
      [10, 50, 1, 2],
      [11, 0, 0, 2],
    ]);
    expect(series[1]?.label).toBe("10. Thu nhập");
    expect(criterionShareSeries([share(3, "Thủy lợi", 1, 3)])[0]?.percent).toBeCloseTo(33.3333, 3);
  });

  it("draws no share (0) rather than NaN when no commune has data", () => {
    const series = criterionShareSeries([share(1, "Quy hoạch", 0, 0)]);
    expect(series[0]).toMatchObject({ percent: 0, covered: 0 });
    expect(coveredCommunes(series)).toBe(0);
  });

  it("says how many communes the chart covers", () => {
    expect(coveredCommunes(criterionShareSeries(shares))).toBe(2);
    expect(coveredCommunes([])).toBe(0);
  });

  it("does not reorder its input", () => {
    criterionShareSeries(shares);
    expect(shares.map((s) => s.number)).toEqual([10, 1, 11]);
  });

  it("ticks cover 0 to 100 %", () => {
    expect(PERCENT_TICKS).toEqual([0, 25, 50, 75, 100]);
  });
});
