import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sheetToCsv, toCsv, UTF8_BOM } from "@/lib/export/csv";
import { exportFilename, formatDay, formatVietnamTime } from "@/lib/export/document";
import { escapeCell, needsEscape } from "@/lib/export/escape";
import { readCsv } from "@/lib/import/read";

describe("escapeCell (formula injection)", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")', "-"])("escapes %j", (t) => {
    expect(needsEscape(t)).toBe(true);
    expect(escapeCell(t)).toBe(`'${t}`);
  });

  it.each(["", "Đạt", "Hữu Lễ", "1", "10,9", " =1", "'=1", "a=b", "Trong tháng 6/2020"])("keeps %j", (t) => {
    expect(needsEscape(t)).toBe(false);
    expect(escapeCell(t)).toBe(t);
  });

  it("never leaves a dangerous first character, and only ever adds one apostrophe", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        const e = escapeCell(t);
        expect(/^[=+\-@\t\r]/.test(e)).toBe(false);
        expect(e === t || e === `'${t}`).toBe(true);
      }),
    );
  });
});

describe("CSV", () => {
  it("starts with the UTF-8 BOM and ends lines with CRLF", () => {
    const csv = toCsv(["Mã xã", "Tên xã"], [["06322", "Hữu Lễ"]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe(`${UTF8_BOM}Mã xã,Tên xã\r\n06322,Hữu Lễ\r\n`);
  });

  it("quotes commas, quotes and line breaks; escapes formulas; numbers and empties", () => {
    const csv = toCsv(["a", "b", "c", "d"], [['x, "y"', "=1+1", 10.5, null], ["dòng 1\ndòng 2", "-2", Number.NaN, undefined]]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["a", "b", "c", "d"],
      ['x, "y"', "'=1+1", "10.5", ""],
      ["dòng 1\ndòng 2", "'-2", "", ""],
    ]);
  });

  it("any text survives a round trip (escaped when dangerous)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv(cells.map((_, i) => `h${i}`), [cells]);
        // The delimiter is given: left to guess, Papa takes a lone cell ";;;" for three semicolons.
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n", delimiter: "," }).data;
        expect(parsed[1]).toEqual(cells.map(escapeCell));
      }),
    );
  });

  it("the importer's own reader reads back what the export wrote, whatever the cells hold", () => {
    // Seeds the case that once slipped through a guessed delimiter.
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv(cells.map((_, i) => `h${i}`), [cells]);
        const read = readCsv(new TextEncoder().encode(csv));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const rows = read.sheets[0]!.rows.map((r) => r.cells.map((c) => c.text));
        expect(rows[0]).toEqual(cells.map((_, i) => `h${i}`));
        if (cells.every((c) => c.trim() === "")) return; // blank rows are skipped by design
        expect(rows[1]).toEqual(cells.map(escapeCell));
      }),
      { examples: [[[";;;"]], [["a;b", "c\td"]]] },
    );
  });

  it("a sheet's status cells become their labels and days dd/mm/yyyy", () => {
    const csv = sheetToCsv({
      name: "x",
      columns: [{ header: "TC1", width: 5 }, { header: "Hạn", width: 5 }, { header: "Kết quả", width: 5 }],
      rows: [[{ status: "nearly_met" }, { day: { year: 2020, month: 6, day: 30 } }, { status: "met", text: "Khớp" }]],
    });
    expect(csv).toBe(`${UTF8_BOM}TC1,Hạn,Kết quả\r\nGần đạt,30/06/2020,Khớp\r\n`);
  });
});

describe("file names and dates", () => {
  it("ASCII-safe names with the unit code and date", () => {
    expect(exportFilename(["ntm", "ma-tran", "184", "2020-05-20"])).toBe("ntm-ma-tran-184-2020-05-20");
    expect(exportFilename(["Tổng hợp", "Đồng Đăng", "", "x/../y"])).toBe("tong-hop-dong-dang-x-y");
    fc.assert(
      fc.property(fc.array(fc.string()), (parts) => {
        expect(exportFilename(parts)).toMatch(/^[a-z0-9-]*$/);
      }),
    );
  });

  it("formats days and Vietnam times", () => {
    expect(formatDay({ year: 2020, month: 5, day: 2 })).toBe("02/05/2020");
    expect(formatVietnamTime(new Date("2020-05-20T17:30:00Z"))).toBe("21/05/2020 00:30");
  });
});
