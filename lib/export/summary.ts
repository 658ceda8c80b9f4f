// A district's or province's summary as an export: key figures (with how the average is made up),
// the distribution, the districts of a province, and every figure the documents state with the
// consistency result. XLSX: one sheet per part; CSV: one long table (Phần, Mục, …). Pure.
import type { ConsistencyRow } from "@/lib/domain/consistency";
import type { AreaSummary } from "@/lib/domain/summary";
import { DEFAULT_FLOOR } from "@/lib/domain/summary";
import { metric as metricLabels } from "@/lib/i18n/messages/vi";
import { exportFilename, isoDay, type ExportCell, type ExportDocument, type ExportSheet } from "./document";
import { metaRows, type ExportContext } from "./meta";

export interface SummaryExportInput {
  summary: AreaSummary;
  totalCriteria: number;
  consistency: ConsistencyRow[];
  districts: { code: string; name: string; summary: AreaSummary }[];
  unitCode: string;
}

/** How the average is made up, in words ("its kind"). */
export function averageKind(s: AreaSummary): string {
  if (s.withFigureCount === 0) return "Không tính được: chưa xã nào có số liệu";
  const parts: string[] = [];
  if (s.detailedCount > 0) parts.push(`${s.detailedCount} xã theo đánh giá từng tiêu chí`);
  if (s.documentCount > 0) parts.push(`${s.documentCount} xã theo tổng số trong văn bản`);
  const kind = s.detailedCount > 0 && s.documentCount > 0 ? "Hỗn hợp" : s.detailedCount > 0 ? "Theo đánh giá từng tiêu chí" : "Theo tổng số trong văn bản";
  const missing = s.missingCount > 0 ? `; ${s.missingCount} xã chưa có số liệu không được tính` : "";
  return `${kind}: tính trên ${s.withFigureCount}/${s.communeCount} xã (${parts.join(", ")})${missing}`;
}

/** "Số xã đạt 19 tiêu chí" from a metric and its parameter. */
export function metricLabel(metric: string, param: number | null): string {
  const label = (metricLabels as Record<string, string>)[metric] ?? metric;
  return label.replace("{param}", param === null ? "…" : String(param));
}

