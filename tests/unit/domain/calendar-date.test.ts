import { describe, expect, it } from "vitest";
import {
  calendarDateInVietnam,
  compareCalendarDates,
  daysInMonth,
  isValidCalendarDate,
  lastDayOfMonth,
} from "@/lib/domain/calendar-date";

describe("calendar dates", () => {
  it.each([
    [2020, 2, 29],
    [2021, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2020, 6, 30],
    [2020, 12, 31],
    [2020, 13, 0],
    [2020, 0, 0],
  ])("daysInMonth(%s, %s) = %s", (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it.each([
    [{ year: 2020, month: 2, day: 29 }, true],
    [{ year: 2020, month: 2, day: 30 }, false],
    [{ year: 2020, month: 2, day: 31 }, false],
    [{ year: 2020, month: 6, day: 31 }, false],
    [{ year: 2020, month: 6, day: 0 }, false],
    [{ year: 2020, month: 13, day: 1 }, false],
    [{ year: 2020, month: 6, day: 1.5 }, false],
  ])("isValidCalendarDate(%j) = %s", (d, ok) => {
    expect(isValidCalendarDate(d)).toBe(ok);
  });

  it("lastDayOfMonth and compare", () => {
    expect(lastDayOfMonth(2020, 6)).toEqual({ year: 2020, month: 6, day: 30 });
    expect(compareCalendarDates({ year: 2020, month: 6, day: 30 }, { year: 2020, month: 7, day: 1 })).toBeLessThan(0);
    expect(compareCalendarDates({ year: 2021, month: 1, day: 1 }, { year: 2020, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareCalendarDates({ year: 2020, month: 6, day: 30 }, { year: 2020, month: 6, day: 30 })).toBe(0);
  });

  it.each([
    ["2020-06-29T17:00:00Z", { year: 2020, month: 6, day: 30 }],
    ["2020-06-29T16:59:59Z", { year: 2020, month: 6, day: 29 }],
    ["2020-12-31T17:00:00Z", { year: 2021, month: 1, day: 1 }],
    ["2020-06-30T00:00:00Z", { year: 2020, month: 6, day: 30 }],
  ])("calendarDateInVietnam(%s)", (iso, expected) => {
    expect(calendarDateInVietnam(new Date(iso))).toEqual(expected);
  });

  it("an invalid Date has no calendar day", () => {
    expect(calendarDateInVietnam(new Date(Number.NaN))).toBeNull();
  });
});
