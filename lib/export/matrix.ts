// The communes × criteria matrix of a district or province as an export (layout: matrix-format.ts).
// One sheet per view (self, verified); a commune known only by a document total carries the total
// and empty criterion cells (nothing invented). Pure.
import type { StandingBasis } from "@/lib/domain/standing";
import { compareVietnamese } from "@/lib/domain/text";
import type { Status } from "@/lib/domain/types";
import { exportFilename, isoDay, type ExportCell, type ExportDocument, type ExportSheet } from "./document";
import { metaRows, type ExportContext } from "./meta";
import {
  BASIS_LABELS,
  MATRIX_FORMAT_VERSION,
  MATRIX_META_LABELS,
  MATRIX_SHEETS,
  MATRIX_VIEWS,
  criterionHeader,
  matrixHeaders,
  type MatrixView,
} from "./matrix-format";

export interface MatrixExportCommune {
  unitCode: string;
  unitName: string;
  basis: StandingBasis;
  criteriaMet: number | null;
  districtCode: string | null;
  /** Label of the document a total comes from (basis "document"). */
  documentLabel: string | null;
  statuses: Record<MatrixView, Readonly<Partial<Record<number, Status>>>>;
}

export interface MatrixExportInput {
  criteria: { number: number; name: string }[];
  communes: MatrixExportCommune[];
  /** District code → name (for the "Huyện" column); a district's own export passes itself. */
  districtNames: ReadonlyMap<string, string>;
}

function row(c: MatrixExportCommune, view: MatrixView, criteria: MatrixExportInput["criteria"], districtNames: ReadonlyMap<string, string>): ExportCell[] {
  const statuses = c.statuses[view];
  const hasCells = Object.keys(statuses).length > 0;
  const district = c.districtCode ? (districtNames.get(c.districtCode) ?? c.districtCode) : "";
  if (hasCells) {
    const cells = criteria.map((k) => ({ status: statuses[k.number] ?? ("not_assessed" as Status) }));
    const met = cells.filter((x) => x.status === "met").length;
    return [c.unitCode, c.unitName, district, met, BASIS_LABELS.detailed, ...cells];
  }
  // No per-criterion rows in this view: the figure as the page shows it (a document total, or the
  // verified count when only the other view has rows), never invented cells.
  const basis = c.basis === "document" ? `${BASIS_LABELS.document}${c.documentLabel ? ` (${c.documentLabel})` : ""}` : BASIS_LABELS.none;
  const total = c.basis === "document" ? c.criteriaMet : null;
  return [c.unitCode, c.unitName, district, total, basis, ...criteria.map(() => null)];
}

/** One view's sheet: communes by name (Vietnamese order), then code. */
export function matrixSheet(input: MatrixExportInput, view: MatrixView): ExportSheet {
  const headers = matrixHeaders(input.criteria.map((c) => c.number));
  const widths = [10, 22, 16, 10, 30, ...input.criteria.map(() => 13)];
  const communes = [...input.communes].sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitCode.localeCompare(b.unitCode));
  return {
    name: MATRIX_SHEETS[view],
    columns: headers.map((header, i) => ({ header, width: widths[i] ?? 13, wrap: i === 4 })),
    rows: communes.map((c) => row(c, view, input.criteria, input.districtNames)),
  };
}

export function matrixExport(input: MatrixExportInput, ctx: ExportContext, sources: readonly string[]): ExportDocument {
  const unit = ctx.unit;
  return {
    filename: exportFilename(["ntm", "ma-tran", unit?.code ?? "", isoDay(ctx.asOf)]),
    sheets: MATRIX_VIEWS.map((v) => matrixSheet(input, v)),
    meta: metaRows(ctx, "Ma trận xã × tiêu chí: xã tự đánh giá và kết quả thẩm định", sources, [
      [MATRIX_META_LABELS.version, MATRIX_FORMAT_VERSION],
      ["Ghi chú", "Ô tiêu chí để trống: không có số liệu theo từng tiêu chí (chỉ có tổng số theo văn bản, hoặc chưa có số liệu) — khác với “Chưa đánh giá”."],
      ...input.criteria.map((c): [string, string] => [criterionHeader(c.number), c.name]),
    ]),
    generatedAt: ctx.generatedAt,
  };
}

/** CSV of one view: the header row and the rows of that view's sheet. */
export function matrixCsvFilename(unitCode: string, view: MatrixView, asOf: ExportContext["asOf"]): string {
  return exportFilename(["ntm", "ma-tran", view === "self" ? "tu-danh-gia" : "tham-dinh", unitCode, isoDay(asOf)]);
}
