import { withScope } from "@/lib/api/authed";
import type { NextRequest } from "next/server";
import { badRequest, json, notFound } from "@/lib/api/respond";
import { getAreaStanding } from "@/lib/data/standing";
import { matrixCell, matrixSortKey, sortMatrix } from "@/lib/domain/matrix";
import { readMatrixSort } from "@/lib/validation/matrix";
import type { Status } from "@/lib/domain/types";
import { readAsOf, unitCodeSchema } from "@/lib/validation/params";

/**
 * GET /api/v1/units/{code}/matrix?asOf=YYYY-MM-DD&sort=standing|name|c{n}: a district's or
 * province's communes × criteria, verified status per cell, communes in the asked order.
 * `cells` is null for a commune known only by a document total (no per-criterion data exists).
 */
export const GET = withScope(async (req: NextRequest, ctx: { params: Promise<{ code: string }> }, scope) => {
  const { code } = await ctx.params;
  const asOf = readAsOf(req.nextUrl.searchParams.get("asOf"), new Date());
  if (!asOf.ok) return badRequest("asOf", asOf.message);
  const rawSort = req.nextUrl.searchParams.get("sort");
  const syntax = readMatrixSort(rawSort);
  if (!syntax.ok) return badRequest("sort", syntax.message);

  const area = unitCodeSchema.safeParse(code).success ? await getAreaStanding(scope, code, asOf.asOf.cutoff) : null;
  if (!area) return notFound(`No district or province with code ${code}`);
  const sort = readMatrixSort(rawSort, area.criteria.map((c) => c.number));
  if (!sort.ok) return badRequest("sort", sort.message);

  return json({
    code: area.unit.code,
    asOf: asOf.asOf.iso,
    sort: matrixSortKey(sort.sort),
    criteria: area.criteria.map((c) => ({ number: c.number, name: c.name })),
    communes: sortMatrix(area.communes, sort.sort).map((c) => ({
      code: c.unitCode,
      name: c.unitName,
      basis: c.basis,
      criteriaMet: c.criteriaMet,
      cells:
        c.basis === "detailed"
          ? (Object.fromEntries(area.criteria.map((k) => [String(k.number), matrixCell(c, k.number)])) as Record<string, Status>)
          : null,
    })),
  });
});
