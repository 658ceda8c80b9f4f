import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import type { ReadScope } from "@/lib/auth/scope";
import { listProvinces } from "@/lib/data/units";
import { unitCodeSchema } from "@/lib/validation/params";

/** The province an inspection page works in: the viewer's own; for an administrator (no
 * province) the one asked for in ?province= when it exists, else the first one. */
export async function inspectionProvinceFor(viewer: Viewer, scope: ReadScope, asked: unknown): Promise<{ code: string; name: string } | null> {
  const provinces = (await listProvinces(scope)).map((p) => ({ code: p.code, name: p.name }));
  if (viewer.provinceCode) return provinces.find((p) => p.code === viewer.provinceCode) ?? null;
  const code = typeof asked === "string" && unitCodeSchema.safeParse(asked).success ? asked : null;
  return provinces.find((p) => p.code === code) ?? provinces[0] ?? null;
}
