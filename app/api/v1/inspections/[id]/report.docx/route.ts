import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { badRequest, notFound } from "@/lib/api/respond";
import { getInspectionReport } from "@/lib/data/inspection-report";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { renderInspectionReportDocx } from "@/lib/report/docx";
import { reportBlocks } from "@/lib/report/inspection-report-text";

/** Only letters, digits, dot, dash and underscore survive in the file name. */
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120) || "report.docx";

/**
 * GET /api/v1/inspections/{id}/report.docx: the generated inspection report as a Word document,
 * every figure computed from the data as of the inspection date, in the reader's language. The
 * same readers as the print page (getInspectionReport: who reads the inspection, every unit visited
 * and the area it gives figures for — a district officer of the inspected district, not a commune
 * official); unknown and out-of-scope inspections answer 404 alike.
 */
export const GET = withScope(async (req: NextRequest, ctx: { params: Promise<{ id: string }> }, scope) => {
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id) || Number(id) < 1) return badRequest("id", "The inspection id must be a positive whole number.");
  const data = await getInspectionReport(scope, Number(id));
  if (!data) return notFound(`No inspection with id ${id}`);
  const locale = resolveLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const doc = reportBlocks(data.report, { locale, t: translatorFor(locale), asOfIso: data.asOf.iso, setName: data.setName });
  const bytes = new Uint8Array(await renderInspectionReportDocx(doc));
  const fileName = safeFileName(doc.fileName);
  return new Response(bytes, {
    status: 200,
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
