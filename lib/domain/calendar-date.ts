// Calendar days without time zones, and the Vietnamese calendar day of an instant.
import type { CalendarDate } from "./types";

/** Vietnam (Asia/Ho_Chi_Minh) has been UTC+7 without daylight saving since 1975. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12); 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the three parts name a real day (31/2 does not). */
export function isValidCalendarDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.day) &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Last day of a month. */
export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day an instant falls on in Vietnam, whatever the server's time zone; null for an invalid Date. */
export function calendarDateInVietnam(instant: Date): CalendarDate | null {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return null;
  const shifted = new Date(ms + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
