import { describe, expect, it } from "vitest";
import { can, type Viewer } from "@/lib/auth/permissions";
import { scopeFor, systemScope } from "@/lib/auth/scope";
import { canReadPlace, placeOf, readableAncestors, type Place } from "@/lib/data/scope";

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

describe("readableAncestors", () => {
  const ancestors = [
    { code: "20", kind: "province" },
    { code: "184", kind: "district" },
  ];
  const codes = (v: Viewer) => [...readableAncestors(scopeFor(v), ancestors)];
  it("links the province and district for the coordination office, a department inspector and an administrator", () => {
    for (const v of [viewers[0]!, viewers[3]!, viewers[4]!]) expect(codes(v)).toEqual(["20", "184"]);
  });
  it("links only the district for its officer, nothing for a commune official, an unknown role or an inactive account", () => {
    expect(codes(viewers[1]!)).toEqual(["184"]);
    for (const v of [viewers[2]!, viewers[5]!, viewers[6]!]) expect(codes(v)).toEqual([]);
  });
  it("agrees with can(…, 'unit.read', …) for each ancestor", () => {
    for (const v of viewers) {
      expect(readableAncestors(scopeFor(v), ancestors).has("20")).toBe(can(v, "unit.read", { provinceCode: "20", districtCode: null, communeCode: null }));
      expect(readableAncestors(scopeFor(v), ancestors).has("184")).toBe(can(v, "unit.read", { provinceCode: "20", districtCode: "184", communeCode: null }));
    }
  });
});
