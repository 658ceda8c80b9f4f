import { describe, expect, it } from "vitest";
import { classifyReportFile, MAX_REPORT_FILE_BYTES, parseReportCheckForm, parseReportCheckJson } from "@/lib/validation/report-check";
import { docxBytes, jpegBytes, pdfBytes, pngBytes, xlsxBytes } from "../domain/fixtures/zip";

// Input of the report checker: the uploaded file judged by its bytes, and the form and JSON fields.

const now = new Date("2026-11-26T03:00:00Z");
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("classifyReportFile", () => {
  it.each<[string, Uint8Array, string, string]>([
    ["UTF-8 text", utf8("xã Hữu Lễ đạt 19/19 tiêu chí"), "bao-cao.txt", "text"],
    ["markdown", utf8("## Báo cáo\n"), "bao-cao.md", "text"],
    ["text without an extension", utf8("văn bản"), "bao-cao", "text"],
    ["a Word document", docxBytes(), "Báo cáo.docx", "docx"],
  ])("accepts %s", (_label, bytes, name, kind) => {
    expect(classifyReportFile(bytes, name)).toMatchObject({ ok: true, kind });
  });

  it.each<[string, Uint8Array, string, string]>([
    ["a PDF", pdfBytes(), "bao-cao.pdf", "fileType"],
    ["a PDF renamed .txt", pdfBytes(), "bao-cao.txt", "fileType"],
    ["a PNG", pngBytes(), "anh.png", "fileType"],
    ["a JPEG renamed .md", jpegBytes(), "anh.md", "fileType"],
    ["a spreadsheet", xlsxBytes(), "bang.xlsx", "fileType"],
    ["a spreadsheet renamed .docx", xlsxBytes(), "bang.docx", "fileType"],
    ["a Word document renamed .txt", docxBytes(), "bao-cao.txt", "fileNameMismatch"],
    ["text named .docx", utf8("văn bản"), "bao-cao.docx", "fileNameMismatch"],
    ["text named .html", utf8("<p>x</p>"), "trang.html", "fileType"],
    ["another ZIP archive", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "nen.txt", "fileType"],
    ["binary with NUL bytes", Uint8Array.from([0x41, 0x00, 0x42]), "x.txt", "fileType"],
    ["UTF-16", Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), "x.txt", "notUtf8"],
    ["Windows-1258", Uint8Array.from([0x78, 0xe3, 0x20, 0x48]), "x.txt", "notUtf8"],
    ["an empty file", new Uint8Array(0), "x.txt", "fileEmpty"],
    ["a file over the limit", new Uint8Array(MAX_REPORT_FILE_BYTES + 1).fill(0x61), "x.txt", "fileTooLarge"],
  ])("refuses %s", (_label, bytes, name, error) => {
    expect(classifyReportFile(bytes, name)).toEqual({ ok: false, error });
  });
});

describe("parseReportCheckForm", () => {
  const form = (e: Record<string, string | File>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(e)) f.set(k, v);
    return f;
  };

  it("accepts a district, a date and text; today when no date is given", () => {
    expect(parseReportCheckForm(form({ district: "184", asOf: "2020-05-20", text: "x" }), now)).toMatchObject({ ok: true, data: { district: "184", asOf: { iso: "2020-05-20" }, text: "x", file: null } });
    expect(parseReportCheckForm(form({ district: "184", text: "x" }), now)).toMatchObject({ ok: true, data: { asOf: { iso: "2026-11-26" } } });
  });

  it("prefers a chosen file to the pasted text", () => {
    const parsed = parseReportCheckForm(form({ district: "184", text: "", file: new File([utf8("x")], "a.txt") }), now);
    expect(parsed).toMatchObject({ ok: true, data: { text: null } });
  });

  it("names each bad field", () => {
    expect(parseReportCheckForm(form({ district: "abc", asOf: "2027-01-01", text: " " }), now)).toEqual({ ok: false, errors: { district: "district", asOf: "asOf", text: "textEmpty" } });
    expect(parseReportCheckForm(form({ district: "184", file: new File([new Uint8Array(MAX_REPORT_FILE_BYTES + 1)], "a.txt") }), now)).toEqual({ ok: false, errors: { file: "fileTooLarge" } });
    expect(parseReportCheckForm(form({ district: "184", text: new File([utf8("x")], "a.txt") as unknown as string, file: "chuỗi" }), now)).toMatchObject({ ok: false });
  });
});

describe("parseReportCheckJson", () => {
  it.each<[unknown, string]>([
    [null, "body"],
    ["text", "body"],
    [[], "body"],
    [{ district: 184, text: "x" }, "district"],
    [{ district: "184", asOf: "2020-13-01", text: "x" }, "asOf"],
    [{ district: "184", text: null }, "text"],
    [{ district: "184", text: "" }, "text"],
    [{ district: "184", text: "a".repeat(300_001) }, "text"],
  ])("%j → 400 on %s", (body, parameter) => {
    expect(parseReportCheckJson(body, now)).toMatchObject({ ok: false, parameter });
  });

  it("accepts {district, asOf, text}", () => {
    expect(parseReportCheckJson({ district: "184", asOf: "2020-05-20", text: "x" }, now)).toMatchObject({ ok: true, district: "184", asOf: { iso: "2020-05-20" }, text: "x" });
  });
});
