// Pure rules of an inspection (đợt kiểm tra): who may be on the team, which units may be observed,
// and where the three views of a criterion (the commune's self-assessment, the verified status and
// the inspection team's observation) disagree. No I/O; "today" is a parameter.
import { compareCalendarDates } from "./calendar-date";
import type { CalendarDate, Status } from "./types";

export const MEMBER_ROLES = ["member", "coordinating"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const DOCUMENT_KINDS = ["decision", "plan", "report", "resolution", "official_letter", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One row of the team as entered: a department (by code) or another agency named in free text. */
export interface TeamMemberInput {
  departmentCode: string | null;
  agencyName: string | null;
  role: MemberRole;
  representative: string | null;
}

export type TeamProblem = "memberEmpty" | "memberBoth" | "memberDuplicate" | "memberUnknownDepartment";

/**
 * What is wrong with each row of the team, by row index: a row names neither or both of a
 * department and an agency, names a department twice (or an agency twice, ignoring case and
 * spacing), or names a department that is not one of `knownDepartments`.
 * The lead's department may also be a member (the source report lists it among the members).
 */
export function teamProblems(members: readonly TeamMemberInput[], knownDepartments: ReadonlySet<string>): Map<number, TeamProblem> {
  const problems = new Map<number, TeamProblem>();
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const dept = m.departmentCode?.trim() || null;
    const agency = m.agencyName?.trim() || null;
    if (!dept && !agency) return problems.set(i, "memberEmpty");
    if (dept && agency) return problems.set(i, "memberBoth");
    if (dept && !knownDepartments.has(dept)) return problems.set(i, "memberUnknownDepartment");
    const key = dept ? `d:${dept}` : `a:${agency!.toLocaleLowerCase("vi").replace(/\s+/g, " ")}`;
    if (seen.has(key)) return problems.set(i, "memberDuplicate");
    seen.add(key);
  });
  return problems;
}

/** A unit of the province as the form offers it. */
export interface VisitableUnit {
  code: string;
  kind: string;
  provinceCode: string | null;
}

/**
 * The units an inspection may list as visited: districts and communes (townships and wards
 * count as communes) of one province. Returns the province, or the problem with the choice.
 */
export function visitedUnitsProvince(
  units: readonly VisitableUnit[],
): { ok: true; provinceCode: string } | { ok: false; problem: "unitsRequired" | "unitsKind" | "unitsProvince" } {
  if (units.length === 0) return { ok: false, problem: "unitsRequired" };
  if (units.some((u) => !["district", "commune", "township", "ward"].includes(u.kind))) return { ok: false, problem: "unitsKind" };
  const provinces = new Set(units.map((u) => u.provinceCode));
  const [only] = [...provinces];
  if (provinces.size !== 1 || !only) return { ok: false, problem: "unitsProvince" };
  return { ok: true, provinceCode: only };
}

/** Communes whose criteria the team may observe: the communes listed as visited (a visited
 * district does not make each of its communes visited). */
export function observableCommunes(visited: readonly { code: string; kind: string }[]): string[] {
  return visited.filter((u) => u.kind === "commune" || u.kind === "township" || u.kind === "ward").map((u) => u.code);
}

/** Was the unit in existence on the day (validFrom and validTo inclusive; null = open)? Units
 * merged or abolished (communes merged in 2020, districts abolished on 1/7/2025) can only have
 * been visited while they existed. */
export function unitInForceOn(unit: { validFrom: CalendarDate | null; validTo: CalendarDate | null }, day: CalendarDate): boolean {
  if (unit.validFrom && compareCalendarDates(day, unit.validFrom) < 0) return false;
  if (unit.validTo && compareCalendarDates(day, unit.validTo) > 0) return false;
  return true;
}

/** An inspection is recorded after it took place: its date may not be after today (Vietnam). */
export function inspectionDateProblem(date: CalendarDate, today: CalendarDate): "dateFuture" | null {
  return compareCalendarDates(date, today) > 0 ? "dateFuture" : null;
}

