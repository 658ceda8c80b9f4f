import { describe, expect, it } from "vitest";
import {
  criterionRank,
  criterionShares,
  DEFAULT_MATRIX_SORT,
  matrixCell,
  matrixSortKey,
  sameSort,
  selfDisagreement,
  sortMatrix,
  type MatrixCommune,
  type MatrixCriterion,
} from "@/lib/domain/matrix";
import type { Status } from "@/lib/domain/types";
import { matrixSortKeySchema, readMatrixSort } from "@/lib/validation/matrix";

// Văn Quan district, 2020 inspection report: two communes with per-criterion results (Hữu Lễ,
// Tú Xuyên), the others only as document totals.
const NUMBERS = Array.from({ length: 19 }, (_, i) => i + 1);
const CRITERIA: MatrixCriterion[] = NUMBERS.map((number) => ({ number, name: `Tiêu chí số ${number}` }));

function statuses(exceptions: Record<number, Status>, others: Status = "met"): Record<number, Status> {
  return Object.fromEntries(NUMBERS.map((n) => [n, exceptions[n] ?? others]));
}

const TU_XUYEN_UNMET = [2, 4, 5, 6, 9, 11, 15, 16, 17];
const tuXuyenStatuses = statuses(Object.fromEntries(TU_XUYEN_UNMET.map((n) => [n, "not_met" as Status])));

const huuLe: MatrixCommune = {
  unitCode: "06322",
  unitName: "Hữu Lễ",
  criteriaMet: 16,
  basis: "detailed",
  statuses: { self: statuses({}), verified: statuses({ 10: "nearly_met", 11: "nearly_met", 17: "nearly_met" }) },
};
const tuXuyen: MatrixCommune = {
  unitCode: "06277",
  unitName: "Tú Xuyên",
  criteriaMet: 10,
  basis: "detailed",
  statuses: { self: tuXuyenStatuses, verified: tuXuyenStatuses },
};
const doc = (unitCode: string, unitName: string, criteriaMet: number): MatrixCommune => ({
  unitCode,
  unitName,
  criteriaMet,
  basis: "document",
  statuses: { self: {}, verified: {} },
});
const trangPhai = doc("06286", "Tràng Phái", 19);
const tanDoan = doc("06289", "Tân Đoàn", 19);
const yenPhuc = doc("06319", "Yên Phúc", 19);
const dIemHe = doc("06280", "Điềm He", 10);
const lienHoi = doc("06268", "Liên Hội", 10);
const anSon = doc("06283", "An Sơn", 6);
const binhPhuc = doc("06301", "Bình Phúc", 9);
const noFigure: MatrixCommune = { unitCode: "06999", unitName: "Ba Xã", criteriaMet: null, basis: "none", statuses: { self: {}, verified: {} } };

const ROWS = [anSon, huuLe, dIemHe, trangPhai, tuXuyen, lienHoi, yenPhuc, binhPhuc, tanDoan];
const names = (rows: MatrixCommune[]) => rows.map((r) => r.unitName);

describe("matrixSortKeySchema / readMatrixSort", () => {
  it.each([
    ["standing", { by: "standing" }],
    ["name", { by: "name" }],
    ["c1", { by: "criterion", number: 1 }],
    ["c16", { by: "criterion", number: 16 }],
    ["c19", { by: "criterion", number: 19 }],
  ])("reads %s", (raw, sort) => {
    expect(matrixSortKeySchema.parse(raw)).toEqual(sort);
    expect(readMatrixSort(raw, NUMBERS)).toEqual({ ok: true, sort });
  });

  it.each([undefined, null, ""])("falls back to standing without a warning for %s", (raw) => {
    expect(readMatrixSort(raw, NUMBERS)).toEqual({ ok: true, sort: DEFAULT_MATRIX_SORT });
    expect(DEFAULT_MATRIX_SORT).toEqual({ by: "standing" });
  });

  it.each(["bogus", "c0", "c016", "c", "C16", "c16 ", "16", "name;drop", "standing,name", "c1000", "c-1", "c1.5"])(
    "refuses %j and falls back to the default",
    (raw) => {
      const result = readMatrixSort(raw, NUMBERS);
      expect(result.ok).toBe(false);
      expect(result.sort).toEqual(DEFAULT_MATRIX_SORT);
      if (!result.ok) expect(result.message).toMatch(/sort/);
    },
  );

  it("refuses a criterion the set does not have, only when the set's numbers are given", () => {
    const result = readMatrixSort("c20", NUMBERS);
    expect(result).toEqual({ ok: false, sort: DEFAULT_MATRIX_SORT, message: expect.stringContaining("criterion 20") });
    expect(readMatrixSort("c20")).toEqual({ ok: true, sort: { by: "criterion", number: 20 } });
    expect(readMatrixSort("c3", [])).toMatchObject({ ok: false });
  });

  it("writes each sort back as its URL key", () => {
    for (const key of ["standing", "name", "c7", "c19"]) {
      expect(matrixSortKey(matrixSortKeySchema.parse(key))).toBe(key);
    }
    expect(sameSort({ by: "criterion", number: 2 }, { by: "criterion", number: 2 })).toBe(true);
    expect(sameSort({ by: "criterion", number: 2 }, { by: "criterion", number: 3 })).toBe(false);
    expect(sameSort({ by: "name" }, DEFAULT_MATRIX_SORT)).toBe(false);
  });
});

