import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import type { ReadScope } from "@/lib/auth/scope";
import { getUnit, listProvinces } from "@/lib/data/units";
import { unitCodeSchema } from "@/lib/validation/params";

/** The province an inspection page works in: the viewer's own; for an administrator (no
 * province) the one asked for in ?province= when it exists, else the first one. Null when the
 * viewer does not read a whole province. */
export async function inspectionProvinceFor(viewer: Viewer, scope: ReadScope, asked: unknown): Promise<{ code: string; name: string } | null> {
  const provinces = (await listProvinces(scope)).map((p) => ({ code: p.code, name: p.name }));
  if (viewer.provinceCode) return provinces.find((p) => p.code === viewer.provinceCode) ?? null;
  const code = typeof asked === "string" && unitCodeSchema.safeParse(asked).success ? asked : null;
  return provinces.find((p) => p.code === code) ?? provinces[0] ?? null;
}

/** What the inspection list covers: a whole province, or a district or commune (the inspections
 * that visited it). */
export type InspectionReach =
  | { level: "province"; provinceCode: string; province: { code: string; name: string } }
  | { level: "district" | "commune"; provinceCode: string; unit: { code: string; name: string } };

/** What the inspection list covers for this viewer: a whole province (coordination office,
 * department inspectors, administrators), or the viewer's own district or commune (district
 * officers, commune officials). Null when neither. */
export async function inspectionReachFor(viewer: Viewer, scope: ReadScope, asked: unknown): Promise<InspectionReach | null> {
  const province = await inspectionProvinceFor(viewer, scope, asked);
  if (province) return { level: "province", provinceCode: province.code, province };
  const own = viewer.communeCode ?? viewer.districtCode;
  if (!own || !viewer.provinceCode) return null;
  const unit = await getUnit(scope, own);
  if (!unit || (unit.kind !== "district" && unit.kind !== "commune")) return null;
  return { level: unit.kind, provinceCode: viewer.provinceCode, unit: { code: unit.code, name: unit.name } };
}
