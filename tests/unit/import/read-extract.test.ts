import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { extractEntries } from "@/lib/import/extract";
import { isIndicatorHeader, readIndicatorHeader } from "@/lib/import/indicator-format";
import { cellOf, readCsv, readImportFile, sniffImportFile, uncompressedSize, type RawSheet } from "@/lib/import/read";

// Reading an uploaded file: what it is by its bytes, each malformed kind refused with its own
// problem, cells as text with formulas flagged, and the layout's header checked.

const enc = (s: string) => new TextEncoder().encode(s);
const CRITERIA = Array.from({ length: 19 }, (_, i) => i + 1);
const HEADER = ["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu", ...CRITERIA.map((n) => `TC${n}`)];

async function xlsx(fill: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("sniffImportFile", () => {
  it("knows a workbook by its ZIP signature and xl/workbook.xml, and CSV as UTF-8 text (BOM allowed)", async () => {
    expect(sniffImportFile(await xlsx((wb) => wb.addWorksheet("a")))).toEqual({ ok: true, kind: "xlsx" });
    expect(sniffImportFile(enc("\uFEFFMã xã,TC1\n06322,Đạt\n"))).toEqual({ ok: true, kind: "csv" });
    expect(sniffImportFile(enc("Mã xã;TC1\n"))).toEqual({ ok: true, kind: "csv" });
  });
  it.each([
    ["empty", new Uint8Array(), "empty"],
    ["PDF", enc("%PDF-1.7 text-like"), "notSpreadsheet"],
    ["PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "notSpreadsheet"],
    ["old binary .xls (OLE)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "notSpreadsheet"],
    ["a truncated ZIP", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "notSpreadsheet"],
    ["Latin-1 text", new Uint8Array([0x4d, 0xe3, 0x20, 0x78, 0xe3]), "notUtf8"],
    ["UTF-16 text (Excel's Unicode text)", new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xe3, 0x00, 0x2c, 0x00]), "notUtf8"],
    ["UTF-16 big-endian text", new Uint8Array([0xfe, 0xff, 0x00, 0x4d, 0x00, 0xe3]), "notUtf8"],
    ["oversized", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), "tooLarge"],
  ])("refuses %s", (_name, bytes, code) => {
    expect(sniffImportFile(bytes)).toEqual({ ok: false, problem: expect.objectContaining({ code }) });
  });
  it("adds up the uncompressed sizes of a ZIP (a zip bomb is refused before it is opened)", async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet("a").addRow(["x".repeat(1000)]));
    const size = uncompressedSize(bytes);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(1_000_000);
    expect(uncompressedSize(enc("PK\u0003\u0004 no directory"))).toBe(Infinity);
  });
});

