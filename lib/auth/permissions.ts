// Who may do what, in one pure module (no next-auth, no database): the viewer and the target are
// plain facts that the caller re-reads from the database. Unknown roles and unknown actions fail
// closed. Every server action and route handler asks `can` before it reads or writes.

export const ROLES = ["coordination_office", "district_officer", "commune_official", "department_inspector", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "unit.read", // dashboards, standings, API reads
  "assessment.self.edit", // a commune's own self-assessment (status, indicator values, evidence, target year)
  "assessment.self.submit", // submit the self-assessment for review
  "assessment.verify", // set the verified status of a criterion
  "review.decide", // approve, return or reopen a submitted self-assessment
  "settings.edit", // province settings: targets, the standard-share target
  "users.manage", // create, deactivate, reset, change role and scope
  "inspection.manage", // record inspections and recommendations (step 4)
  "history.read", // the audit trail of a unit
  "recommendation.progress", // add a progress note to, or change the status of, a recommendation addressed to one's office
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Viewer {
  userId: number;
  role: string; // validated here: anything not in ROLES is refused
  active: boolean;
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
  departmentCode: string | null;
}

/** Where the target sits in the unit tree, and (for criterion-level actions) which departments are
 * in charge of the criterion. A province-level target has districtCode and communeCode null. */
export interface Target {
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
  criterionDepartments?: readonly string[];
  /** For users.manage: the role of the account being managed (admins are managed by admins only). */
  managedRole?: string;
  /** For assessment.self.edit: true when an approved review locks the self-assessment. */
  locked?: boolean;
  /** For recommendation.progress: to whom the recommendation is addressed. A district or commune
   * addressee carries its district (and commune) code; a department addressee its code (null when
   * the addressee is only worded, e.g. "the departments in charge"). */
  addressee?: {
    kind: string; // department | district | commune
    departmentCode: string | null;
    districtCode: string | null;
    communeCode: string | null;
  };
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

const sameProvince = (v: Viewer, t: Target) => v.provinceCode !== null && v.provinceCode === t.provinceCode;
const sameDistrict = (v: Viewer, t: Target) => v.districtCode !== null && v.districtCode === t.districtCode;
const ownCommune = (v: Viewer, t: Target) => v.communeCode !== null && v.communeCode === t.communeCode;
const isCommuneTarget = (t: Target) => t.communeCode !== null;

/** May this viewer do this action on this target? */
export function can(viewer: Viewer | null, action: Action | string, target: Target): boolean {
  if (!viewer || !viewer.active || !isRole(viewer.role)) return false;
  const role = viewer.role;
  // Administrators run the system (users, settings, reading everything) but do not assess
  // communes: self-assessment, verification and review stay with the officials in charge.
  if (role === "admin") return ["unit.read", "history.read", "settings.edit", "users.manage", "inspection.manage"].includes(action);
  switch (action) {
    case "unit.read":
    case "history.read":
      switch (role) {
        case "coordination_office":
        case "department_inspector":
          return sameProvince(viewer, target);
        case "district_officer":
          return sameDistrict(viewer, target);
        case "commune_official":
          return ownCommune(viewer, target);
      }
      return false;
    case "assessment.self.edit":
      return role === "commune_official" && ownCommune(viewer, target) && !target.locked;
    case "assessment.self.submit":
      return role === "commune_official" && ownCommune(viewer, target);
    case "assessment.verify":
      if (!isCommuneTarget(target)) return false;
      if (role === "district_officer") return sameDistrict(viewer, target);
      if (role === "department_inspector")
        return sameProvince(viewer, target) && viewer.departmentCode !== null && (target.criterionDepartments ?? []).includes(viewer.departmentCode);
      return false;
    case "review.decide":
      if (!isCommuneTarget(target)) return false;
      if (role === "district_officer") return sameDistrict(viewer, target);
      if (role === "coordination_office") return sameProvince(viewer, target);
      return false;
    case "settings.edit":
      return role === "coordination_office" && sameProvince(viewer, target) && target.districtCode === null && target.communeCode === null;
    case "users.manage":
      return role === "coordination_office" && sameProvince(viewer, target) && target.managedRole !== "admin";
    case "inspection.manage":
      return (role === "coordination_office" || role === "department_inspector") && sameProvince(viewer, target);
    case "recommendation.progress": {
      // The coordination office follows every recommendation of its province; otherwise only the
      // office the recommendation is addressed to reports progress on it.
      if (!sameProvince(viewer, target)) return false;
      if (role === "coordination_office") return true;
      const a = target.addressee;
      if (!a) return false;
      switch (role) {
        case "department_inspector":
          return a.kind === "department" && viewer.departmentCode !== null && a.departmentCode === viewer.departmentCode;
        case "district_officer":
          return (a.kind === "district" || a.kind === "commune") && viewer.districtCode !== null && a.districtCode === viewer.districtCode;
        case "commune_official":
          return a.kind === "commune" && viewer.communeCode !== null && a.communeCode === viewer.communeCode;
      }
      return false;
    }
    default:
      return false;
  }
}
