// Which unit and department an account must have for its role, and which changes an account
// manager may not make to their own account. Pure: the caller re-reads the facts from the
// database (the unit's kind and province, the department's province).

/** Roles that manage accounts (the coordination office in its province, the administrator everywhere). */
export const MANAGER_ROLES = ["coordination_office", "admin"] as const;

export type UnitRequirement = "province" | "district" | "commune" | "none";
export type DepartmentRequirement = "required" | "optional" | "none";

export interface ScopeRequirement {
  /** The kind of unit the account works for ("none": it has no unit). */
  unit: UnitRequirement;
  department: DepartmentRequirement;
}

/**
 * What each role needs:
 * - commune official: a commune, no department;
 * - district officer: a district, no department;
 * - department inspector: a department (its unit is the department's province);
 * - coordination office: the province (a department of the province, e.g. the office itself, optional);
 * - administrator: neither (works across provinces).
 */
export const SCOPE_REQUIREMENTS: Readonly<Record<string, ScopeRequirement>> = {
  commune_official: { unit: "commune", department: "none" },
  district_officer: { unit: "district", department: "none" },
  department_inspector: { unit: "province", department: "required" },
  coordination_office: { unit: "province", department: "optional" },
  admin: { unit: "none", department: "none" },
};

export interface ScopeUnitFacts {
  code: string;
  kind: string;
  /** The province the unit belongs to (its own code for a province); null when it has none. */
  provinceCode: string | null;
}

export interface ScopeDepartmentFacts {
  code: string;
  /** Null for a department that belongs to no province. */
  provinceCode: string | null;
  active: boolean;
}

export interface ScopeInput {
  role: string;
  unit: ScopeUnitFacts | null;
  department: ScopeDepartmentFacts | null;
}

export type ScopeProblem =
  | "roleInvalid"
  | "unitRequired"
  | "unitKindMismatch"
  | "unitNotAllowed"
  | "departmentRequired"
  | "departmentNotAllowed"
  | "departmentInactive"
  | "departmentOtherProvince";

export type ScopeField = "role" | "unitCode" | "departmentCode";

export type ScopeCheck =
  | {
      ok: true;
      /** The unit to store (for an inspector without one, the department's province). */
      unitCode: string | null;
      departmentCode: string | null;
      /** The province the account belongs to (null for an administrator). */
      provinceCode: string | null;
    }
  | { ok: false; problems: { field: ScopeField; problem: ScopeProblem }[] };

/** Is the unit and department consistent with the role? Also says which province the account
 * then belongs to. An inspector given no unit gets the department's province. */
export function checkUserScope(input: ScopeInput): ScopeCheck {
  const req = Object.hasOwn(SCOPE_REQUIREMENTS, input.role) ? SCOPE_REQUIREMENTS[input.role] : undefined;
  if (!req) return { ok: false, problems: [{ field: "role", problem: "roleInvalid" }] };
  const problems: { field: ScopeField; problem: ScopeProblem }[] = [];
  const { unit, department } = input;

  if (req.department === "none" && department) problems.push({ field: "departmentCode", problem: "departmentNotAllowed" });
  if (req.department === "required" && !department) problems.push({ field: "departmentCode", problem: "departmentRequired" });
  if (department && req.department !== "none" && !department.active) problems.push({ field: "departmentCode", problem: "departmentInactive" });

  // An inspector's unit follows from the department when none is given.
  const effectiveUnit: ScopeUnitFacts | null =
    unit ?? (input.role === "department_inspector" && department?.provinceCode ? { code: department.provinceCode, kind: "province", provinceCode: department.provinceCode } : null);

  if (req.unit === "none") {
    if (unit) problems.push({ field: "unitCode", problem: "unitNotAllowed" });
  } else if (!effectiveUnit) {
    if (!(req.department === "required" && !department)) problems.push({ field: "unitCode", problem: "unitRequired" });
  } else if (effectiveUnit.kind !== req.unit) {
    problems.push({ field: "unitCode", problem: "unitKindMismatch" });
  }

  const provinceCode = req.unit === "none" ? null : (effectiveUnit?.provinceCode ?? null);
  if (department && req.department !== "none" && effectiveUnit && department.provinceCode !== provinceCode) {
    problems.push({ field: "departmentCode", problem: "departmentOtherProvince" });
  }
  if (req.unit !== "none" && effectiveUnit && effectiveUnit.kind === req.unit && provinceCode === null) {
    problems.push({ field: "unitCode", problem: "unitKindMismatch" });
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    unitCode: req.unit === "none" ? null : (effectiveUnit?.code ?? null),
    departmentCode: req.department === "none" ? null : (department?.code ?? null),
    provinceCode,
  };
}

export function isManagerRole(role: string): boolean {
  return (MANAGER_ROLES as readonly string[]).includes(role);
}

export interface AccountState {
  role: string;
  active: boolean;
  /** The province the account belongs to (null for an administrator). */
  provinceCode: string | null;
}

export type SelfChangeProblem = "selfDeactivate" | "selfLosesManagement";

/**
 * A manager may not lock themselves out: no deactivating their own account, no change of their
 * own role or province that would take away their right to manage accounts. Null when the change
 * is allowed (or concerns another account).
 */
export function selfChangeProblem(actorId: number, targetId: number, before: AccountState, after: AccountState): SelfChangeProblem | null {
  if (actorId !== targetId) return null;
  if (before.active && !after.active) return "selfDeactivate";
  if (!isManagerRole(before.role)) return null;
  if (!isManagerRole(after.role)) return "selfLosesManagement";
  // An administrator manages everywhere; an office only its own province, so moving it elsewhere
  // (or an administrator becoming an office) changes what it may manage.
  if (before.role === "admin" && after.role !== "admin") return "selfLosesManagement";
  if (before.role === "coordination_office" && after.role === "coordination_office" && before.provinceCode !== after.provinceCode) return "selfLosesManagement";
  return null;
}
