// The communes × criteria matrix as a spreadsheet: the layout of the export AND the import template
// (an exported file imported back changes nothing). Pure: no I/O, no exceljs, no clock. The export
// (lib/export/matrix.ts) writes this layout; the import reads it with the helpers below.
//
// XLSX workbook (version 1):
//   - one sheet per view, in this order: "Tự đánh giá" (self), "Thẩm định" (verified);
//   - a metadata sheet "Thông tin" with two columns ("Mục", "Giá trị"); the row whose "Mục" is
//     "Phiên bản định dạng" holds MATRIX_FORMAT_VERSION; "Mã đơn vị", "Mã bộ tiêu chí" and
//     "Số liệu tính đến ngày" (dd/mm/yyyy) are also there (see MATRIX_META_LABELS).
// Each view sheet: row 1 is the header (frozen), one row per commune from row 2 on:
//   "Mã xã" | "Tên xã" | "Huyện" | "Số tiêu chí đạt" | "Nguồn số liệu" | "TC1" | "TC2" | … | "TCn"
//   - "Mã xã": the GSO code as text ("06322"; leading zeros kept).
//   - "Huyện", "Số tiêu chí đạt", "Nguồn số liệu" are informational (computed on export, ignored by
//     the import). "Nguồn số liệu" is one of BASIS_LABELS.
//   - "TC<n>": the status label of criterion n (STATUS_LABELS). An EMPTY cell means "no
//     per-criterion data" — for a commune known only by a document total, every TC cell is empty
//     and the total sits in "Số tiêu chí đạt"; an import must treat empty as "leave unchanged",
//     never as "Chưa đánh giá". The criterion names are in the "Thông tin" sheet, not the header.
// CSV: one view per file (?view=self|verified), UTF-8 with a BOM, comma-separated, the same header
// row and columns as a view sheet; no metadata (the file name carries unit code, view and date).
// Text cells that start with =, +, -, @, tab or CR are written with a leading apostrophe
// (lib/export/escape.ts); status labels, codes and names never start with one.
import type { Status, View } from "@/lib/domain/types";
import { STATUSES } from "@/lib/domain/types";
import { foldDiacritics } from "@/lib/domain/text";

/** Bumped whenever the layout changes in a way an importer must know about. */
export const MATRIX_FORMAT_VERSION = 1;

/** Views exported as matrix sheets (inspection observations are not a matrix). */
export const MATRIX_VIEWS = ["self", "verified"] as const satisfies readonly View[];
export type MatrixView = (typeof MATRIX_VIEWS)[number];

/** Sheet names (≤ 31 characters, none of : \ / ? * [ ]). */
export const MATRIX_SHEETS: Record<MatrixView, string> = {
  self: "Tự đánh giá",
  verified: "Thẩm định",
};
export const META_SHEET = "Thông tin";

/** Fixed columns, in order, before the criterion columns. */
export const MATRIX_COLUMNS = {
  code: "Mã xã",
  name: "Tên xã",
  district: "Huyện",
  total: "Số tiêu chí đạt",
  basis: "Nguồn số liệu",
} as const;
export const MATRIX_FIXED_HEADERS = [MATRIX_COLUMNS.code, MATRIX_COLUMNS.name, MATRIX_COLUMNS.district, MATRIX_COLUMNS.total, MATRIX_COLUMNS.basis] as const;

/** Header of criterion n's column: "TC1" … "TC19". */
export function criterionHeader(n: number): string {
  return `TC${n}`;
}

