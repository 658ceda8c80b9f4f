// Gap list: what a commune still lacks, who is in charge, and which tasks are open or overdue.
import { calendarDateInVietnam, compareCalendarDates } from "./calendar-date";
import { resultToStatus, type IndicatorResult } from "./indicator";
import type { DepartmentRole, RecommendationStatus, Status } from "./types";

export interface GapDepartment {
  code: string;
  shortName: string;
  role: DepartmentRole;
}

export interface GapCriterionInput {
  number: number;
  name: string;
  status: Status;
  departments: GapDepartment[];
  indicators?: { code: string; result: IndicatorResult }[];
}

export interface RecommendationInput {
  id: number;
  criterionNumber: number | null;
  text: string;
  dueDate: Date | null;
  dueText: string | null;
  status: RecommendationStatus;
  addressee: string;
}

export type GapRecommendation = RecommendationInput & { overdue: boolean };

export interface FailingIndicator {
  code: string;
  outcome: "not_met" | "nearly_met";
  /** Positive = amount missing (absence: the count left), null when not measurable. */
  gap: number | null;
  result: IndicatorResult;
}

export interface GapItem {
  number: number;
  name: string;
  status: "not_met" | "nearly_met";
  /** Lead first; empty = no department named. */
  departments: GapDepartment[];
  failingIndicators: FailingIndicator[];
  /** Open or in-progress recommendations for this criterion, by due date (none last). */
  recommendations: GapRecommendation[];
}

export interface GapList {
  items: GapItem[];
  /** Open recommendations not tied to a criterion. */
  general: GapRecommendation[];
  /** Open recommendations tied to a criterion that is not in the list (met or not assessed). */
  otherCriteria: GapRecommendation[];
}

/** Lead departments before supporting ones. */
const roleRank = (role: DepartmentRole) => (role === "lead" ? 0 : 1);

const SEVERITY: Partial<Record<Status, number>> = { not_met: 0, nearly_met: 1 };

/** Finished recommendations are never overdue. */
export function isUnfinished(status: RecommendationStatus): boolean {
  return status === "open" || status === "in_progress";
}

/** Due date passed and unfinished. The due date is a whole day in Vietnam: a task due
 * 30/6 becomes overdue on 1/7 (Vietnamese calendar days, whatever the server's time zone). */
export function isOverdue(rec: { dueDate: Date | null; status: RecommendationStatus }, now: Date): boolean {
  if (!isUnfinished(rec.status) || rec.dueDate === null) return false;
  const due = calendarDateInVietnam(rec.dueDate);
  const today = calendarDateInVietnam(now);
  if (due === null || today === null) return false;
  return compareCalendarDates(today, due) > 0;
}

/** Open recommendations with their overdue flag, by due date (none last, ties keep input order). */
function openRecommendations(recs: RecommendationInput[], now: Date): GapRecommendation[] {
  return recs
    .filter((r) => isUnfinished(r.status))
    .sort(byDueDate)
    .map((r) => ({ ...r, overdue: isOverdue(r, now) }));
}

/** Earlier due date first; no (or an invalid) due date last. */
function byDueDate(a: RecommendationInput, b: RecommendationInput): number {
  const ta = a.dueDate?.getTime() ?? Number.NaN;
  const tb = b.dueDate?.getTime() ?? Number.NaN;
  const fa = Number.isFinite(ta);
  const fb = Number.isFinite(tb);
  if (fa && fb) return ta - tb;
  return fa === fb ? 0 : fa ? -1 : 1;
}

/** Indicators that are not met or nearly met. */
function failingIndicators(indicators: GapCriterionInput["indicators"]): FailingIndicator[] {
  const out: FailingIndicator[] = [];
  for (const { code, result } of indicators ?? []) {
    const status = resultToStatus(result);
    if (status === "not_met" || status === "nearly_met") out.push({ code, outcome: status, gap: result.gap, result });
  }
  return out;
}

/** Criteria not met or nearly met (not met first, then by number) with departments, failing
 * indicators and open recommendations; plus general and other open recommendations. */
export function gapList(input: { criteria: GapCriterionInput[]; recommendations: RecommendationInput[]; now: Date }): GapList {
  const open = openRecommendations(input.recommendations, input.now);
  const gaps = input.criteria
    .filter((c) => SEVERITY[c.status] !== undefined)
    .sort((a, b) => (SEVERITY[a.status] ?? 0) - (SEVERITY[b.status] ?? 0) || a.number - b.number);
  const inList = new Set(gaps.map((c) => c.number));

  const items: GapItem[] = gaps.map((c) => ({
    number: c.number,
    name: c.name,
    status: c.status === "not_met" ? "not_met" : "nearly_met",
    departments: [...c.departments].sort((a, b) => roleRank(a.role) - roleRank(b.role)),
    failingIndicators: failingIndicators(c.indicators),
    recommendations: open.filter((r) => r.criterionNumber === c.number),
  }));

  return {
    items,
    general: open.filter((r) => r.criterionNumber === null),
    otherCriteria: open.filter((r) => r.criterionNumber !== null && !inList.has(r.criterionNumber)),
  };
}
