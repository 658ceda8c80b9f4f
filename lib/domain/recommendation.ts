// Rules of the recommendation register (kiến nghị): which status changes are allowed and when a
// note is required, what counts as overdue or due soon, the order of a work queue, and when a
// recommendation should be suggested for closing. Pure: "now" is always a parameter.
//
// Status life cycle (decided here, documented on the detail page):
//   open → in_progress → done
//   open → done            (a task can be finished without being marked as started)
//   open | in_progress → cancelled
//   done | cancelled → open (reopen)
// Closing (done or cancelled) and reopening need a written note: they are the changes an
// inspector will later ask "why?" about. Starting work (→ in_progress) may have a note.
import { VIETNAM_UTC_OFFSET_MINUTES, calendarDateInVietnam, compareCalendarDates } from "./calendar-date";
import { isOverdue, isUnfinished } from "./gaps";
import type { CalendarDate, RecommendationStatus, Status } from "./types";

export { isOverdue, isUnfinished };

/** How many days ahead a deadline counts as "due soon". */
export const DUE_SOON_DAYS = 14;

const TRANSITIONS: Record<RecommendationStatus, readonly RecommendationStatus[]> = {
  open: ["in_progress", "done", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: ["open"],
  cancelled: ["open"],
};

/** The statuses a recommendation may move to from `from`. */
export function allowedTransitions(from: RecommendationStatus): readonly RecommendationStatus[] {
  return TRANSITIONS[from] ?? [];
}

/** Done or cancelled: the recommendation is closed. */
export function isClosed(status: RecommendationStatus): boolean {
  return status === "done" || status === "cancelled";
}

/** Whether moving from → to needs a written note (closing and reopening do). */
export function noteRequired(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return isClosed(to) || (isClosed(from) && to === "open");
}

export type StatusChangeRefusal = "same_status" | "not_allowed" | "note_required";

/** May the status change from → to with this note? */
export function checkStatusChange(
  from: RecommendationStatus,
  to: RecommendationStatus,
  note: string | null,
): { ok: true } | { ok: false; reason: StatusChangeRefusal } {
  if (from === to) return { ok: false, reason: "same_status" };
  if (!allowedTransitions(from).includes(to)) return { ok: false, reason: "not_allowed" };
  if (noteRequired(from, to) && (note ?? "").trim() === "") return { ok: false, reason: "note_required" };
  return { ok: true };
}

/** A calendar day `days` after another. */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** How a date-only deadline is stored: 00:00 UTC of its calendar day (read back in Vietnam, the
 * same day). */
export function storedDueDate(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** The first instant of a Vietnamese calendar day (due dates before it are overdue when stored
 * as in `storedDueDate`). */
export function startOfVietnamDay(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day) - VIETNAM_UTC_OFFSET_MINUTES * 60_000);
}

export type DueState = "overdue" | "due_soon" | "later" | "no_date" | "closed";

interface DueInput {
  dueDate: Date | null;
  status: RecommendationStatus;
}

/** Where an unfinished recommendation stands against its deadline, on the Vietnamese calendar:
 * overdue after the due day; due soon from today until `days` days ahead (inclusive). */
export function dueState(rec: DueInput, now: Date, days = DUE_SOON_DAYS): DueState {
  if (!isUnfinished(rec.status)) return "closed";
  if (rec.dueDate === null) return "no_date";
  const due = calendarDateInVietnam(rec.dueDate);
  const today = calendarDateInVietnam(now);
  if (due === null || today === null) return "no_date";
  if (isOverdue(rec, now)) return "overdue";
  return compareCalendarDates(due, addDays(today, days)) <= 0 ? "due_soon" : "later";
}

/** Unfinished and due within `days` days (today included), not yet overdue. */
export function isDueSoon(rec: DueInput, now: Date, days = DUE_SOON_DAYS): boolean {
  return dueState(rec, now, days) === "due_soon";
}

/** The last day a query should fetch to see everything overdue or due soon. */
export function dueSoonHorizon(now: Date, days = DUE_SOON_DAYS): Date {
  const today = calendarDateInVietnam(now) ?? { year: 1970, month: 1, day: 1 };
  return startOfVietnamDay(addDays(today, days + 1));
}

/** Work-queue order: overdue first, then by due date (earliest first), undated last; finished
 * ones after all unfinished; ties by id (the order they were recorded). */
export function compareForQueue<T extends DueInput & { id: number }>(a: T, b: T, now: Date): number {
  const rank = (r: T) => (isOverdue(r, now) ? 0 : !isUnfinished(r.status) ? 2 : 1);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const ta = a.dueDate?.getTime() ?? Number.NaN;
  const tb = b.dueDate?.getTime() ?? Number.NaN;
  const fa = Number.isFinite(ta);
  const fb = Number.isFinite(tb);
  if (fa && fb && ta !== tb) return ta - tb;
  if (fa !== fb) return fa ? -1 : 1;
  return a.id - b.id;
}

/** A copy sorted in work-queue order. */
export function sortForQueue<T extends DueInput & { id: number }>(recs: readonly T[], now: Date): T[] {
  return [...recs].sort((a, b) => compareForQueue(a, b, now));
}

/** The standing a closing suggestion looks at: the linked criterion's (and, when the
 * recommendation names one, the indicator's) status in the verified and self views. */
export interface LinkedStanding {
  criterion: { self: Status; verified: Status } | null;
  indicator?: { self: Status | null; verified: Status | null } | null;
}

export interface ClosingSuggestion {
  /** What is met now. */
  subject: "criterion" | "indicator";
  /** Which view says so: the verified status when there is one, else the self-assessment. */
  view: "verified" | "self";
}

/** The status that counts: verified when assessed, else self. */
function effective(pair: { self: Status | null; verified: Status | null }): { status: Status | null; view: "verified" | "self" } {
  if (pair.verified !== null && pair.verified !== "not_assessed") return { status: pair.verified, view: "verified" };
  return { status: pair.self, view: "self" };
}

/** An unfinished recommendation tied to a criterion (or indicator) that is now met — in the
 * verified view, or the self-assessment when nothing is verified — is suggested for closing.
 * An indicator with its own recorded status decides for itself; otherwise its criterion decides.
 * Only a suggestion: closing still takes a person and a note. */
export function closingSuggestion(
  rec: { status: RecommendationStatus; criterionNumber: number | null },
  standing: LinkedStanding,
): ClosingSuggestion | null {
  if (!isUnfinished(rec.status) || rec.criterionNumber === null) return null;
  const ind = standing.indicator ? effective(standing.indicator) : null;
  if (ind && ind.status !== null && ind.status !== "not_assessed") {
    return ind.status === "met" ? { subject: "indicator", view: ind.view } : null;
  }
  if (!standing.criterion) return null;
  const c = effective(standing.criterion);
  return c.status === "met" ? { subject: "criterion", view: c.view } : null;
}
