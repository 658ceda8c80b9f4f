// A commune's gap list as an export: one row per unmet or nearly met criterion and open
// recommendation (the criterion repeated on each of its recommendations), then the open
// recommendations on no criterion or on a criterion not in the list. Pure.
import type { GapList, GapRecommendation } from "@/lib/domain/gaps";
import { calendarDateInVietnam } from "@/lib/domain/calendar-date";
import { departmentRole, recommendationStatus } from "@/lib/i18n/messages/vi";
import { exportFilename, isoDay, type ExportCell, type ExportDocument, type ExportSheet } from "./document";
import { metaRows, type ExportContext } from "./meta";

export interface GapExportInput {
  gaps: GapList;
  /** Indicator code → its content, to name the failing indicators. */
  indicatorContent: ReadonlyMap<string, string>;
  /** Criterion number → name (for recommendations on criteria outside the list). */
  criterionNames: ReadonlyMap<number, string>;
}

export const GAP_HEADERS = [
  "TC",
  "Tiêu chí",
  "Trạng thái",
  "Sở phụ trách",
  "Chỉ tiêu chưa đạt",
  "Kiến nghị",
  "Đơn vị thực hiện",
  "Hạn",
  "Hạn theo văn bản",
  "Quá hạn",
  "Tình trạng kiến nghị",
] as const;

function recCells(r: GapRecommendation | null): ExportCell[] {
  if (!r) return [null, null, null, null, null, null];
  const due = r.dueDate ? calendarDateInVietnam(r.dueDate) : null;
  return [
    r.text,
    r.addressee,
    due ? { day: due } : null,
    r.dueText,
    r.overdue ? { status: "not_met", text: "Quá hạn" } : r.dueDate ? "Chưa quá hạn" : "Không có hạn",
    recommendationStatus[r.status],
  ];
}

export function gapSheet(input: GapExportInput): ExportSheet {
  const rows: ExportCell[][] = [];
  for (const g of input.gaps.items) {
    const departments = g.departments.map((d) => `${d.shortName} (${departmentRole[d.role].toLowerCase()})`).join(", ") || "Chưa phân công";
    const indicators = g.failingIndicators.map((f) => {
      const content = input.indicatorContent.get(f.code);
      return content ? `${f.code} ${content}` : f.code;
    });
    const head: ExportCell[] = [g.number, g.name, { status: g.status }, departments, indicators.join("; ") || null];
    if (g.recommendations.length === 0) rows.push([...head, ...recCells(null)]);
    for (const r of g.recommendations) rows.push([...head, ...recCells(r)]);
  }
  for (const r of input.gaps.otherCriteria) {
    const n = r.criterionNumber;
    rows.push([n, n !== null ? (input.criterionNames.get(n) ?? null) : null, null, null, null, ...recCells(r)]);
  }
  for (const r of input.gaps.general) rows.push([null, "Kiến nghị chung", null, null, null, ...recCells(r)]);
  const widths = [6, 30, 14, 22, 40, 60, 28, 12, 22, 14, 18];
  return {
    name: "Danh sách còn thiếu",
    columns: GAP_HEADERS.map((header, i) => ({ header, width: widths[i] ?? 16, wrap: i === 1 || i === 4 || i === 5 || i === 6 })),
    rows,
  };
}

export function gapExport(input: GapExportInput, ctx: ExportContext, sources: readonly string[], overdueOn: string): ExportDocument {
  return {
    filename: exportFilename(["ntm", "con-thieu", ctx.unit?.code ?? "", isoDay(ctx.asOf)]),
    sheets: [gapSheet(input)],
    meta: metaRows(ctx, "Danh sách tiêu chí còn thiếu và kiến nghị đang mở (theo kết quả thẩm định)", sources, [
      ["Số tiêu chí còn thiếu", input.gaps.items.length],
      ["Quá hạn tính đến ngày", overdueOn],
    ]),
    generatedAt: ctx.generatedAt,
  };
}