describe("matrix cells", () => {
  it("shows verified statuses for communes with per-criterion results", () => {
    expect([10, 11, 17].map((n) => matrixCell(huuLe, n))).toEqual(["nearly_met", "nearly_met", "nearly_met"]);
    expect(matrixCell(huuLe, 1)).toBe("met");
    expect(NUMBERS.filter((n) => matrixCell(tuXuyen, n) === "not_met")).toEqual(TU_XUYEN_UNMET);
  });

  it("never invents cells for a commune known only by a document total", () => {
    expect(NUMBERS.map((n) => matrixCell(anSon, n)).every((c) => c === null)).toBe(true);
    expect(matrixCell(noFigure, 1)).toBeNull();
  });

  it("a criterion with no verified row is not assessed", () => {
    const partial: MatrixCommune = { ...huuLe, statuses: { self: {}, verified: { 1: "met" } } };
    expect(matrixCell(partial, 1)).toBe("met");
    expect(matrixCell(partial, 2)).toBe("not_assessed");
  });

  it("marks where the self-assessment differs: Hữu Lễ's 10, 11 and 17 (self: met)", () => {
    expect(NUMBERS.filter((n) => selfDisagreement(huuLe, n) !== null)).toEqual([10, 11, 17]);
    expect(selfDisagreement(huuLe, 10)).toBe("met");
    expect(NUMBERS.some((n) => selfDisagreement(tuXuyen, n) !== null)).toBe(false);
    expect(selfDisagreement(anSon, 10)).toBeNull();
  });

  it("no self-assessment row means no disagreement mark", () => {
    const onlyVerified: MatrixCommune = { ...huuLe, statuses: { self: {}, verified: huuLe.statuses.verified } };
    expect(NUMBERS.some((n) => selfDisagreement(onlyVerified, n) !== null)).toBe(false);
    const selfWithoutVerified: MatrixCommune = { ...huuLe, statuses: { self: { 1: "met" }, verified: {} } };
    expect(selfDisagreement(selfWithoutVerified, 1)).toBe("met"); // verified: not assessed
  });
});

