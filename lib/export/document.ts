// What an export is before it becomes a file: named sheets of typed cells plus the metadata rows.
// Builders (matrix.ts, summary.ts, gaps.ts, register.ts) make one from data; xlsx.ts and csv.ts
// write it. Pure.
import type { Status } from "@/lib/domain/types";
import type { CalendarDate } from "@/lib/domain/types";

/** A cell: text (escaped when written), a number, nothing, a status (its label, or `text`, on the
 * status colours: never colour alone) or a day. */
export type ExportCell = string | number | null | { status: Status; text?: string } | { tone: Tone; text: string } | { day: CalendarDate };

/** Colours of the app's badges other than the criterion statuses (app/globals.css). */
export type Tone = "warning" | "info";
export const TONE_COLOURS: Record<Tone, { fill: string; font: string; border: string }> = {
  warning: { fill: "FFFFFBEB", font: "FF92400E", border: "FFD97706" },
  info: { fill: "FFEFF6FF", font: "FF1E3A8A", border: "FF3B82F6" },
};

export interface ExportColumn {
  header: string;
  /** Width in characters (Excel's unit). */
  width: number;
  /** Excel number format for numeric cells, e.g. "0.0". */
  numFmt?: string;
  /** Long text: wrap within the width. */
  wrap?: boolean;
}

export interface ExportSheet {
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

export interface ExportDocument {
  /** File name without extension (ASCII-safe, see exportFilename). */
  filename: string;
  sheets: ExportSheet[];
  /** Rows of the "Thông tin" sheet: label, value. */
  meta: [string, string | number][];
  /** When the export was made (workbook properties). */
  generatedAt: Date;
}

/** dd/mm/yyyy of a calendar day (vi-VN). */
export function formatDay(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** yyyy-mm-dd of a calendar day. */
export function isoDay(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** An ASCII-safe file name: parts joined by "-", only [a-z0-9-], e.g. "ntm-ma-tran-184-2020-05-20". */
export function exportFilename(parts: readonly (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter((p) => p !== "")
    .join("-");
}

/** A day in Vietnam as "dd/mm/yyyy hh:mm" (the time of the export). */
export function formatVietnamTime(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${two(v.getUTCHours())}:${two(v.getUTCMinutes())}`;
}
