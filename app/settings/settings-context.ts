import "server-only";
import { notFound } from "next/navigation";
import { settingsRights, type SettingsRights } from "@/components/settings/access";
import { scopeFor, type ReadScope } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getSettingsProvince, listSettingsProvinces, type SettingsProvince } from "@/lib/data/settings";
import { unitCodeSchema } from "@/lib/validation/params";

export interface SettingsContext {
  viewer: Awaited<ReturnType<typeof requireViewer>>;
  scope: ReadScope;
  province: SettingsProvince;
  rights: SettingsRights;
  /** Provinces an administrator may switch between (empty for an office). */
  provinces: { code: string; name: string }[];
  /** Query string that keeps the chosen province in links ("" for an office). */
  query: string;
}

/**
 * The province whose settings a page shows, and what the viewer may do there. An office works in
 * its own province; an administrator picks one with ?province= (the first by name otherwise).
 * Anyone without a right in that province gets a 404, like any page they may not see.
 */
export async function settingsContext(rawProvince: string | string[] | undefined, need: "any" | keyof SettingsRights = "any"): Promise<SettingsContext> {
  const viewer = await requireViewer();
  const scope = scopeFor(viewer);
  const isAdmin = viewer.role === "admin";
  const provinces = isAdmin ? await listSettingsProvinces(scope) : [];
  const asked = typeof rawProvince === "string" && unitCodeSchema.safeParse(rawProvince).success ? rawProvince : null;
  const code = isAdmin ? (asked && provinces.some((p) => p.code === asked) ? asked : (provinces[0]?.code ?? null)) : viewer.provinceCode;
  if (!code) notFound();
  const province = await getSettingsProvince(code);
  if (!province) notFound();
  const rights = settingsRights(viewer, province.code);
  if (need === "any" ? !rights.settings && !rights.users : !rights[need]) notFound();
  return { viewer, scope, province, rights, provinces, query: isAdmin ? `?province=${province.code}` : "" };
}
