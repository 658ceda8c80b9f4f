import { describe, expect, it } from "vitest";
import { can, type Viewer } from "@/lib/auth/permissions";
import { scopeFor, systemScope } from "@/lib/auth/scope";
import { canReadPlace, placeOf, type Place } from "@/lib/data/scope";

// The read scope lib/auth mints must allow exactly what can(viewer, "unit.read", place) allows.

const base = { active: true, departmentCode: null } as const;
const viewers: Viewer[] = [
  { ...base, userId: 1, role: "coordination_office", provinceCode: "20", districtCode: null, communeCode: null },
  { ...base, userId: 2, role: "district_officer", provinceCode: "20", districtCode: "184", communeCode: null },
  { ...base, userId: 3, role: "commune_official", provinceCode: "20", districtCode: "184", communeCode: "06322" },
  { ...base, userId: 4, role: "department_inspector", provinceCode: "20", districtCode: null, communeCode: null, departmentCode: "GTVT" },
  { ...base, userId: 5, role: "admin", provinceCode: null, districtCode: null, communeCode: null },
  { ...base, userId: 6, role: "intern", provinceCode: "20", districtCode: "184", communeCode: "06322" },
  { ...base, userId: 7, role: "commune_official", provinceCode: "20", districtCode: "184", communeCode: "06322", active: false },
];
const places: Place[] = [
  { provinceCode: "20", districtCode: null, communeCode: null },
  { provinceCode: "20", districtCode: "184", communeCode: null },
  { provinceCode: "20", districtCode: "184", communeCode: "06322" },
  { provinceCode: "20", districtCode: "184", communeCode: "06277" },
  { provinceCode: "20", districtCode: "185", communeCode: "06400" },
  { provinceCode: "01", districtCode: null, communeCode: null },
  { provinceCode: "01", districtCode: "001", communeCode: "00001" },
];

describe("scopeFor agrees with can(…, 'unit.read', …)", () => {
  it.each(viewers.flatMap((v) => places.map((p) => [v.role, v.active, p, v] as const)))("%s (active %s) at %j", (_r, _a, place, viewer) => {
    expect(canReadPlace(scopeFor(viewer), place)).toBe(can(viewer, "unit.read", place));
  });
  it("the system scope reads everything; no viewer reads nothing", () => {
    for (const p of places) {
      expect(canReadPlace(systemScope(), p)).toBe(true);
      expect(canReadPlace(scopeFor(null), p)).toBe(false);
    }
  });
});

describe("placeOf", () => {
  it("reads a unit's place from its ancestors", () => {
    const district = { code: "184", kind: "district" };
    const province = { code: "20", kind: "province" };
    expect(placeOf({ code: "06322", kind: "commune" }, [district, province])).toEqual({ provinceCode: "20", districtCode: "184", communeCode: "06322" });
    expect(placeOf(district, [province])).toEqual({ provinceCode: "20", districtCode: "184", communeCode: null });
    expect(placeOf(province, [])).toEqual({ provinceCode: "20", districtCode: null, communeCode: null });
    // a township counts at commune level: a commune official of another commune cannot read it
    expect(placeOf({ code: "06253", kind: "township" }, [district, province])).toEqual({ provinceCode: "20", districtCode: "184", communeCode: "06253" });
  });
});
