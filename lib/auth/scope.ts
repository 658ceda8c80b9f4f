// The authorized scope every lib/data function takes. Only lib/auth mints one (from the signed-in
// viewer, or the system scope for scripts and tests), so an unchecked request cannot reach a
// query. It lists what the viewer may read; lib/data/scope.ts applies it to a unit's place.
import type { Viewer } from "./permissions";

declare const scopeBrand: unique symbol;

type Codes = readonly string[] | "all";

export type ReadScope = {
  readonly [scopeBrand]: "ReadScope";
  /** Provinces the viewer may read in, or "all". */
  readonly provinces: Codes;
  /** Within those, the districts (a place above district level needs "all"). */
  readonly districts: Codes;
  /** Within those, the communes (a place above commune level needs "all"). */
  readonly communes: Codes;
  readonly userId: number | null;
};

const mint = (provinces: Codes, districts: Codes, communes: Codes, userId: number | null) =>
  ({ provinces, districts, communes, userId }) as ReadScope;

const NOTHING = mint([], [], [], null);

/** What a viewer may read, from their role and unit (see can(viewer, "unit.read", …)). */
export function scopeFor(viewer: Viewer | null): ReadScope {
  if (!viewer || !viewer.active) return NOTHING;
  const p = viewer.provinceCode ? [viewer.provinceCode] : [];
  switch (viewer.role) {
    case "admin":
      return mint("all", "all", "all", viewer.userId);
    case "coordination_office":
    case "department_inspector":
      return mint(p, "all", "all", viewer.userId);
    case "district_officer":
      return mint(p, viewer.districtCode ? [viewer.districtCode] : [], "all", viewer.userId);
    case "commune_official":
      return mint(p, viewer.districtCode ? [viewer.districtCode] : [], viewer.communeCode ? [viewer.communeCode] : [], viewer.userId);
    default:
      return NOTHING;
  }
}

/** Everything: for the seed script, maintenance scripts and tests — never for a request. */
export function systemScope(): ReadScope {
  return mint("all", "all", "all", null);
}
