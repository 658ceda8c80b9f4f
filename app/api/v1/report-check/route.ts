import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { badRequest, json, notFound } from "@/lib/api/respond";
import { getReportCheckSnapshot } from "@/lib/data/report-check";
import { checkReport } from "@/lib/domain/report-check";
import { MAX_REPORT_TEXT_CHARS, parseReportCheckJson } from "@/lib/validation/report-check";

/** A body larger than the longest text accepted (UTF-8, up to 4 bytes a character) plus JSON. */
const MAX_BODY_BYTES = MAX_REPORT_TEXT_CHARS * 4 + 4096;

/**
 * POST /api/v1/report-check with JSON {district, asOf?, text}: the statements of figures and unit
 * names found in the text, each compared with the district's data as recorded at the end of asOf
 * (default today). Writes nothing. 400 names the bad parameter; 404 when the district is unknown
 * or not readable by the caller.
 */
export const POST = withScope(async (req: NextRequest, _ctx: unknown, scope) => {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return badRequest("body", "The body is too large.");
  const raw = await req.text();
  if (raw.length > MAX_BODY_BYTES) return badRequest("body", "The body is too large.");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return badRequest("body", "The body must be JSON: {district, asOf, text}.");
  }
  const input = parseReportCheckJson(body, new Date());
  if (!input.ok) return badRequest(input.parameter, input.message);
  const snapshot = await getReportCheckSnapshot(scope, input.district, input.asOf);
  if (!snapshot) return notFound(`No district ${input.district} that you may read.`);
  const result = checkReport(input.text, snapshot);
  return json({
    district: { code: snapshot.district.code, name: snapshot.district.name, kind: snapshot.district.kind },
    asOf: input.asOf.iso,
    summary: result.summary,
    suggestedAsOf: result.suggestedAsOf,
    findings: result.findings,
  });
});