/** The criterion number of a header ("TC7", "tc 07", "TC.7" → 7), or null for any other header. */
export function criterionNumberOfHeader(header: string): number | null {
  const m = /^tc[\s.]*0*(\d{1,2})$/i.exec(header.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}

/** The whole header row for a set of criteria numbers (in the given order). */
export function matrixHeaders(criterionNumbers: readonly number[]): string[] {
  return [...MATRIX_FIXED_HEADERS, ...criterionNumbers.map(criterionHeader)];
}

/** Status ↔ label: the export writes these labels; the import reads them (and the aliases below). */
export const STATUS_LABELS: Record<Status, string> = {
  met: "Đạt",
  nearly_met: "Gần đạt",
  not_met: "Chưa đạt",
  not_assessed: "Chưa đánh giá",
};

/** Other spellings an import accepts (folded: no case, diacritics or extra spaces). */
const STATUS_ALIASES: Record<string, Status> = {
  "co ban dat": "nearly_met",
  "chua danh gia": "not_assessed",
  met: "met",
  nearly_met: "nearly_met",
  not_met: "not_met",
  not_assessed: "not_assessed",
  "nearly met": "nearly_met",
  "not met": "not_met",
  "not assessed": "not_assessed",
};

export type StatusCell = { kind: "empty" } | { kind: "status"; status: Status } | { kind: "invalid"; text: string };

/** Reads one criterion cell: empty (leave unchanged), a status, or invalid text. */
export function parseStatusCell(raw: unknown): StatusCell {
  if (raw === null || raw === undefined) return { kind: "empty" };
  const text = String(raw).trim();
  if (text === "") return { kind: "empty" };
  const folded = foldDiacritics(text);
  for (const s of STATUSES) if (foldDiacritics(STATUS_LABELS[s]) === folded) return { kind: "status", status: s };
  const alias = STATUS_ALIASES[folded];
  return alias ? { kind: "status", status: alias } : { kind: "invalid", text };
}

/** How a row's figure is known ("Nguồn số liệu"). */
export const BASIS_LABELS = {
  detailed: "Theo từng tiêu chí",
  document: "Tổng số theo văn bản",
  none: "Chưa có số liệu",
} as const;

/** Row labels ("Mục") of the metadata sheet. The import needs `version`; the others inform. */
export const MATRIX_META_LABELS = {
  what: "Nội dung",
  version: "Phiên bản định dạng",
  unitCode: "Mã đơn vị",
  unitName: "Đơn vị",
  asOf: "Số liệu tính đến ngày",
  setCode: "Mã bộ tiêu chí",
  setName: "Bộ tiêu chí",
  source: "Nguồn",
  generatedAt: "Thời điểm xuất",
  generatedBy: "Người xuất",
} as const;
export const META_HEADERS = ["Mục", "Giá trị"] as const;

export interface MatrixHeaderLayout {
  /** 0-based column index of "Mã xã". */
  codeColumn: number;
  /** 0-based column index of "Tên xã", or null when absent (the name is informational). */
  nameColumn: number | null;
  /** Criterion number → 0-based column index. */
  criterionColumns: Map<number, number>;
}

export type MatrixHeaderProblem =
  | { kind: "missing_code_column" }
  | { kind: "no_criterion_columns" }
  | { kind: "duplicate_criterion"; number: number }
  | { kind: "unknown_criterion"; number: number };

/**
 * Reads a header row (cells as text) against the criteria numbers of the set: where the code and
 * each criterion column are. Unknown non-criterion headers are ignored (informational columns).
 */
export function readMatrixHeader(
  cells: readonly unknown[],
  knownCriteria: readonly number[],
): { ok: true; layout: MatrixHeaderLayout } | { ok: false; problems: MatrixHeaderProblem[] } {
  const problems: MatrixHeaderProblem[] = [];
  const texts = cells.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
  const foldedCode = foldDiacritics(MATRIX_COLUMNS.code);
  const foldedName = foldDiacritics(MATRIX_COLUMNS.name);
  const codeColumn = texts.findIndex((t) => foldDiacritics(t) === foldedCode);
  const nameIndex = texts.findIndex((t) => foldDiacritics(t) === foldedName);
  const criterionColumns = new Map<number, number>();
  const known = new Set(knownCriteria);
  texts.forEach((t, i) => {
    const n = criterionNumberOfHeader(t);
    if (n === null) return;
    if (!known.has(n)) problems.push({ kind: "unknown_criterion", number: n });
    else if (criterionColumns.has(n)) problems.push({ kind: "duplicate_criterion", number: n });
    else criterionColumns.set(n, i);
  });
  if (codeColumn < 0) problems.push({ kind: "missing_code_column" });
  if (criterionColumns.size === 0 && !problems.some((p) => p.kind === "unknown_criterion")) problems.push({ kind: "no_criterion_columns" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, layout: { codeColumn, nameColumn: nameIndex < 0 ? null : nameIndex, criterionColumns } };
}

/** The view a sheet name stands for (exact names, folded), or null. */
export function viewOfSheet(name: string): MatrixView | null {
  const folded = foldDiacritics(name);
  for (const v of MATRIX_VIEWS) if (foldDiacritics(MATRIX_SHEETS[v]) === folded) return v;
  return null;
}

/** Status colours of the app (app/globals.css --color-status-*), as ARGB for XLSX fills/fonts. */
export const STATUS_COLOURS: Record<Status, { fill: string; font: string; border: string }> = {
  met: { fill: "FFDCFCE7", font: "FF166534", border: "FF16A34A" },
  nearly_met: { fill: "FFFEF3C7", font: "FF92400E", border: "FFD97706" },
  not_met: { fill: "FFFEE2E2", font: "FF991B1B", border: "FFDC2626" },
  not_assessed: { fill: "FFF3F4F6", font: "FF374151", border: "FF6B7280" },
};
