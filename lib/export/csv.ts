// CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as Windows-1252),
// comma-separated, CRLF line ends, every text cell escaped against formula injection. Pure.
import Papa from "papaparse";
import { formatDay, type ExportCell, type ExportSheet } from "./document";
import { escapeCell } from "./escape";
import { STATUS_LABELS } from "./matrix-format";

export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

/** One CSV document (string, BOM first) from a header row and data rows. Numbers are written
 * with a dot (machine-readable; Excel in a Vietnamese locale still reads integers correctly). */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (v: CsvCell): string => (v === null || v === undefined ? "" : typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : escapeCell(v));
  const body = Papa.unparse(
    { fields: headers.map((h) => escapeCell(h)), data: rows.map((r) => r.map(cell)) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
  return `${UTF8_BOM}${body}\r\n`;
}

/** One sheet of an export as CSV: statuses as their labels (or text), days as dd/mm/yyyy. */
export function sheetToCsv(sheet: ExportSheet): string {
  const cell = (v: ExportCell): CsvCell => {
    if (v === null || typeof v === "string" || typeof v === "number") return v;
    if ("status" in v) return v.text ?? STATUS_LABELS[v.status];
    if ("tone" in v) return v.text;
    return formatDay(v.day);
  };
  return toCsv(
    sheet.columns.map((c) => c.header),
    sheet.rows.map((r) => r.map(cell)),
  );
}
