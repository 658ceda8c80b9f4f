// From the raw sheets of a file to the entries the import checks: the matrix sheet of the view the
// importer writes (lib/export/matrix-format.ts, the export's own layout) and the indicator sheet
// (lib/import/indicator-format.ts). Header problems refuse the whole file. Pure.
import type { ImportEntries, IndicatorEntry, IndicatorField, RawCell, StatusEntry } from "@/lib/domain/import";
import {
  MATRIX_COLUMNS,
  MATRIX_FORMAT_VERSION,
  MATRIX_META_LABELS,
  MATRIX_SHEETS,
  META_SHEET,
  readMatrixHeader,
  viewOfSheet,
  type MatrixView,
} from "@/lib/export/matrix-format";
import { foldDiacritics } from "@/lib/domain/text";
import { MAX_IMPORT_ROWS } from "@/lib/validation/import";
import { INDICATOR_COLUMNS, isIndicatorHeader, isIndicatorSheet, readIndicatorHeader } from "./indicator-format";
import type { FileProblem, RawSheet } from "./read";

const EMPTY: RawCell = { text: "", formula: false };
const textOf = (c: RawCell | undefined) => (c ? c.text.trim() : "");

export interface Extracted {
  entries: ImportEntries;
  /** Sheets read, and sheets of the other view left alone (named in the preview). */
  sheetsRead: string[];
  sheetsIgnored: string[];
  dataRows: number;
  /** The criteria set the metadata sheet names ("Mã bộ tiêu chí"), when there is one. */
  setCode: string | null;
}

function matrixEntries(sheet: RawSheet, criteria: readonly number[]): { ok: true; entries: StatusEntry[] } | { ok: false; problem: FileProblem } {
  const [header, ...rows] = sheet.rows;
  if (!header) return { ok: false, problem: { code: "empty" } };
  const read = readMatrixHeader(
    header.cells.map((c) => c.text),
    criteria,
  );
  if (!read.ok) {
    const detail = read.problems
      .map((p) =>
        p.kind === "missing_code_column"
          ? `"${MATRIX_COLUMNS.code}"`
          : p.kind === "no_criterion_columns"
            ? "TC1…TC" + Math.max(...criteria)
            : p.kind === "unknown_criterion"
              ? `TC${p.number}?`
              : `TC${p.number} ×2`,
      )
      .join(", ");
    return { ok: false, problem: { code: "wrongColumns", sheet: sheet.name, detail } };
  }
  const { codeColumn, criterionColumns } = read.layout;
  const headerText = (i: number) => textOf(header.cells[i]) || String(i + 1);
  const entries: StatusEntry[] = [];
  for (const r of rows) {
    const codeRef = { sheet: sheet.name, row: r.row, column: headerText(codeColumn) };
    for (const [n, col] of criterionColumns) {
      entries.push({
        ref: { sheet: sheet.name, row: r.row, column: headerText(col) },
        codeRef,
        communeCode: r.cells[codeColumn] ?? EMPTY,
        criterionNumber: n,
        value: r.cells[col] ?? EMPTY,
      });
    }
  }
  return { ok: true, entries };
}

function indicatorEntries(sheet: RawSheet): { ok: true; entries: IndicatorEntry[] } | { ok: false; problem: FileProblem } {
  const [header, ...rows] = sheet.rows;
  if (!header) return { ok: false, problem: { code: "empty" } };
  const read = readIndicatorHeader(header.cells.map((c) => c.text));
  if (!read.ok) return { ok: false, problem: { code: "wrongColumns", sheet: sheet.name, detail: [...read.missing, ...read.duplicate.map((d) => `${d} ×2`)].map((x) => `"${x}"`).join(", ") } };
  const cols = read.layout.columns;
  const columns = Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([k, v]) => [k, v])) as Record<IndicatorField, string>;
  const at = (r: (typeof rows)[number], f: IndicatorField) => (cols[f] === undefined ? null : (r.cells[cols[f]!] ?? EMPTY));
  return {
    ok: true,
    entries: rows.map((r) => ({
      row: r.row,
      sheet: sheet.name,
      columns,
      communeCode: at(r, "communeCode")!,
      indicatorCode: at(r, "indicatorCode")!,
      value: at(r, "value")!,
      denominator: at(r, "denominator")!,
      secondary: at(r, "secondary"),
      referenceYear: at(r, "referenceYear"),
      status: at(r, "status"),
      reason: at(r, "reason"),
    })),
  };
}

