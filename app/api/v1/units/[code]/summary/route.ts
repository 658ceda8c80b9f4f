import { withScope } from "@/lib/api/authed";
import type { NextRequest } from "next/server";
import { badRequest, json, notFound } from "@/lib/api/respond";
import { getAreaStanding } from "@/lib/data/standing";
import { readAsOf, unitCodeSchema } from "@/lib/validation/params";

/** GET /api/v1/units/{code}/summary?asOf=YYYY-MM-DD: a district's or province's summary. */
export const GET = withScope(async (req: NextRequest, ctx: { params: Promise<{ code: string }> }, scope) => {
  const { code } = await ctx.params;
  const asOf = readAsOf(req.nextUrl.searchParams.get("asOf"), new Date());
  if (!asOf.ok) return badRequest("asOf", asOf.message);
  const area = unitCodeSchema.safeParse(code).success ? await getAreaStanding(scope, code, asOf.asOf.cutoff) : null;
  if (!area) return notFound(`No district or province with code ${code}`);
  const s = area.summary;
  return json({
    code: area.unit.code,
    name: area.unit.name,
    kind: area.unit.kind,
    asOf: asOf.asOf.iso,
    criteriaSet: area.set && { code: area.set.code, name: area.set.name, criteriaCount: area.set.criteriaCount },
    communeCount: s.communeCount,
    averageCriteriaMet: s.averageCriteriaMet,
    distribution: s.distribution.map((b) => ({ criteriaMet: b.criteriaMet, communeCount: b.communeCount, communes: b.unitCodes })),
    communesMeetingAll: s.communesMeetingAll,
    communesBelowFloor: { floor: 5, count: s.communesBelowFloor },
    figures: { detailed: s.detailedCount, documentTotals: s.documentCount, missing: s.missingCount },
    communes: area.communes.map((c) => ({ code: c.unitCode, name: c.unitName, criteriaMet: c.criteriaMet, basis: c.basis })),
    inconsistencies: area.consistency
      .filter((r) => r.checkable && !r.consistent)
      .map((r) => ({ subject: r.subject, unitCode: r.unitCode, metric: r.metric, stated: r.stated, computed: r.computed, source: r.source })),
  });
});
