// The recommendation register as an export: every column of a recommendation, its status and
// overdue flag as of a date (from its notes' status changes), and its last note by then. Pure.
import { calendarDateInVietnam } from "@/lib/domain/calendar-date";
import { isOverdue } from "@/lib/domain/gaps";
import type { RecommendationStatus } from "@/lib/domain/types";
import { recommendationStatus } from "@/lib/i18n/messages/vi";
import { exportFilename, formatDay, isoDay, type ExportCell, type ExportDocument, type ExportSheet } from "./document";
import { metaRows, type ExportContext } from "./meta";

export interface RegisterNote {
  createdAt: Date;
  body: string;
  author: string | null;
  statusFrom: RecommendationStatus | null;
  statusTo: RecommendationStatus | null;
}

export interface RegisterExportRow {
  id: number;
  inspection: string | null;
  sourceSection: string | null;
  communeCode: string | null;
  communeName: string | null;
  criterionNumber: number | null;
  criterionName: string | null;
  indicatorCode: string | null;
  text: string;
  addressee: string;
  dueDate: Date | null;
  dueText: string | null;
  /** Status now (the notes say what it was before). */
  status: RecommendationStatus;
  createdAt: Date;
  /** In recording order. */
  notes: RegisterNote[];
}

/**
 * Status on a date: the last status change noted by then; if none, the status the first later
 * change started from; if the notes record no change at all, the current status.
 */
export function recommendationStatusAsOf(current: RecommendationStatus, notes: readonly RegisterNote[], cutoff: Date): RecommendationStatus {
  const changes = notes.filter((n) => n.statusTo !== null).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const before = changes.filter((n) => n.createdAt.getTime() <= cutoff.getTime());
  const last = before[before.length - 1];
  if (last?.statusTo) return last.statusTo;
  const next = changes.find((n) => n.createdAt.getTime() > cutoff.getTime());
  return next?.statusFrom ?? current;
}

/** The last note recorded by the cutoff, as "dd/mm/yyyy, author: body"; null without one. */
export function lastNoteAsOf(notes: readonly RegisterNote[], cutoff: Date): string | null {
  const seen = notes.filter((n) => n.createdAt.getTime() <= cutoff.getTime()).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const n = seen[seen.length - 1];
  if (!n) return null;
  const day = calendarDateInVietnam(n.createdAt);
  return `${day ? formatDay(day) : ""}${n.author ? `, ${n.author}` : ""}: ${n.body}`;
}

/** A recommendation's status as the register page's badge shows it (its words on its colours). */
function statusCell(status: RecommendationStatus): ExportCell {
  const text = recommendationStatus[status];
  switch (status) {
    case "open":
      return { tone: "warning", text };
    case "in_progress":
      return { tone: "info", text };
    case "done":
      return { status: "met", text };
    default:
      return { status: "not_assessed", text };
  }
}

export const REGISTER_HEADERS = [
  "Số",
  "Đợt kiểm tra",
  "Mục",
  "Mã xã",
  "Xã",
  "TC",
  "Tiêu chí",
  "Chỉ tiêu",
  "Nội dung kiến nghị",
  "Đơn vị thực hiện",
  "Hạn",
  "Hạn theo văn bản",
  "Trạng thái",
  "Quá hạn",
  "Ghi chú gần nhất",
] as const;

export interface RegisterRowAsOf {
  row: RegisterExportRow;
  status: RecommendationStatus;
  overdue: boolean;
  lastNote: string | null;
}

/** Each row's status, overdue flag and last note on the date (`cutoff`; overdue is judged on `on`). */
export function registerAsOf(rows: readonly RegisterExportRow[], cutoff: Date, on: Date): RegisterRowAsOf[] {
  return rows.map((row) => {
    const status = recommendationStatusAsOf(row.status, row.notes, cutoff);
    return { row, status, overdue: isOverdue({ dueDate: row.dueDate, status }, on), lastNote: lastNoteAsOf(row.notes, cutoff) };
  });
}

export function registerSheet(rows: readonly RegisterRowAsOf[]): ExportSheet {
  const widths = [6, 28, 8, 9, 16, 5, 24, 8, 60, 30, 12, 22, 16, 12, 50];
  return {
    name: "Kiến nghị",
    columns: REGISTER_HEADERS.map((header, i) => ({ header, width: widths[i] ?? 14, wrap: [1, 6, 8, 9, 14].includes(i) })),
    rows: rows.map(({ row: r, status, overdue, lastNote }): ExportCell[] => {
      const due = r.dueDate ? calendarDateInVietnam(r.dueDate) : null;
      return [
        r.id,
        r.inspection,
        r.sourceSection,
        r.communeCode,
        r.communeName,
        r.criterionNumber,
        r.criterionName,
        r.indicatorCode,
        r.text,
        r.addressee,
        due ? { day: due } : null,
        r.dueText,
        statusCell(status),
        overdue ? { status: "not_met", text: "Quá hạn" } : r.dueDate === null ? "Không có hạn" : "Không",
        lastNote,
      ];
    }),
  };
}

export function registerExport(rows: readonly RegisterRowAsOf[], ctx: ExportContext, sources: readonly string[], filters: string): ExportDocument {
  const overdue = rows.filter((r) => r.overdue).length;
  return {
    filename: exportFilename(["ntm", "kien-nghi", ctx.unit?.code ?? "", isoDay(ctx.asOf)]),
    sheets: [registerSheet(rows)],
    meta: metaRows(ctx, "Sổ theo dõi kiến nghị", sources, [
      ["Bộ lọc", filters],
      ["Số kiến nghị", rows.length],
      ["Số kiến nghị quá hạn", overdue],
      ["Trạng thái và quá hạn", `Tính đến hết ngày ${formatDay(ctx.asOf)}, theo lịch sử thay đổi trạng thái`],
    ]),
    generatedAt: ctx.generatedAt,
  };
}
