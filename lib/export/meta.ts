// The "Thông tin" sheet every export carries: what it is, the unit, the as-of date, where the
// figures come from, when and by whom it was made, and the criteria set. Pure.
import { unitKind } from "@/lib/i18n/messages/vi";
import type { CalendarDate, UnitKind } from "@/lib/domain/types";
import { formatDay, formatVietnamTime } from "./document";
import { MATRIX_META_LABELS as L } from "./matrix-format";

/** The app as it signs its exports. */
export const APP_NAME = "Nông thôn mới — Bảng theo dõi (NTM dashboard)";

export interface ExportContext {
  unit: { code: string; name: string; kind: UnitKind } | null;
  asOf: CalendarDate;
  set: { code: string; name: string } | null;
  generatedAt: Date;
  generatedBy: string;
}

/** "Huyện Văn Quan", "Xã Hữu Lễ". */
export function unitTitle(unit: { name: string; kind: UnitKind }): string {
  return `${unitKind[unit.kind]} ${unit.name}`;
}

/** Metadata rows: the fixed ones first (labels shared with the matrix format), then extras. */
export function metaRows(ctx: ExportContext, what: string, sources: readonly string[], extra: readonly [string, string | number][] = []): [string, string | number][] {
  const rows: [string, string | number][] = [[L.what, what]];
  if (ctx.unit) {
    rows.push([L.unitCode, ctx.unit.code], [L.unitName, unitTitle(ctx.unit)]);
  }
  rows.push([L.asOf, formatDay(ctx.asOf)]);
  if (ctx.set) rows.push([L.setCode, ctx.set.code], [L.setName, ctx.set.name]);
  const uniqueSources = [...new Set(sources.filter((s) => s.trim() !== ""))];
  rows.push([L.source, [APP_NAME, ...uniqueSources].join("; ")]);
  rows.push([L.generatedAt, formatVietnamTime(ctx.generatedAt)], [L.generatedBy, ctx.generatedBy]);
  return [...rows, ...extra];
}
