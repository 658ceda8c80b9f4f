import { describe, expect, it } from "vitest";
import { checkEvidenceFile, isSafeLink, parseEvidenceForm } from "@/lib/validation/evidence";
import { targetYearSchema } from "@/lib/validation/target-year";
import { docxBytes, pdfBytes, pngBytes } from "../domain/fixtures/zip";

const MAX = 1000;

function form(entries: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
}
const base = { communeCode: "06322", criterionNumber: "15" };

describe("parseEvidenceForm", () => {
  it("takes the kind from what was filled in", () => {
    expect(parseEvidenceForm(form({ ...base, text: "Biên bản họp thôn" }), MAX)).toMatchObject({ ok: true, data: { kind: "note", text: "Biên bản họp thôn", view: "self", indicatorCode: null } });
    expect(parseEvidenceForm(form({ ...base, url: "https://langson.gov.vn/qd-447", indicatorCode: "15.1" }), MAX)).toMatchObject({
      ok: true,
      data: { kind: "link", url: "https://langson.gov.vn/qd-447", indicatorCode: "15.1" },
    });
    const file = new File([pdfBytes()], "bien-ban.pdf", { type: "application/pdf" });
    expect(parseEvidenceForm(form({ ...base, file, view: "verified" }), MAX)).toMatchObject({ ok: true, data: { kind: "file", view: "verified" } });
    // the browser's empty part when no file was chosen is no file
    expect(parseEvidenceForm(form({ ...base, text: "x", file: new File([], "") }), MAX)).toMatchObject({ ok: true, data: { kind: "note" } });
  });

  it("takes an untouched file input as no file, however the empty part arrives", () => {
    // "" from the browser's FormData; "undefined" once Next's server action decoding made a File of `filename=""`
    for (const name of ["", "undefined", "blob"]) {
      const untouched = () => new File([], name, { type: "application/octet-stream" });
      expect(parseEvidenceForm(form({ ...base, url: "https://langson.gov.vn/qd-447.pdf", text: "Quyết định công nhận", file: untouched() }), MAX), name).toMatchObject({
        ok: true,
        data: { kind: "link", url: "https://langson.gov.vn/qd-447.pdf", text: "Quyết định công nhận", file: null },
      });
      expect(parseEvidenceForm(form({ ...base, text: "Biên bản họp thôn", file: untouched() }), MAX), name).toMatchObject({ ok: true, data: { kind: "note", file: null } });
      expect(parseEvidenceForm(form({ ...base, url: "https://langson.gov.vn/a.pdf", file: untouched() }), MAX), name).toMatchObject({ ok: true, data: { kind: "link" } });
      // nothing given at all: say what to give, next to the note
      expect(parseEvidenceForm(form({ ...base, text: "", url: "", file: untouched() }), MAX), name).toEqual({ ok: false, fieldErrors: { text: ["validation.evidenceEmpty"] } });
    }
  });

  it("refuses empty evidence, both a link and a file, and unsafe links", () => {
    expect(parseEvidenceForm(form({ ...base, text: "   " }), MAX)).toEqual({ ok: false, fieldErrors: { text: ["validation.evidenceEmpty"] } });
    const file = new File([pdfBytes()], "a.pdf");
    expect(parseEvidenceForm(form({ ...base, url: "https://a.vn", file }), MAX)).toEqual({ ok: false, fieldErrors: { url: ["validation.linkOrFile"] } });
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://a.vn/x", "file:///etc/passwd", "langson.gov.vn", "https://user:pass@a.vn/", "//a.vn"])
      expect(parseEvidenceForm(form({ ...base, url }), MAX)).toEqual({ ok: false, fieldErrors: { url: ["validation.urlInvalid"] } });
  });

  it("refuses files that are empty or too large, before reading them", () => {
    expect(parseEvidenceForm(form({ ...base, file: new File([], "a.pdf") }), MAX)).toEqual({ ok: false, fieldErrors: { file: ["validation.fileEmpty"] } });
    expect(parseEvidenceForm(form({ ...base, file: new File([new Uint8Array(MAX + 1)], "a.pdf") }), MAX)).toEqual({ ok: false, fieldErrors: { file: ["validation.fileTooLarge"] } });
  });

  it("refuses malformed fields", () => {
    expect(parseEvidenceForm(form({ ...base, criterionNumber: "0", text: "x" }), MAX)).toMatchObject({ ok: false, fieldErrors: { criterionNumber: ["validation.invalid"] } });
    expect(parseEvidenceForm(form({ ...base, indicatorCode: "../1", text: "x" }), MAX)).toMatchObject({ ok: false, fieldErrors: { indicatorCode: ["validation.invalid"] } });
    expect(parseEvidenceForm(form({ ...base, view: "inspection", text: "x" }), MAX)).toMatchObject({ ok: false, fieldErrors: { view: ["validation.invalid"] } });
    expect(parseEvidenceForm(form({ ...base, text: "x".repeat(2001) }), MAX)).toMatchObject({ ok: false, fieldErrors: { text: ["validation.tooLong"] } });
    expect(parseEvidenceForm(form({ ...base, file: "not a file" }), MAX)).toMatchObject({ ok: false, fieldErrors: { file: ["validation.invalid"] } });
  });
});

describe("checkEvidenceFile", () => {
  it("goes by the content and keeps a clean name with the right extension", () => {
    expect(checkEvidenceFile(pdfBytes(), "Biên bản.pdf")).toEqual({ ok: true, kind: "pdf", mimeType: "application/pdf", fileName: "Biên bản.pdf", extension: "pdf" });
    expect(checkEvidenceFile(docxBytes(), "bao-cao")).toMatchObject({ ok: true, kind: "docx", fileName: "bao-cao.docx" });
    expect(checkEvidenceFile(pngBytes(), "C:\\anh\\hien-truong.PNG")).toMatchObject({ ok: true, kind: "png", fileName: "hien-truong.PNG", extension: "png" });
  });

  it("refuses a file whose content is not accepted, whatever its name", () => {
    expect(checkEvidenceFile(new TextEncoder().encode("<script>alert(1)</script>"), "bao-cao.pdf")).toEqual({ ok: false, message: "validation.fileType" });
    expect(checkEvidenceFile(new TextEncoder().encode("MZ"), "setup.exe")).toEqual({ ok: false, message: "validation.fileType" });
  });

  it("refuses a name whose extension contradicts the content", () => {
    expect(checkEvidenceFile(pdfBytes(), "anh.png")).toEqual({ ok: false, message: "validation.fileNameMismatch" });
    expect(checkEvidenceFile(pdfBytes(), "trang.html")).toEqual({ ok: false, message: "validation.fileNameMismatch" });
  });
});

describe("isSafeLink", () => {
  it("accepts http and https links with a host", () => {
    expect(isSafeLink("http://vanquan.langson.gov.vn/tin-tuc?id=1")).toBe(true);
    expect(isSafeLink("https://xn--hu-l-6ra9f.vn/")).toBe(true);
    expect(isSafeLink("https://")).toBe(false);
  });
});

describe("targetYearSchema", () => {
  const ok = (targetYear: string) => targetYearSchema.safeParse({ communeCode: "06322", targetYear, version: "1" });
  it("accepts a year or empty", () => {
    expect(ok("2025")).toMatchObject({ success: true, data: { targetYear: 2025 } });
    expect(ok(" ")).toMatchObject({ success: true, data: { targetYear: null } });
  });
  it.each(["2009", "2101", "20a5", "2025.5", "1e3", "99999"])("refuses %j", (year) => {
    expect(ok(year).success).toBe(false);
  });
});
