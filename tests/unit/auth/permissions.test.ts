import { describe, expect, it } from "vitest";
import { ACTIONS, can, ROLES, type Action, type Target, type Viewer } from "@/lib/auth/permissions";

// The permission table: every action × role × own / other unit or department. Each row says
// which of the targets the role may act on; everything else must be refused.

const viewers: Record<string, Viewer> = {
  coordination_office: { userId: 1, role: "coordination_office", active: true, provinceCode: "20", districtCode: null, communeCode: null, departmentCode: "VPDP" },
  district_officer: { userId: 2, role: "district_officer", active: true, provinceCode: "20", districtCode: "184", communeCode: null, departmentCode: null },
  commune_official: { userId: 3, role: "commune_official", active: true, provinceCode: "20", districtCode: "184", communeCode: "06322", departmentCode: null },
  department_inspector: { userId: 4, role: "department_inspector", active: true, provinceCode: "20", districtCode: null, communeCode: null, departmentCode: "GTVT" },
  admin: { userId: 5, role: "admin", active: true, provinceCode: null, districtCode: null, communeCode: null, departmentCode: null },
};

// Targets: own commune (Hữu Lễ) on a criterion GTVT is in charge of, the same commune on another
// department's criterion, another commune of the same district, a commune of another district,
// another province, and the province itself.
const targets = {
  ownCommuneGtvt: { provinceCode: "20", districtCode: "184", communeCode: "06322", criterionDepartments: ["GTVT"] },
  ownCommuneOther: { provinceCode: "20", districtCode: "184", communeCode: "06322", criterionDepartments: ["YT"] },
  sameDistrictCommune: { provinceCode: "20", districtCode: "184", communeCode: "06277", criterionDepartments: ["GTVT"] },
  otherDistrictCommune: { provinceCode: "20", districtCode: "999", communeCode: "09999", criterionDepartments: ["GTVT"] },
  otherProvinceCommune: { provinceCode: "99", districtCode: "998", communeCode: "99999", criterionDepartments: ["GTVT"] },
  ownDistrict: { provinceCode: "20", districtCode: "184", communeCode: null },
  province: { provinceCode: "20", districtCode: null, communeCode: null },
  otherProvince: { provinceCode: "99", districtCode: null, communeCode: null },
  // Recommendations: the place is the commune (or addressee unit) they are about; the addressee
  // says who reports progress on them.
  recToGtvt: { provinceCode: "20", districtCode: "184", communeCode: "06277", addressee: { kind: "department", departmentCode: "GTVT", districtCode: null, communeCode: null } },
  recToOtherDepartment: { provinceCode: "20", districtCode: "184", communeCode: "06322", addressee: { kind: "department", departmentCode: "YT", districtCode: null, communeCode: null } },
  recToWordedAddressee: { provinceCode: "20", districtCode: "184", communeCode: "06322", addressee: { kind: "department", departmentCode: null, districtCode: null, communeCode: null } },
  recToOwnDistrict: { provinceCode: "20", districtCode: "184", communeCode: null, addressee: { kind: "district", departmentCode: null, districtCode: "184", communeCode: null } },
  recToOwnCommune: { provinceCode: "20", districtCode: "184", communeCode: "06322", addressee: { kind: "commune", departmentCode: null, districtCode: "184", communeCode: "06322" } },
  recToSameDistrictCommune: { provinceCode: "20", districtCode: "184", communeCode: "06277", addressee: { kind: "commune", departmentCode: null, districtCode: "184", communeCode: "06277" } },
  recToOtherDistrictCommune: { provinceCode: "20", districtCode: "999", communeCode: "09999", addressee: { kind: "commune", departmentCode: null, districtCode: "999", communeCode: "09999" } },
  recToGtvtOtherProvince: { provinceCode: "99", districtCode: null, communeCode: null, addressee: { kind: "department", departmentCode: "GTVT", districtCode: null, communeCode: null } },
} satisfies Record<string, Target>;
type TargetName = keyof typeof targets;
const ALL = Object.keys(targets) as TargetName[];
const IN_PROVINCE: TargetName[] = [
  "ownCommuneGtvt",
  "ownCommuneOther",
  "sameDistrictCommune",
  "otherDistrictCommune",
  "ownDistrict",
  "province",
  "recToGtvt",
  "recToOtherDepartment",
  "recToWordedAddressee",
  "recToOwnDistrict",
  "recToOwnCommune",
  "recToSameDistrictCommune",
  "recToOtherDistrictCommune",
];
const IN_DISTRICT: TargetName[] = [
  "ownCommuneGtvt",
  "ownCommuneOther",
  "sameDistrictCommune",
  "ownDistrict",
  "recToGtvt",
  "recToOtherDepartment",
  "recToWordedAddressee",
  "recToOwnDistrict",
  "recToOwnCommune",
  "recToSameDistrictCommune",
];
const OWN_COMMUNE: TargetName[] = ["ownCommuneGtvt", "ownCommuneOther", "recToOtherDepartment", "recToWordedAddressee", "recToOwnCommune"];
/** Commune-level targets (no district- or province-level ones). */
const COMMUNES_IN_DISTRICT: TargetName[] = IN_DISTRICT.filter((t) => targets[t].communeCode !== null);
const COMMUNES_IN_PROVINCE: TargetName[] = IN_PROVINCE.filter((t) => targets[t].communeCode !== null);

