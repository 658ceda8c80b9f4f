import type { ReadScope } from "@/lib/auth/scope";

export interface Place {
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
}

const allows = (codes: ReadScope["provinces"], code: string | null) => codes === "all" || (code !== null && codes.includes(code));

/** May the scope read data of a unit at this place of the tree? A district needs every commune of
 * it to be readable (a commune official may not read the district's figures). */
export function canReadPlace(scope: ReadScope, place: Place): boolean {
  return allows(scope.provinces, place.provinceCode) && allows(scope.districts, place.districtCode) && allows(scope.communes, place.communeCode);
}

/** The place of a unit from its kind and its chain of ancestors (nearest first). */
export function placeOf(unit: { code: string; kind: string }, ancestors: readonly { code: string; kind: string }[]): Place {
  const all = [unit, ...ancestors];
  const find = (kind: string) => all.find((u) => u.kind === kind)?.code ?? null;
  return { provinceCode: find("province"), districtCode: find("district"), communeCode: find("commune") ?? (unit.kind === "township" || unit.kind === "ward" ? unit.code : null) };
}

/** Province-level read (kept for coarse filters). */
export function inScope(scope: ReadScope, provinceCode: string): boolean {
  return canReadPlace(scope, { provinceCode, districtCode: null, communeCode: null });
}

/** The codes of a unit's ancestors (root first, as UnitDetail.ancestors) that the scope may read:
 * only those may be linked from the unit's pages (a district officer may not read the province,
 * a commune official neither the district nor the province). */
export function readableAncestors(scope: ReadScope, ancestors: readonly { code: string; kind: string }[]): Set<string> {
  const readable = new Set<string>();
  ancestors.forEach((a, i) => {
    if (canReadPlace(scope, placeOf(a, ancestors.slice(0, i).reverse()))) readable.add(a.code);
  });
  return readable;
}
