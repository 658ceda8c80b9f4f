import { describe, expect, it } from "vitest";
import {
  criterionHeader,
  criterionNumberOfHeader,
  MATRIX_SHEETS,
  matrixHeaders,
  META_SHEET,
  parseStatusCell,
  readMatrixHeader,
  STATUS_LABELS,
  viewOfSheet,
} from "@/lib/export/matrix-format";
import { STATUSES } from "@/lib/domain/types";

describe("matrix format", () => {
  it("writes and reads back every status label", () => {
    for (const s of STATUSES) expect(parseStatusCell(STATUS_LABELS[s])).toEqual({ kind: "status", status: s });
  });

  it("labels are the app's Vietnamese terms", () => {
    expect(STATUS_LABELS).toEqual({ met: "Đạt", nearly_met: "Gần đạt", not_met: "Chưa đạt", not_assessed: "Chưa đánh giá" });
  });

  it("accepts case, spacing, missing diacritics and the 'Cơ bản đạt' alias", () => {
    expect(parseStatusCell("  đạt ")).toEqual({ kind: "status", status: "met" });
    expect(parseStatusCell("CHUA DAT")).toEqual({ kind: "status", status: "not_met" });
    expect(parseStatusCell("Cơ bản đạt")).toEqual({ kind: "status", status: "nearly_met" });
    expect(parseStatusCell("not_assessed")).toEqual({ kind: "status", status: "not_assessed" });
  });

  it("empty cells are empty (leave unchanged), never 'Chưa đánh giá'", () => {
    expect(parseStatusCell("")).toEqual({ kind: "empty" });
    expect(parseStatusCell("   ")).toEqual({ kind: "empty" });
    expect(parseStatusCell(null)).toEqual({ kind: "empty" });
    expect(parseStatusCell(undefined)).toEqual({ kind: "empty" });
  });

  it("anything else is invalid, with its text", () => {
    expect(parseStatusCell("Đạt?")).toEqual({ kind: "invalid", text: "Đạt?" });
    expect(parseStatusCell(1)).toEqual({ kind: "invalid", text: "1" });
    expect(parseStatusCell("=1+1")).toEqual({ kind: "invalid", text: "=1+1" });
  });

  it("criterion headers round-trip", () => {
    for (let n = 1; n <= 19; n++) expect(criterionNumberOfHeader(criterionHeader(n))).toBe(n);
    expect(criterionNumberOfHeader("tc 07")).toBe(7);
    expect(criterionNumberOfHeader("TC0")).toBeNull();
    expect(criterionNumberOfHeader("Tên xã")).toBeNull();
  });

  it("the header row reads back to its layout", () => {
    const numbers = Array.from({ length: 19 }, (_, i) => i + 1);
    const header = matrixHeaders(numbers);
    expect(header.slice(0, 5)).toEqual(["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu"]);
    const read = readMatrixHeader(header, numbers);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.layout.codeColumn).toBe(0);
    expect(read.layout.nameColumn).toBe(1);
    expect(read.layout.criterionColumns.get(1)).toBe(5);
    expect(read.layout.criterionColumns.get(19)).toBe(23);
  });

  it("reports a missing code column, unknown and duplicate criteria", () => {
    expect(readMatrixHeader(["Tên xã", "TC1"], [1])).toEqual({ ok: false, problems: [{ kind: "missing_code_column" }] });
    expect(readMatrixHeader(["Mã xã", "Tên xã"], [1])).toEqual({ ok: false, problems: [{ kind: "no_criterion_columns" }] });
    expect(readMatrixHeader(["Mã xã", "TC1", "TC1", "TC20"], [1])).toEqual({
      ok: false,
      problems: [{ kind: "duplicate_criterion", number: 1 }, { kind: "unknown_criterion", number: 20 }],
    });
  });

  it("sheet names are valid Excel names and map back to their view", () => {
    for (const name of [...Object.values(MATRIX_SHEETS), META_SHEET]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(viewOfSheet("Tự đánh giá")).toBe("self");
    expect(viewOfSheet("THAM DINH")).toBe("verified");
    expect(viewOfSheet("Thông tin")).toBeNull();
  });
});
