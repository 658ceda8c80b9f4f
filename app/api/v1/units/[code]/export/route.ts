import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { badRequest, notFound } from "@/lib/api/respond";
import { getAreaExportData, getExporterName, getGapExportData } from "@/lib/data/exports";
import { getUnit } from "@/lib/data/units";
import { formatDay } from "@/lib/export/document";
import { gapExport } from "@/lib/export/gaps";
import { matrixCsvFilename, matrixExport, matrixSheet } from "@/lib/export/matrix";
import { MATRIX_VIEWS, type MatrixView } from "@/lib/export/matrix-format";
import { csvResponse, EXPORT_FORMATS, xlsxResponse, type ExportFormat } from "@/lib/export/respond";
import { summaryAsOneSheet, summaryExport } from "@/lib/export/summary";
import type { UnitKind } from "@/lib/domain/types";
import { calendarDateInVietnam } from "@/lib/domain/calendar-date";
import { readAsOf, unitCodeSchema } from "@/lib/validation/params";

const KINDS = ["matrix", "summary", "gaps"] as const;
type Kind = (typeof KINDS)[number];

/**
 * GET /api/v1/units/{code}/export?kind=matrix|summary|gaps&format=xlsx|csv&view=self|verified&asOf=YYYY-MM-DD
 * A district's or province's matrix (XLSX: both views; CSV: ?view=, default verified) or summary,
 * or a commune's gap list, as the pages show them on the date, within the viewer's scope.
 */
export const GET = withScope(async (req: NextRequest, ctx: { params: Promise<{ code: string }> }, scope) => {
  const { code } = await ctx.params;
  const q = req.nextUrl.searchParams;
  const now = new Date();
  const kind = q.get("kind") ?? "";
  if (!(KINDS as readonly string[]).includes(kind)) return badRequest("kind", `kind must be one of ${KINDS.join(", ")}`);
  const format = q.get("format") ?? "xlsx";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return badRequest("format", `format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const viewRaw = q.get("view");
  if (viewRaw !== null && !(MATRIX_VIEWS as readonly string[]).includes(viewRaw)) return badRequest("view", `view must be one of ${MATRIX_VIEWS.join(", ")}`);
  const view: MatrixView = (viewRaw as MatrixView | null) ?? "verified";
  const asOf = readAsOf(q.get("asOf"), now);
  if (!asOf.ok) return badRequest("asOf", asOf.message);

  const unit = unitCodeSchema.safeParse(code).success ? await getUnit(scope, code) : null;
  if (!unit) return notFound(`No unit with code ${code}`);
  const isArea = unit.kind === "district" || unit.kind === "province";
  if ((kind as Kind) === "gaps" ? unit.kind !== "commune" : !isArea) {
    return badRequest("kind", kind === "gaps" ? "kind=gaps is for a commune" : `kind=${kind} is for a district or a province`);
  }
  const base = { unit: { code: unit.code, name: unit.name, kind: unit.kind as UnitKind }, asOf: asOf.asOf.day, generatedAt: now, generatedBy: await getExporterName(scope) };

  if (kind === "gaps") {
    // Overdue on the chosen date (today when none).
    const on = asOf.asOf.isToday ? now : asOf.asOf.cutoff;
    const data = await getGapExportData(scope, code, asOf.asOf.cutoff, on);
    if (!data) return notFound(`No commune with code ${code}`);
    const day = calendarDateInVietnam(on);
    const doc = gapExport(data.input, { ...base, set: data.detail.set }, data.sources, day ? formatDay(day) : "");
    return respond(format as ExportFormat, doc, 0, doc.filename);
  }

  const data = await getAreaExportData(scope, code, asOf.asOf.cutoff);
  if (!data) return notFound(`No district or province with code ${code}`);
  const ctxExport = { ...base, set: data.area.set };
  if (kind === "matrix") {
    const doc = matrixExport(data.matrix, ctxExport, data.sources);
    if (format === "csv") return csvResponse(matrixSheet(data.matrix, view), matrixCsvFilename(unit.code, view, asOf.asOf.day));
    return xlsxResponse(doc);
  }
  const doc = summaryExport(data.summary, ctxExport, data.sources);
  if (format === "csv") return csvResponse(summaryAsOneSheet(doc.sheets), doc.filename);
  return xlsxResponse(doc);
});

function respond(format: ExportFormat, doc: Parameters<typeof xlsxResponse>[0], sheet: number, filename: string) {
  const s = doc.sheets[sheet];
  return format === "csv" && s ? csvResponse(s, filename) : xlsxResponse(doc);
}