/** A value of the metadata sheet ("Mục" → "Giá trị"), when there is one. */
function metaValue(sheet: RawSheet, key: keyof typeof MATRIX_META_LABELS): string | null {
  const label = foldDiacritics(MATRIX_META_LABELS[key]);
  const row = sheet.rows.find((r) => foldDiacritics(textOf(r.cells[0])) === label);
  return row ? textOf(row.cells[1]) : null;
}

/**
 * The entries of a file for an importer who writes `view`. XLSX: the sheet of that view (the other
 * view's sheet is left alone), the indicator sheet, the format version; a workbook with one
 * unnamed sheet is read by its header like a CSV. CSV: by its header (indicator layout when it
 * names "Mã chỉ tiêu", else a matrix view, taken as the importer's view).
 */
export function extractEntries(sheets: RawSheet[], view: MatrixView, criteria: readonly number[]): { ok: true; extracted: Extracted } | { ok: false; problem: FileProblem } {
  const statuses: StatusEntry[] = [];
  const indicators: IndicatorEntry[] = [];
  const sheetsRead: string[] = [];
  const sheetsIgnored: string[] = [];
  let dataRows = 0;
  let setCode: string | null = null;
  const readSheet = (sheet: RawSheet, as: "matrix" | "indicators"): FileProblem | null => {
    if (sheet.rows.length === 0) return null;
    dataRows += sheet.rows.length - 1;
    if (as === "matrix") {
      const r = matrixEntries(sheet, criteria);
      if (!r.ok) return r.problem;
      for (const e of r.entries) statuses.push(e);
    } else {
      const r = indicatorEntries(sheet);
      if (!r.ok) return r.problem;
      for (const e of r.entries) indicators.push(e);
    }
    if (sheet.name) sheetsRead.push(sheet.name);
    return null;
  };
  const byHeader = (sheet: RawSheet) => (sheet.rows[0] && isIndicatorHeader(sheet.rows[0].cells.map((c) => c.text)) ? "indicators" : "matrix");

  const named = sheets.filter((s) => s.name !== null);
  const known = named.filter((s) => viewOfSheet(s.name!) !== null || isIndicatorSheet(s.name!) || foldDiacritics(s.name!) === foldDiacritics(META_SHEET));
  if (named.length === 0 || known.length === 0) {
    // CSV, or a hand-made workbook: its (only) sheet says by its header what it is.
    const data = sheets.filter((s) => s.rows.length > 0);
    if (data.length === 0) return { ok: false, problem: { code: "empty" } };
    if (data.length > 1) return { ok: false, problem: { code: "noSheet" } };
    const only = data[0]!;
    const problem = readSheet(only, byHeader(only));
    if (problem) return { ok: false, problem };
  } else {
    const meta = named.find((s) => foldDiacritics(s.name!) === foldDiacritics(META_SHEET));
    const version = meta ? metaValue(meta, "version") : null;
    setCode = (meta ? metaValue(meta, "setCode") : null) || null;
    if (version !== null && version !== "" && version !== String(MATRIX_FORMAT_VERSION)) return { ok: false, problem: { code: "formatVersion", found: version.slice(0, 20) } };
    for (const sheet of named) {
      const v = viewOfSheet(sheet.name!);
      if (v === view) {
        const problem = readSheet(sheet, "matrix");
        if (problem) return { ok: false, problem };
      } else if (v !== null) {
        if (sheet.rows.length > 1) sheetsIgnored.push(sheet.name!);
      } else if (isIndicatorSheet(sheet.name!)) {
        const problem = readSheet(sheet, "indicators");
        if (problem) return { ok: false, problem };
      }
    }
    if (sheetsRead.length === 0) {
      // Only the other view's sheet: say so rather than import nothing.
      const other = named.find((s) => viewOfSheet(s.name!) !== null && s.rows.length > 1);
      // Another of the app's workbooks (a summary, a gap list): name the sheet an import needs.
      return { ok: false, problem: { code: other ? "viewMismatch" : "noMatrixSheet", sheet: MATRIX_SHEETS[view] } };
    }
  }
  if (dataRows > MAX_IMPORT_ROWS) return { ok: false, problem: { code: "tooManyRows", limit: MAX_IMPORT_ROWS } };
  if (statuses.length === 0 && indicators.length === 0) return { ok: false, problem: { code: "empty" } };
  return { ok: true, extracted: { entries: { statuses, indicators }, sheetsRead, sheetsIgnored, dataRows, setCode } };
}
