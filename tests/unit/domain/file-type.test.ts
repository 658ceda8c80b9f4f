import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanFileName, fileExtension, nameMatchesKind, sniffFileKind, zipEntryNames } from "@/lib/domain/file-type";
import { docxBytes, jpegBytes, makeZip, pdfBytes, pngBytes, xlsxBytes } from "./fixtures/zip";

const text = (s: string) => new TextEncoder().encode(s);

describe("sniffFileKind", () => {
  it.each([
    ["pdf", pdfBytes()],
    ["png", pngBytes()],
    ["jpeg", jpegBytes()],
    ["docx", docxBytes()],
    ["xlsx", xlsxBytes()],
  ] as const)("recognises %s from its content", (kind, bytes) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it("refuses what only looks right by name or by a few bytes", () => {
    expect(sniffFileKind(new Uint8Array())).toBeNull();
    expect(sniffFileKind(text("%PDF"))).toBeNull(); // "%PDF-" needs the dash
    expect(sniffFileKind(text("Hello, this is a .pdf"))).toBeNull();
    expect(sniffFileKind(text("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(sniffFileKind(text("MZ\x90\x00"))).toBeNull(); // a Windows executable
    expect(sniffFileKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull(); // truncated PNG signature
    expect(sniffFileKind(Uint8Array.from([0xff, 0xd8]))).toBeNull();
    expect(sniffFileKind(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeNull(); // GIF
  });

  it("accepts a ZIP only when it is a Word or Excel file without macros", () => {
    expect(sniffFileKind(makeZip({ "a.txt": "hello" }))).toBeNull(); // a plain ZIP
    expect(sniffFileKind(makeZip({ "word/document.xml": "x" }))).toBeNull(); // no [Content_Types].xml
    expect(sniffFileKind(makeZip({ "[Content_Types].xml": "x", "ppt/presentation.xml": "x" }))).toBeNull(); // PowerPoint
    expect(sniffFileKind(makeZip({ "[Content_Types].xml": "x", "word/document.xml": "x", "word/vbaProject.bin": "x" }))).toBeNull(); // .docm
    expect(sniffFileKind(makeZip({ "[Content_Types].xml": "x", "xl/workbook.xml": "x", "xl/vbaProject.bin": "x" }))).toBeNull(); // .xlsm
    expect(sniffFileKind(makeZip({ "[Content_Types].xml": "x", "word/document.xml": "x", "xl/workbook.xml": "x" }))).toBeNull();
    // an archive comment between the directory and the end is allowed
    expect(sniffFileKind(makeZip({ "[Content_Types].xml": "x", "xl/workbook.xml": "x" }, "made by a test"))).toBe("xlsx");
  });

  it("never throws on random or truncated bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const kind = sniffFileKind(bytes);
        expect(kind === null || ["pdf", "png", "jpeg", "docx", "xlsx"].includes(kind)).toBe(true);
      }),
    );
    const docx = docxBytes();
    for (let cut = 4; cut < docx.length; cut += 7) expect(() => sniffFileKind(docx.subarray(0, cut))).not.toThrow();
    // a random tail after the ZIP signature is not an Office file
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        expect(sniffFileKind(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]))).toBeNull();
      }),
    );
  });
});

describe("zipEntryNames", () => {
  it("lists the entries from the central directory", () => {
    expect(zipEntryNames(makeZip({ "a.txt": "1", "dir/b.xml": "22" }))).toEqual(["a.txt", "dir/b.xml"]);
    expect(zipEntryNames(pdfBytes())).toBeNull();
  });

  it("refuses a directory pointing outside the archive", () => {
    const zip = makeZip({ "a.txt": "1" });
    const broken = Uint8Array.from(zip);
    broken[broken.length - 6] = 0xff; // central directory offset far beyond the end
    expect(zipEntryNames(broken)).toBeNull();
  });
});

describe("file names", () => {
  it("reads the extension in lower case", () => {
    expect(fileExtension("Biên bản.PDF")).toBe("pdf");
    expect(fileExtension("archive.tar.gz")).toBe("gz");
    expect(fileExtension("no-extension")).toBeNull();
    expect(fileExtension("trailing.")).toBeNull();
    expect(fileExtension("Biên bản 20.5.2020")).toBeNull();
  });

  it("checks the extension against the sniffed kind", () => {
    expect(nameMatchesKind("anh.JPG", "jpeg")).toBe(true);
    expect(nameMatchesKind("anh.jpeg", "jpeg")).toBe(true);
    expect(nameMatchesKind("bao-cao.pdf", "pdf")).toBe(true);
    expect(nameMatchesKind("bao-cao", "pdf")).toBe(true);
    expect(nameMatchesKind("bao-cao.png", "pdf")).toBe(false);
    expect(nameMatchesKind("virus.exe", "pdf")).toBe(false);
    expect(nameMatchesKind("bang.xlsx", "docx")).toBe(false);
  });

  it("keeps a clean display name: last segment, no control or header-breaking characters", () => {
    expect(cleanFileName("C:\\Users\\xa\\Biên bản kiểm tra.pdf")).toBe("Biên bản kiểm tra.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\r\nc.pdf')).toBe("abc.pdf");
    expect(cleanFileName("..")).toBe("tep");
    expect(cleanFileName("   ")).toBe("tep");
    const long = cleanFileName(`${"x".repeat(500)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".docx")).toBe(true);
    // decomposed Vietnamese (as some systems send it) is stored composed
    expect(cleanFileName("Hu\u031b\u0303u Le\u0302\u0303.pdf")).toBe("Hữu Lễ.pdf");
  });
});