describe("reading cells", () => {
  it("flags formula cells (also shared formulas) and gives rich text, numbers and booleans as text", () => {
    expect(cellOf({ formula: "1+1", result: 2 } as ExcelJS.CellValue)).toEqual({ text: "2", formula: true });
    expect(cellOf({ sharedFormula: "A1", result: "Đạt" } as ExcelJS.CellValue)).toEqual({ text: "Đạt", formula: true });
    expect(cellOf({ formula: "HYPERLINK(1)" } as ExcelJS.CellValue)).toEqual({ text: "HYPERLINK(1)", formula: true });
    expect(cellOf({ richText: [{ text: "Gần " }, { text: "đạt" }] } as ExcelJS.CellValue)).toEqual({ text: "Gần đạt", formula: false });
    expect(cellOf(28.6)).toEqual({ text: "28.6", formula: false, number: 28.6 });
    expect(cellOf(null)).toEqual({ text: "", formula: false });
  });
  it("reads a CSV with a BOM, quoted commas and newlines, semicolons, skipping blank lines but keeping row numbers", () => {
    const r = readCsv(enc('\uFEFFMã xã,Tên xã\r\n\r\n06322,"Hữu, Lễ\nmới"\r\n'));
    expect(r).toEqual({ ok: true, sheets: [{ name: null, rows: [expect.objectContaining({ row: 1 }), expect.objectContaining({ row: 3 })] }] });
    if (r.ok) expect(r.sheets[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(["06322", "Hữu, Lễ\nmới"]);
    const semi = readCsv(enc("Mã xã;TC1\n06322;Đạt\n"));
    if (semi.ok) expect(semi.sheets[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(["06322", "Đạt"]);
  });
  it("refuses a damaged workbook as unreadable", async () => {
    const good = await xlsx((wb) => wb.addWorksheet("a").addRow(["x"]));
    // Keep the ZIP directory but break the compressed data of the entries.
    const broken = new Uint8Array(good);
    for (let i = 60; i < broken.length / 2; i++) broken[i] = 0x41;
    const r = await readImportFile(broken);
    expect(r.ok).toBe(false);
  });
});

const sheet = (name: string | null, rows: string[][]): RawSheet => ({ name, rows: rows.map((cells, i) => ({ row: i + 1, cells: cells.map((text) => ({ text, formula: false })) })) });

describe("extractEntries", () => {
  it("reads the importer's view sheet of an exported workbook, leaves the other view alone, checks the version and takes the set code", () => {
    const r = extractEntries(
      [
        sheet("Tự đánh giá", [HEADER, ["06322", "Hữu Lễ", "", "", "", "Đạt"]]),
        sheet("Thẩm định", [HEADER, ["06322", "Hữu Lễ", "", "", "", "Chưa đạt"]]),
        sheet("Thông tin", [["Mục", "Giá trị"], ["Phiên bản định dạng", "1"], ["Mã bộ tiêu chí", "QD1980-2016"]]),
      ],
      "verified",
      CRITERIA,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extracted.sheetsRead).toEqual(["Thẩm định"]);
    expect(r.extracted.sheetsIgnored).toEqual(["Tự đánh giá"]);
    expect(r.extracted.setCode).toBe("QD1980-2016");
    expect(r.extracted.entries.statuses).toHaveLength(19);
    expect(r.extracted.entries.statuses[0]).toMatchObject({ ref: { sheet: "Thẩm định", row: 2, column: "TC1" }, criterionNumber: 1, value: { text: "Chưa đạt" } });
  });

  it.each([
    ["another layout version", [sheet("Tự đánh giá", [HEADER]), sheet("Thông tin", [["Phiên bản định dạng", "2"]])], "formatVersion"],
    ["only the other view", [sheet("Thẩm định", [HEADER, ["06322"]])], "viewMismatch"],
    ["a summary workbook (no matrix sheet)", [sheet("Tổng hợp", [["Chỉ tiêu", "Giá trị"], ["Số xã", "16"]]), sheet("Thông tin", [["Phiên bản định dạng", "1"]])], "noMatrixSheet"],
    ["no code column", [sheet(null, [["Tên xã", "TC1"], ["Hữu Lễ", "Đạt"]])], "wrongColumns"],
    ["no criterion column", [sheet(null, [["Mã xã", "Điểm"], ["06322", "19"]])], "wrongColumns"],
    ["a criterion twice", [sheet(null, [["Mã xã", "TC1", "tc 01"], ["06322", "Đạt", "Đạt"]])], "wrongColumns"],
    ["header only", [sheet(null, [HEADER])], "empty"],
    ["nothing", [sheet(null, [])], "empty"],
    ["indicator layout without its required columns", [sheet(null, [["Mã xã", "Mã chỉ tiêu", "Giá trị"], ["06322", "9.1", "0"]])], "wrongColumns"],
    ["two unknown sheets", [sheet("A", [HEADER, ["06322"]]), sheet("B", [HEADER, ["06322"]])], "noSheet"],
  ])("refuses %s", (_name, sheets, code) => {
    const r = extractEntries(sheets, "self", CRITERIA);
    expect(r).toEqual({ ok: false, problem: expect.objectContaining({ code }) });
  });

  it("reads a CSV by its header: the indicator layout when it names “Mã chỉ tiêu” (optional columns may be absent)", () => {
    const r = extractEntries([sheet(null, [["Mã xã", "Mã chỉ tiêu", "Giá trị", "Mẫu số"], ["06322", "2.1", "2", "7"]])], "self", CRITERIA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extracted.entries.indicators).toEqual([
      expect.objectContaining({ row: 2, communeCode: { text: "06322", formula: false }, indicatorCode: { text: "2.1", formula: false }, value: { text: "2", formula: false }, status: null, reason: null }),
    ]);
  });

  it("takes the indicator sheet of a workbook beside the matrix", () => {
    const r = extractEntries([sheet("Tự đánh giá", [HEADER, ["06322"]]), sheet("Chỉ tiêu", [["Mã xã", "Mã chỉ tiêu", "Giá trị", "Mẫu số", "Kết quả", "Lý do"], ["06322", "9.1", "0", "", "Đạt", ""]])], "self", CRITERIA);
    expect(r.ok && r.extracted.entries.indicators.length).toBe(1);
    expect(r.ok && r.extracted.sheetsRead).toEqual(["Tự đánh giá", "Chỉ tiêu"]);
  });

  it("indicator header helpers", () => {
    expect(isIndicatorHeader(["mã chỉ tiêu"])).toBe(true);
    expect(isIndicatorHeader(["Mã xã", "TC1"])).toBe(false);
    expect(readIndicatorHeader(["Mã xã", "Mã chỉ tiêu", "Giá trị", "Mẫu số", "Mẫu số"])).toEqual({ ok: false, missing: [], duplicate: ["Mẫu số"] });
  });
});
