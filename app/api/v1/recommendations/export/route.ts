import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { badRequest } from "@/lib/api/respond";
import { getExporterName, listRegisterForExport } from "@/lib/data/exports";
import { describeRegisterFilters, passesStatusFilters, readRegisterExportFilters } from "@/lib/export/register-filters";
import { registerAsOf, registerExport } from "@/lib/export/register";
import { csvResponse, EXPORT_FORMATS, xlsxResponse } from "@/lib/export/respond";
import { readAsOf } from "@/lib/validation/params";

/**
 * GET /api/v1/recommendations/export?format=xlsx|csv&asOf=YYYY-MM-DD&status=&addressee=&commune=&criterion=&inspection=&overdue=1
 * The recommendation register the viewer may read, with the register page's filters; status,
 * overdue and last note as they stood at the end of the as-of day.
 */
export const GET = withScope(async (req: NextRequest, _ctx: unknown, scope) => {
  const q = req.nextUrl.searchParams;
  const now = new Date();
  const format = q.get("format") ?? "xlsx";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return badRequest("format", `format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const asOf = readAsOf(q.get("asOf"), now);
  if (!asOf.ok) return badRequest("asOf", asOf.message);
  const read = readRegisterExportFilters((k) => q.get(k));
  if (!read.ok) return badRequest(read.parameter, read.message);
  const f = read.filters;

  const on = asOf.asOf.isToday ? now : asOf.asOf.cutoff;
  const rows = registerAsOf(await listRegisterForExport(scope, f, asOf.asOf.cutoff), asOf.asOf.cutoff, on).filter((r) => passesStatusFilters(f, r.status, r.overdue));
  const doc = registerExport(
    rows,
    { unit: null, asOf: asOf.asOf.day, set: null, generatedAt: now, generatedBy: await getExporterName(scope) },
    ["Sổ theo dõi kiến nghị và lịch sử thay đổi trạng thái", "Báo cáo kết quả các đợt kiểm tra"],
    describeRegisterFilters(f),
  );
  const sheet = doc.sheets[0];
  return format === "csv" && sheet ? csvResponse(sheet, doc.filename) : xlsxResponse(doc);
});
