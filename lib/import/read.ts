// Reading an uploaded file into sheets of raw cells: what the bytes really are (magic bytes, not
// the name), the size limits, and each cell's text with whether it was a formula. Knows nothing
// of the layout (lib/import/extract.ts reads the sheets) nor of the database.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { zipEntryNames } from "@/lib/domain/file-type";
import type { RawCell } from "@/lib/domain/import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_UNCOMPRESSED_BYTES } from "@/lib/validation/import";

export interface RawRow {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** 0-based column index → cell. */
  cells: RawCell[];
}
export interface RawSheet {
  /** The sheet's name; null for a CSV file. */
  name: string | null;
  rows: RawRow[];
}

export type FileProblem =
  | { code: "empty" }
  | { code: "tooLarge"; limit: number }
  | { code: "tooManyRows"; limit: number }
  | { code: "notSpreadsheet" }
  | { code: "notUtf8" }
  | { code: "unreadable" }
  | { code: "noSheet" }
  | { code: "wrongColumns"; sheet: string | null; detail: string }
  | { code: "formatVersion"; found: string }
  | { code: "setUnknown"; found: string }
  | { code: "viewMismatch"; sheet: string }
  | { code: "noMatrixSheet"; sheet: string };

export type FileKind = "xlsx" | "csv";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const BOM = [0xef, 0xbb, 0xbf];
const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** What the bytes are: an XLSX workbook (a ZIP holding xl/workbook.xml), UTF-8 text (CSV), or a problem. */
export function sniffImportFile(bytes: Uint8Array): { ok: true; kind: FileKind } | { ok: false; problem: FileProblem } {
  if (bytes.length === 0) return { ok: false, problem: { code: "empty" } };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: { code: "tooLarge", limit: MAX_IMPORT_BYTES } };
  if (startsWith(bytes, ZIP_LOCAL)) {
    const names = zipEntryNames(bytes);
    if (!names || !names.includes("xl/workbook.xml")) return { ok: false, problem: { code: "notSpreadsheet" } };
    if (uncompressedSize(bytes) > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: { code: "tooLarge", limit: MAX_IMPORT_BYTES } };
    return { ok: true, kind: "xlsx" };
  }
  // UTF-16 text (Excel's "Unicode text"): a CSV in the wrong encoding, not a binary file.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, problem: { code: "notUtf8" } };
  // Text: no NUL byte (binary files: PDF, images, old .xls all have them early) and valid UTF-8.
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) return { ok: false, problem: { code: "notSpreadsheet" } };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, problem: { code: "notSpreadsheet" } }; // %PDF
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
  return { ok: true, kind: "csv" };
}

/** The sum of the uncompressed sizes in a ZIP's central directory (a zip bomb stops here). */
export function uncompressedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return Infinity;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Infinity;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const EMPTY: RawCell = { text: "", formula: false };

/** One exceljs cell value as text, and whether it was a formula. */
export function cellOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return { text: value, formula: false };
  // A number Excel stores as a number is kept as it is (its text is not read the Vietnamese way).
  if (typeof value === "number") return { text: String(value), formula: false, number: value };
  if (typeof value === "boolean") return { text: String(value), formula: false };
  if (value instanceof Date) return { text: value.toISOString(), formula: false };
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) {
      const result = v.result;
      return { text: result === null || result === undefined || typeof result === "object" ? String(v.formula ?? v.sharedFormula ?? "") : String(result), formula: true };
    }
    if (Array.isArray(v.richText)) return { text: (v.richText as { text?: string }[]).map((r) => r.text ?? "").join(""), formula: false };
    if (typeof v.text === "string") return { text: v.text, formula: false };
    if ("error" in v) return { text: String(v.error), formula: false };
  }
  return { text: String(value), formula: false };
}

const isBlank = (cells: RawCell[]) => cells.every((c) => c.text.trim() === "" && !c.formula);

/** The sheets of a workbook, empty rows left out. */
export async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; sheets: RawSheet[] } | { ok: false; problem: FileProblem }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problem: { code: "unreadable" } };
  }
  const sheets: RawSheet[] = [];
  let total = 0;
  for (const ws of workbook.worksheets) {
    const rows: RawRow[] = [];
    total += ws.actualRowCount;
    if (total > MAX_IMPORT_ROWS + workbook.worksheets.length * 2 + 50) return { ok: false, problem: { code: "tooManyRows", limit: MAX_IMPORT_ROWS } };
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: RawCell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
      if (!isBlank(cells)) rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: ws.name, rows });
  }
  return { ok: true, sheets };
}

/** The delimiter of the header line: comma (the export's), or the semicolon or tab that Excel
 * writes in some locales — whichever the first line has most of, outside quotes. */
export function csvDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text.slice(0, 4096)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return [";", "\t"].reduce((best, d) => (counts[d]! > counts[best]! ? d : best), ",");
}

/** A CSV file (UTF-8, BOM allowed, comma, semicolon or tab) as one sheet. */
export function readCsv(bytes: Uint8Array): { ok: true; sheets: RawSheet[] } | { ok: false; problem: FileProblem } {
  const text = new TextDecoder("utf-8").decode(startsWith(bytes, BOM) ? bytes.subarray(3) : bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: csvDelimiter(text) });
  const rows: RawRow[] = [];
  parsed.data.forEach((record, i) => {
    if (!Array.isArray(record)) return;
    const cells = record.map((t) => ({ text: String(t ?? ""), formula: false }));
    if (!isBlank(cells)) rows.push({ row: i + 1, cells });
  });
  if (rows.length > MAX_IMPORT_ROWS + 1) return { ok: false, problem: { code: "tooManyRows", limit: MAX_IMPORT_ROWS } };
  return { ok: true, sheets: [{ name: null, rows }] };
}

/** Sniffs and reads a file: its kind and sheets, or the problem that refuses it. */
export async function readImportFile(bytes: Uint8Array): Promise<{ ok: true; kind: FileKind; sheets: RawSheet[] } | { ok: false; problem: FileProblem }> {
  const sniffed = sniffImportFile(bytes);
  if (!sniffed.ok) return sniffed;
  const read = sniffed.kind === "xlsx" ? await readXlsx(bytes) : readCsv(bytes);
  return read.ok ? { ok: true, kind: sniffed.kind, sheets: read.sheets } : read;
}