export type ThreeViews = { self: Status; verified: Status; inspection: Status };
export type ViewPair = "self_verified" | "self_inspection" | "verified_inspection";
const PAIRS: readonly [ViewPair, keyof ThreeViews, keyof ThreeViews][] = [
  ["self_verified", "self", "verified"],
  ["self_inspection", "self", "inspection"],
  ["verified_inspection", "verified", "inspection"],
];

/** The pairs of views that disagree on a criterion: both assessed and different. A view not
 * assessed disagrees with nothing. */
export function viewDisagreements(views: ThreeViews): ViewPair[] {
  return PAIRS.filter(([, a, b]) => views[a] !== "not_assessed" && views[b] !== "not_assessed" && views[a] !== views[b]).map(([p]) => p);
}

export interface ObservationChange {
  criterionNumber: number;
  from: { status: Status; note: string | null } | null;
  to: { status: Status; note: string | null };
}

/**
 * The observations that change when a form of observations is saved: a criterion left "not
 * assessed" without a note, that had no observation yet, is not recorded; an unchanged one is
 * not recorded again.
 */
export function observationChanges(
  before: ReadonlyMap<number, { status: Status; note: string | null }>,
  after: readonly { criterionNumber: number; status: Status; note: string | null }[],
): ObservationChange[] {
  const out: ObservationChange[] = [];
  for (const a of after) {
    const b = before.get(a.criterionNumber) ?? null;
    if (!b && a.status === "not_assessed" && !a.note) continue;
    if (b && b.status === a.status && (b.note ?? null) === (a.note ?? null)) continue;
    out.push({ criterionNumber: a.criterionNumber, from: b, to: { status: a.status, note: a.note } });
  }
  return out;
}

// ——— Who reads an inspection ———

/** Where a unit sits in the unit tree: its province, district and commune (township, ward)
 * codes, null above its own level. Same shape as lib/data/scope.ts's Place. */
export interface UnitPlace {
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
}

/**
 * The area whose figures an inspection's report states (its section I.2.a): the one district all
 * the units visited belong to, else their province. Null when the visits span several provinces
 * or there are none.
 */
export function inspectionArea(visited: readonly UnitPlace[]): UnitPlace | null {
  const provinces = new Set(visited.map((p) => p.provinceCode));
  const [provinceCode] = [...provinces];
  if (provinces.size !== 1 || !provinceCode) return null;
  const districts = new Set(visited.map((p) => p.districtCode));
  const [districtCode] = [...districts];
  return { provinceCode, districtCode: districts.size === 1 && districtCode ? districtCode : null, communeCode: null };
}

export interface InspectionAccess {
  /** The inspection itself (list, detail page, and the observations of the communes `mayRead` allows). */
  read: boolean;
  /** Its report (print page and DOCX), which states the whole area's figures and every visited
   * commune's standing. */
  report: boolean;
}

/**
 * Who reads an inspection, from whether the reader may read a place (`can(viewer, "unit.read",
 * place)`, or a read scope — the two agree):
 * - the inspection: whoever reads at least one unit it visited. So the coordination office and
 *   department inspectors every inspection of their province, a district officer one that visited
 *   their district or a commune of it, a commune official one that visited their commune; never
 *   a reader of another province, nor a deactivated account (who reads nothing).
 * - its report: whoever reads the inspection, every unit visited and the whole area of
 *   `inspectionArea` (the report gives the district's figures and the other communes' standing),
 *   so the district's officer but not a commune official.
 */
export function inspectionAccess(visited: readonly UnitPlace[], mayRead: (place: UnitPlace) => boolean): InspectionAccess {
  const read = visited.some((p) => mayRead(p));
  const area = inspectionArea(visited);
  return { read, report: read && area !== null && mayRead(area) && visited.every((p) => mayRead(p)) };
}