function resultCell(r: ConsistencyRow): ExportCell {
  if (!r.checkable) return { status: "not_assessed", text: "Không kiểm tra được" };
  return r.consistent ? { status: "met", text: "Khớp" } : { status: "not_met", text: "Không khớp" };
}

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function summarySheets(input: SummaryExportInput): ExportSheet[] {
  const s = input.summary;
  const statedAverage = input.consistency.find((r) => r.metric === "average_criteria_met" && r.unitCode === input.unitCode);
  const keyRows: ExportCell[][] = [
    ["Số xã", s.communeCount, null],
    ["Số xã có số liệu", s.withFigureCount, `${s.detailedCount} theo từng tiêu chí, ${s.documentCount} theo tổng số văn bản`],
    ["Bình quân tiêu chí/xã (tính từ dữ liệu)", oneDecimal(s.averageCriteriaMet), averageKind(s)],
  ];
  if (statedAverage) {
    keyRows.push(["Bình quân tiêu chí/xã (văn bản nêu)", statedAverage.stated, `${resultText(statedAverage)}. ${statedAverage.source}`]);
  }
  keyRows.push(
    [`Số xã đạt ${input.totalCriteria}/${input.totalCriteria} tiêu chí`, s.communesMeetingAll, null],
    [`Số xã dưới ${DEFAULT_FLOOR} tiêu chí`, s.communesBelowFloor, null],
    ["Số xã chưa có số liệu", s.missingCount, null],
  );
  const sheets: ExportSheet[] = [
    {
      name: "Tổng hợp",
      columns: [
        { header: "Mục", width: 42 },
        { header: "Giá trị", width: 12, numFmt: "0.0##" },
        { header: "Ghi chú", width: 80, wrap: true },
      ],
      rows: keyRows,
    },
    {
      name: "Phân bố",
      columns: [
        { header: "Số tiêu chí đạt", width: 16 },
        { header: "Số xã", width: 10 },
        { header: "Các xã", width: 90, wrap: true },
      ],
      rows: s.distribution.map((b) => [b.criteriaMet, b.communeCount, b.units.join(", ")]),
    },
  ];
  if (input.districts.length > 0) {
    sheets.push({
      name: "Theo huyện",
      columns: [
        { header: "Mã huyện", width: 10 },
        { header: "Huyện", width: 22 },
        { header: "Số xã", width: 10 },
        { header: "Số xã có số liệu", width: 14 },
        { header: "Bình quân tiêu chí/xã", width: 14, numFmt: "0.0" },
        { header: `Đạt ${input.totalCriteria}/${input.totalCriteria}`, width: 12 },
        { header: `Dưới ${DEFAULT_FLOOR} tiêu chí`, width: 14 },
      ],
      rows: input.districts.map((d) => [
        d.code,
        d.name,
        d.summary.communeCount,
        d.summary.withFigureCount,
        oneDecimal(d.summary.averageCriteriaMet),
        d.summary.communesMeetingAll,
        d.summary.communesBelowFloor,
      ]),
    });
  }
  sheets.push({
    name: "Đối chiếu văn bản",
    columns: [
      { header: "Nội dung", width: 24 },
      { header: "Mã đơn vị", width: 10 },
      { header: "Chỉ số", width: 30 },
      { header: "Văn bản ghi", width: 12, numFmt: "0.0#" },
      { header: "Tính từ dữ liệu", width: 14, numFmt: "0.0#" },
      { header: "Chênh lệch", width: 12, numFmt: "0.0#" },
      { header: "Kết quả", width: 20 },
      { header: "Nguồn", width: 80, wrap: true },
    ],
    rows: [...input.consistency]
      .sort((a, b) => rank(a) - rank(b))
      // Shown with at most two decimals, as on the consistency page; the difference without
      // floating-point noise (0,1625, not 0,16249999999999964).
      .map((r) => [r.subject, r.unitCode, metricLabel(r.metric, r.param), r.stated, r.computed, r.difference === null ? null : Math.round(r.difference * 1e6) / 1e6, resultCell(r), r.source]),
  });
  return sheets;
}

/** Mismatches first, then unchecked, then matches (the order of the page). */
function rank(r: ConsistencyRow): number {
  return !r.checkable ? 1 : r.consistent ? 2 : 0;
}

function resultText(r: ConsistencyRow): string {
  return !r.checkable ? "Không kiểm tra được" : r.consistent ? "Khớp với dữ liệu" : "Không khớp với dữ liệu";
}

export function summaryExport(input: SummaryExportInput, ctx: ExportContext, sources: readonly string[]): ExportDocument {
  return {
    filename: exportFilename(["ntm", "tong-hop", ctx.unit?.code ?? "", isoDay(ctx.asOf)]),
    sheets: summarySheets(input),
    meta: metaRows(ctx, "Tổng hợp kết quả: số liệu chính, phân bố, đối chiếu số liệu văn bản", sources),
    generatedAt: ctx.generatedAt,
  };
}

/** The summary as one CSV table: each part's rows under "Phần", columns aligned to the widest. */
export function summaryAsOneSheet(sheets: ExportSheet[]): ExportSheet {
  const width = Math.max(...sheets.map((s) => s.columns.length));
  const rows: ExportCell[][] = [];
  for (const s of sheets) {
    rows.push([s.name, ...s.columns.map((c) => c.header), ...Array(width - s.columns.length).fill(null)]);
    for (const r of s.rows) rows.push([s.name, ...r, ...Array(width - r.length).fill(null)]);
  }
  return {
    name: "Tổng hợp",
    columns: [{ header: "Phần", width: 20 }, ...Array.from({ length: width }, (_, i) => ({ header: `Cột ${i + 1}`, width: 20 }))],
    rows,
  };
}