const allowed: Record<Action, Record<string, TargetName[]>> = {
  "unit.read": { coordination_office: IN_PROVINCE, district_officer: IN_DISTRICT, commune_official: OWN_COMMUNE, department_inspector: IN_PROVINCE, admin: ALL },
  "history.read": { coordination_office: IN_PROVINCE, district_officer: IN_DISTRICT, commune_official: OWN_COMMUNE, department_inspector: IN_PROVINCE, admin: ALL },
  "assessment.self.edit": { coordination_office: [], district_officer: [], commune_official: OWN_COMMUNE, department_inspector: [], admin: [] },
  "assessment.self.submit": { coordination_office: [], district_officer: [], commune_official: OWN_COMMUNE, department_inspector: [], admin: [] },
  "assessment.verify": {
    coordination_office: [],
    district_officer: COMMUNES_IN_DISTRICT,
    commune_official: [],
    department_inspector: ["ownCommuneGtvt", "sameDistrictCommune", "otherDistrictCommune"],
    admin: [],
  },
  "review.decide": {
    coordination_office: COMMUNES_IN_PROVINCE,
    district_officer: COMMUNES_IN_DISTRICT,
    commune_official: [],
    department_inspector: [],
    admin: [],
  },
  "settings.edit": { coordination_office: ["province"], district_officer: [], commune_official: [], department_inspector: [], admin: ALL },
  "users.manage": { coordination_office: IN_PROVINCE, district_officer: [], commune_official: [], department_inspector: [], admin: ALL },
  "inspection.manage": { coordination_office: IN_PROVINCE, district_officer: [], commune_official: [], department_inspector: IN_PROVINCE, admin: ALL },
  // Progress on a recommendation: the coordination office for the whole province; otherwise only
  // its addressee (the department; the district for itself and its communes; the commune). The
  // administrator only reads.
  "recommendation.progress": {
    coordination_office: IN_PROVINCE,
    district_officer: ["recToOwnDistrict", "recToOwnCommune", "recToSameDistrictCommune"],
    commune_official: ["recToOwnCommune"],
    department_inspector: ["recToGtvt"],
    admin: [],
  },
};

describe("permission table", () => {
  const rows = ACTIONS.flatMap((action) => ROLES.flatMap((role) => ALL.map((target) => [action, role, target] as const)));
  it.each(rows)("%s by %s on %s", (action, role, target) => {
    expect(can(viewers[role]!, action, targets[target])).toBe(allowed[action][role]!.includes(target));
  });

  it("covers every action and role", () => {
    expect(Object.keys(allowed).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(Object.keys(allowed[action]).sort()).toEqual([...ROLES].sort());
  });
});

describe("fails closed", () => {
  it.each([
    ["no viewer", null, "unit.read"],
    ["an unknown role", { ...viewers.coordination_office!, role: "superuser" }, "unit.read"],
    ["an empty role", { ...viewers.coordination_office!, role: "" }, "unit.read"],
    ["a deactivated account", { ...viewers.commune_official!, active: false }, "unit.read"],
    ["an unknown action", viewers.admin!, "database.drop"],
  ])("refuses %s", (_label, viewer, action) => {
    expect(can(viewer as Viewer | null, action, targets.ownCommuneGtvt)).toBe(false);
  });

  it("an approved (locked) self-assessment cannot be edited, but can still be read", () => {
    const locked = { ...targets.ownCommuneGtvt, locked: true };
    expect(can(viewers.commune_official!, "assessment.self.edit", locked)).toBe(false);
    expect(can(viewers.commune_official!, "unit.read", locked)).toBe(true);
  });

  it("the coordination office cannot manage administrators", () => {
    expect(can(viewers.coordination_office!, "users.manage", { ...targets.province, managedRole: "admin" })).toBe(false);
    expect(can(viewers.admin!, "users.manage", { ...targets.province, managedRole: "admin" })).toBe(true);
  });

  it("recommendation progress: a deactivated addressee, an inspector without a department, a target without an addressee", () => {
    expect(can({ ...viewers.department_inspector!, active: false }, "recommendation.progress", targets.recToGtvt)).toBe(false);
    expect(can({ ...viewers.department_inspector!, departmentCode: null }, "recommendation.progress", targets.recToWordedAddressee)).toBe(false);
    expect(can(viewers.district_officer!, "recommendation.progress", targets.sameDistrictCommune)).toBe(false);
    expect(can(viewers.coordination_office!, "recommendation.progress", targets.recToGtvtOtherProvince)).toBe(false);
  });

  it("a viewer without a unit or department matches nothing", () => {
    const blank: Viewer = { userId: 9, role: "commune_official", active: true, provinceCode: null, districtCode: null, communeCode: null, departmentCode: null };
    expect(can(blank, "unit.read", { provinceCode: null, districtCode: null, communeCode: null })).toBe(false);
    const inspector: Viewer = { ...viewers.department_inspector!, departmentCode: null };
    expect(can(inspector, "assessment.verify", { ...targets.ownCommuneGtvt, criterionDepartments: [] })).toBe(false);
  });
});
