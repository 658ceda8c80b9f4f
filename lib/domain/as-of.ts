// The "as of" instant of a view: the standing on a calendar day includes everything that took
// effect up to the end of that day in Vietnam.
import { VIETNAM_UTC_OFFSET_MINUTES, calendarDateInVietnam, isValidCalendarDate } from "./calendar-date";
import type { CalendarDate } from "./types";

/** The last millisecond of a Vietnamese calendar day, as an instant. */
export function endOfVietnamDay(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day + 1) - VIETNAM_UTC_OFFSET_MINUTES * 60_000 - 1);
}

/** "2020-05-20" → { year: 2020, month: 5, day: 20 }; null when it is not a real day. */
export function parseIsoDay(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(d) ? d : null;
}

/** { 2020, 5, 20 } → "2020-05-20". */
export function formatIsoDay(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Today in Vietnam as a calendar day ("now" is a parameter). */
export function vietnamToday(now: Date): CalendarDate {
  return calendarDateInVietnam(now) ?? { year: 1970, month: 1, day: 1 };
}

/** The calendar day of a date-only value stored at 00:00 UTC. */
export function storedDay(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
