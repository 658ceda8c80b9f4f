// Indicator values as a spreadsheet: the layout the import reads beside the communes × criteria
// matrix (lib/export/matrix-format.ts), which carries statuses only. Pure: no I/O, no clock.
//
// XLSX: an optional sheet "Chỉ tiêu" in the same workbook as the matrix sheets (or alone).
// CSV: a file whose header row has "Mã chỉ tiêu" is read as this layout (else as a matrix view).
// Row 1 is the header; one row per commune × indicator from row 2 on:
//   "Mã xã" | "Tên xã" | "Mã chỉ tiêu" | "Giá trị" | "Mẫu số" | "Giá trị phụ" | "Năm số liệu" | "Kết quả" | "Lý do"
//   - required: "Mã xã", "Mã chỉ tiêu", "Giá trị", "Mẫu số"; the others are optional columns, and
//     an absent optional column leaves what is recorded ("Tên xã" is informational).
//   - "Giá trị" by the indicator's kind: yes/no ("Có"/"Đạt" or "Không"/"Chưa đạt"), a count, a
//     percent ("28,6") or — with "Mẫu số" filled — the numerator (2 with 7 = 2/7 thôn), an
//     amount, or the first percent of a dual indicator ("Giá trị phụ" the second, 17.1).
//   - "Kết quả": an assessor's result (a matrix status label); where it differs from what the
//     rules compute, "Lý do" must say why (as on the editing page).
//   - a row whose value, denominator, second value and result are all empty changes nothing.
import { foldDiacritics } from "@/lib/domain/text";
import type { IndicatorField } from "@/lib/domain/import";

export const INDICATOR_SHEET = "Chỉ tiêu";

export const INDICATOR_COLUMNS: Record<IndicatorField | "name", string> = {
  communeCode: "Mã xã",
  name: "Tên xã",
  indicatorCode: "Mã chỉ tiêu",
  value: "Giá trị",
  denominator: "Mẫu số",
  secondary: "Giá trị phụ",
  referenceYear: "Năm số liệu",
  status: "Kết quả",
  reason: "Lý do",
};

export const INDICATOR_HEADERS = [
  INDICATOR_COLUMNS.communeCode,
  INDICATOR_COLUMNS.name,
  INDICATOR_COLUMNS.indicatorCode,
  INDICATOR_COLUMNS.value,
  INDICATOR_COLUMNS.denominator,
  INDICATOR_COLUMNS.secondary,
  INDICATOR_COLUMNS.referenceYear,
  INDICATOR_COLUMNS.status,
  INDICATOR_COLUMNS.reason,
] as const;

const REQUIRED: IndicatorField[] = ["communeCode", "indicatorCode", "value", "denominator"];
const OPTIONAL: IndicatorField[] = ["secondary", "referenceYear", "status", "reason"];

export interface IndicatorHeaderLayout {
  /** Field → 0-based column index (optional fields may be absent). */
  columns: Partial<Record<IndicatorField, number>>;
}

/** Is this header row the indicator layout (it names "Mã chỉ tiêu")? */
export function isIndicatorHeader(cells: readonly unknown[]): boolean {
  const target = foldDiacritics(INDICATOR_COLUMNS.indicatorCode);
  return cells.some((c) => c !== null && c !== undefined && foldDiacritics(String(c)) === target);
}

/** Where each field's column is; the required columns missing, or a column named twice. */
export function readIndicatorHeader(
  cells: readonly unknown[],
): { ok: true; layout: IndicatorHeaderLayout } | { ok: false; missing: string[]; duplicate: string[] } {
  const texts = cells.map((c) => (c === null || c === undefined ? "" : foldDiacritics(String(c))));
  const columns: Partial<Record<IndicatorField, number>> = {};
  const missing: string[] = [];
  const duplicate: string[] = [];
  for (const field of [...REQUIRED, ...OPTIONAL]) {
    const header = foldDiacritics(INDICATOR_COLUMNS[field]);
    const at = texts.flatMap((t, i) => (t === header ? [i] : []));
    if (at.length > 1) duplicate.push(INDICATOR_COLUMNS[field]);
    if (at.length === 0) {
      if (REQUIRED.includes(field)) missing.push(INDICATOR_COLUMNS[field]);
    } else columns[field] = at[0];
  }
  if (missing.length || duplicate.length) return { ok: false, missing, duplicate };
  return { ok: true, layout: { columns } };
}

/** The sheet name is the indicator sheet (folded comparison). */
export function isIndicatorSheet(name: string): boolean {
  return foldDiacritics(name) === foldDiacritics(INDICATOR_SHEET);
}