describe("sortMatrix", () => {
  it("by standing (the default): most criteria met first, ties by Vietnamese name order", () => {
    expect(names(sortMatrix(ROWS, DEFAULT_MATRIX_SORT))).toEqual([
      "Tân Đoàn",
      "Tràng Phái",
      "Yên Phúc",
      "Hữu Lễ",
      "Điềm He",
      "Liên Hội",
      "Tú Xuyên",
      "Bình Phúc",
      "An Sơn",
    ]);
  });

  it("puts communes without a figure last", () => {
    expect(names(sortMatrix([noFigure, anSon], DEFAULT_MATRIX_SORT))).toEqual(["An Sơn", "Ba Xã"]);
  });

  it("by name, in Vietnamese order (Đ after D, diacritics after the bare letter)", () => {
    expect(names(sortMatrix(ROWS, { by: "name" }))).toEqual([
      "An Sơn",
      "Bình Phúc",
      "Điềm He",
      "Hữu Lễ",
      "Liên Hội",
      "Tân Đoàn",
      "Tràng Phái",
      "Tú Xuyên",
      "Yên Phúc",
    ]);
  });

  it("by a criterion: met, nearly met, not met, then document-only communes (each group by standing)", () => {
    // Criterion 16: Hữu Lễ met, Tú Xuyên not met, the rest document totals.
    expect(names(sortMatrix(ROWS, { by: "criterion", number: 16 }))).toEqual([
      "Hữu Lễ",
      "Tú Xuyên",
      "Tân Đoàn",
      "Tràng Phái",
      "Yên Phúc",
      "Điềm He",
      "Liên Hội",
      "Bình Phúc",
      "An Sơn",
    ]);
    // Criterion 10: Tú Xuyên met, Hữu Lễ nearly met.
    expect(names(sortMatrix(ROWS, { by: "criterion", number: 10 })).slice(0, 2)).toEqual(["Tú Xuyên", "Hữu Lễ"]);
  });

  it("ranks not assessed after not met, and no figure after document totals", () => {
    const notAssessed: MatrixCommune = { ...tuXuyen, unitCode: "1", unitName: "Chưa Đánh Giá", statuses: { self: {}, verified: {} } };
    expect(criterionRank(huuLe, 1)).toBeLessThan(criterionRank(huuLe, 10));
    expect(criterionRank(huuLe, 10)).toBeLessThan(criterionRank(tuXuyen, 2));
    expect(criterionRank(tuXuyen, 2)).toBeLessThan(criterionRank(notAssessed, 2));
    expect(criterionRank(notAssessed, 2)).toBeLessThan(criterionRank(anSon, 2));
    expect(criterionRank(anSon, 2)).toBeLessThan(criterionRank(noFigure, 2));
    expect(names(sortMatrix([noFigure, anSon, notAssessed, tuXuyen], { by: "criterion", number: 2 }))).toEqual([
      "Tú Xuyên",
      "Chưa Đánh Giá",
      "An Sơn",
      "Ba Xã",
    ]);
  });

  it("returns a new array and leaves the input alone", () => {
    const input = [...ROWS];
    const out = sortMatrix(input, { by: "name" });
    expect(out).not.toBe(input);
    expect(input).toEqual(ROWS);
    expect(sortMatrix([], DEFAULT_MATRIX_SORT)).toEqual([]);
  });
});

describe("criterionShares", () => {
  it("counts only communes with per-criterion results (Văn Quan: 2 of 16)", () => {
    const shares = criterionShares(CRITERIA, ROWS);
    expect(shares).toHaveLength(19);
    expect(shares.every((s) => s.covered === 2)).toBe(true);
    const byNumber = new Map(shares.map((s) => [s.number, s]));
    expect(byNumber.get(1)).toMatchObject({ met: 2, nearlyMet: 0, notMet: 0, notAssessed: 0, share: 1 });
    expect(byNumber.get(10)).toMatchObject({ met: 1, nearlyMet: 1, notMet: 0, share: 0.5 }); // Tú Xuyên met, Hữu Lễ nearly
    expect(byNumber.get(11)).toMatchObject({ met: 0, nearlyMet: 1, notMet: 1, share: 0 });
    expect(byNumber.get(17)).toMatchObject({ met: 0, nearlyMet: 1, notMet: 1, share: 0 });
    expect(byNumber.get(2)).toMatchObject({ met: 1, notMet: 1, share: 0.5 });
    expect(shares.filter((s) => s.share === 1).map((s) => s.number)).toEqual([1, 3, 7, 8, 12, 13, 14, 18, 19]);
  });

  it("keeps the criteria order and names", () => {
    expect(criterionShares(CRITERIA.slice(0, 2), ROWS).map((s) => [s.number, s.name])).toEqual([
      [1, "Tiêu chí số 1"],
      [2, "Tiêu chí số 2"],
    ]);
  });

  it("gives null shares, never NaN, when no commune has per-criterion results", () => {
    const shares = criterionShares(CRITERIA, [anSon, trangPhai, noFigure]);
    expect(shares.every((s) => s.share === null && s.covered === 0 && s.met === 0)).toBe(true);
    expect(criterionShares([], ROWS)).toEqual([]);
  });

  it("counts a missing verified row as not assessed", () => {
    const partial: MatrixCommune = { ...huuLe, statuses: { self: {}, verified: { 1: "met" } } };
    const [c1, c2] = criterionShares(CRITERIA.slice(0, 2), [partial]);
    expect(c1).toMatchObject({ met: 1, covered: 1, share: 1 });
    expect(c2).toMatchObject({ met: 0, notAssessed: 1, covered: 1, share: 0 });
  });
});
