import { describe, expect, it } from "vitest";
import { checkUserScope, isManagerRole, selfChangeProblem, SCOPE_REQUIREMENTS, type ScopeInput } from "@/lib/domain/user-scope";

const province = { code: "20", kind: "province", provinceCode: "20" };
const otherProvince = { code: "19", kind: "province", provinceCode: "19" };
const district = { code: "184", kind: "district", provinceCode: "20" };
const commune = { code: "06277", kind: "commune", provinceCode: "20" };
const township = { code: "06253", kind: "township", provinceCode: "20" };
const gtvt = { code: "GTVT", provinceCode: "20", active: true };
const office = { code: "VPDP", provinceCode: "20", active: true };
const otherDept = { code: "GTVT-19", provinceCode: "19", active: true };
const closedDept = { code: "OLD", provinceCode: "20", active: false };

const check = (role: string, unit: ScopeInput["unit"], department: ScopeInput["department"] = null) => checkUserScope({ role, unit, department });
const problems = (r: ReturnType<typeof checkUserScope>) => (r.ok ? [] : r.problems.map((p) => `${p.field}:${p.problem}`));

describe("checkUserScope", () => {
  it("accepts each role with the unit and department it needs, and names the account's province", () => {
    expect(check("commune_official", commune)).toEqual({ ok: true, unitCode: "06277", departmentCode: null, provinceCode: "20" });
    expect(check("district_officer", district)).toEqual({ ok: true, unitCode: "184", departmentCode: null, provinceCode: "20" });
    expect(check("coordination_office", province)).toEqual({ ok: true, unitCode: "20", departmentCode: null, provinceCode: "20" });
    expect(check("coordination_office", province, office)).toEqual({ ok: true, unitCode: "20", departmentCode: "VPDP", provinceCode: "20" });
    expect(check("department_inspector", province, gtvt)).toEqual({ ok: true, unitCode: "20", departmentCode: "GTVT", provinceCode: "20" });
    expect(check("admin", null)).toEqual({ ok: true, unitCode: null, departmentCode: null, provinceCode: null });
  });

  it("gives an inspector without a unit the department's province", () => {
    expect(check("department_inspector", null, gtvt)).toEqual({ ok: true, unitCode: "20", departmentCode: "GTVT", provinceCode: "20" });
  });

  it("requires the unit of the role's level", () => {
    expect(problems(check("commune_official", null))).toEqual(["unitCode:unitRequired"]);
    expect(problems(check("commune_official", district))).toEqual(["unitCode:unitKindMismatch"]);
    expect(problems(check("commune_official", township))).toEqual(["unitCode:unitKindMismatch"]);
    expect(problems(check("district_officer", commune))).toEqual(["unitCode:unitKindMismatch"]);
    expect(problems(check("district_officer", null))).toEqual(["unitCode:unitRequired"]);
    expect(problems(check("coordination_office", district))).toEqual(["unitCode:unitKindMismatch"]);
    expect(problems(check("coordination_office", null))).toEqual(["unitCode:unitRequired"]);
    expect(problems(check("department_inspector", commune, gtvt))).toEqual(["unitCode:unitKindMismatch"]);
  });

  it("requires a department of the same province for an inspector and refuses one where the role has none", () => {
    expect(problems(check("department_inspector", province))).toEqual(["departmentCode:departmentRequired"]);
    expect(problems(check("department_inspector", null))).toEqual(["departmentCode:departmentRequired"]);
    expect(problems(check("department_inspector", province, otherDept))).toEqual(["departmentCode:departmentOtherProvince"]);
    expect(problems(check("department_inspector", otherProvince, gtvt))).toEqual(["departmentCode:departmentOtherProvince"]);
    expect(problems(check("department_inspector", province, closedDept))).toEqual(["departmentCode:departmentInactive"]);
    expect(problems(check("coordination_office", province, otherDept))).toEqual(["departmentCode:departmentOtherProvince"]);
    expect(problems(check("commune_official", commune, gtvt))).toEqual(["departmentCode:departmentNotAllowed"]);
    expect(problems(check("district_officer", district, gtvt))).toEqual(["departmentCode:departmentNotAllowed"]);
  });

  it("gives an administrator neither a unit nor a department", () => {
    expect(problems(check("admin", province))).toEqual(["unitCode:unitNotAllowed"]);
    expect(problems(check("admin", null, office))).toEqual(["departmentCode:departmentNotAllowed"]);
  });

  it("refuses unknown roles, including inherited object keys", () => {
    for (const role of ["", "superuser", "ADMIN", "constructor", "toString", "__proto__"]) {
      expect(problems(check(role, commune))).toEqual(["role:roleInvalid"]);
    }
  });

  it("refuses a unit outside any province", () => {
    expect(problems(check("district_officer", { code: "999", kind: "district", provinceCode: null }))).toEqual(["unitCode:unitKindMismatch"]);
  });

  it("covers every role of the permission table", () => {
    expect(Object.keys(SCOPE_REQUIREMENTS).sort()).toEqual(["admin", "commune_official", "coordination_office", "department_inspector", "district_officer"]);
  });
});

describe("selfChangeProblem", () => {
  const officeState = { role: "coordination_office", active: true, provinceCode: "20" };
  const adminState = { role: "admin", active: true, provinceCode: null };

  it("only concerns one's own account", () => {
    expect(selfChangeProblem(1, 2, officeState, { ...officeState, active: false })).toBeNull();
    expect(selfChangeProblem(1, 2, officeState, { ...officeState, role: "commune_official" })).toBeNull();
  });

  it("refuses deactivating oneself", () => {
    expect(selfChangeProblem(1, 1, officeState, { ...officeState, active: false })).toBe("selfDeactivate");
    expect(selfChangeProblem(6, 6, adminState, { ...adminState, active: false })).toBe("selfDeactivate");
  });

  it("refuses a role or province change that takes away one's management rights", () => {
    expect(selfChangeProblem(1, 1, officeState, { ...officeState, role: "district_officer", provinceCode: "20" })).toBe("selfLosesManagement");
    expect(selfChangeProblem(1, 1, officeState, { ...officeState, provinceCode: "19" })).toBe("selfLosesManagement");
    expect(selfChangeProblem(6, 6, adminState, { role: "coordination_office", active: true, provinceCode: "20" })).toBe("selfLosesManagement");
  });

  it("allows changes that keep the rights (another department, a new display name)", () => {
    expect(selfChangeProblem(1, 1, officeState, { ...officeState })).toBeNull();
    expect(selfChangeProblem(6, 6, adminState, { ...adminState })).toBeNull();
    // a non-manager has no management rights to lose (and cannot reach this code anyway)
    expect(selfChangeProblem(3, 3, { role: "commune_official", active: true, provinceCode: "20" }, { role: "district_officer", active: true, provinceCode: "20" })).toBeNull();
  });

  it("knows the manager roles", () => {
    expect(isManagerRole("coordination_office")).toBe(true);
    expect(isManagerRole("admin")).toBe(true);
    expect(isManagerRole("district_officer")).toBe(false);
  });
});
