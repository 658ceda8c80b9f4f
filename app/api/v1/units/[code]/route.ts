import { withScope } from "@/lib/api/authed";
import type { NextRequest } from "next/server";
import { json, notFound } from "@/lib/api/respond";
import { getUnit } from "@/lib/data/units";
import { unitCodeSchema } from "@/lib/validation/params";

/** GET /api/v1/units/{code}: a unit with its parent and children. */
export const GET = withScope(async (_req: NextRequest, ctx: { params: Promise<{ code: string }> }, scope) => {
  const { code } = await ctx.params;
  const unit = unitCodeSchema.safeParse(code).success ? await getUnit(scope, code) : null;
  if (!unit) return notFound(`No unit with code ${code}`);
  return json({
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentCode: unit.parentCode,
    validFrom: unit.validFrom?.toISOString().slice(0, 10) ?? null,
    validTo: unit.validTo?.toISOString().slice(0, 10) ?? null,
    region: unit.regionCode,
    especiallyDisadvantaged: unit.especiallyDisadvantaged,
    aliases: unit.aliases,
    children: unit.children.map((c) => ({ code: c.code, name: c.name, kind: c.kind })),
  });
});
