import { withScope } from "@/lib/api/authed";
import type { NextRequest } from "next/server";
import { badRequest, json, notFound } from "@/lib/api/respond";
import { getCommuneDetail } from "@/lib/data/commune";
import type { CommuneStanding } from "@/lib/domain/standing";
import { readAsOf, unitCodeSchema } from "@/lib/validation/params";

const counts = (s: CommuneStanding | null, total: number) =>
  s
    ? { met: s.met, nearlyMet: s.nearlyMet, notMet: s.notMet, notAssessed: s.notAssessed }
    : { met: 0, nearlyMet: 0, notMet: 0, notAssessed: total };

/** GET /api/v1/units/{code}/standing?asOf=YYYY-MM-DD: a commune's self and verified standing. */
export const GET = withScope(async (req: NextRequest, ctx: { params: Promise<{ code: string }> }, scope) => {
  const { code } = await ctx.params;
  const now = new Date();
  const asOf = readAsOf(req.nextUrl.searchParams.get("asOf"), now);
  if (!asOf.ok) return badRequest("asOf", asOf.message);
  const c = unitCodeSchema.safeParse(code).success ? await getCommuneDetail(scope, code, asOf.asOf.cutoff, now) : null;
  if (!c) return notFound(`No commune with code ${code}`);
  const total = c.set?.criteriaCount ?? 0;
  return json({
    code: c.unit.code,
    name: c.unit.name,
    asOf: asOf.asOf.iso,
    criteriaSet: c.set,
    basis: c.figure.basis,
    criteriaMet: c.figure.criteriaMet,
    self: counts(c.standing.self, total),
    verified: counts(c.standing.verified, total),
    criteria: c.groups.flatMap((g) =>
      g.criteria.map((cr) => ({
        number: cr.number,
        name: cr.name,
        group: g.code,
        self: cr.self.status,
        verified: cr.verified.status,
        departments: cr.departments.map((d) => ({ code: d.code, name: d.name, role: d.role })),
      })),
    ),
    disagreements: c.disagreements,
  });
});
