import { describe, expect, it } from "vitest";
import { endOfVietnamDay, formatIsoDay, parseIsoDay, storedDay, vietnamToday } from "@/lib/domain/as-of";

describe("as-of days", () => {
  it("ends a Vietnamese day at 16:59:59.999 UTC", () => {
    expect(endOfVietnamDay({ year: 2020, month: 5, day: 20 }).toISOString()).toBe("2020-05-20T16:59:59.999Z");
    expect(endOfVietnamDay({ year: 2020, month: 12, day: 31 }).toISOString()).toBe("2020-12-31T16:59:59.999Z");
  });

  it("includes a date-only value stored at 00:00 UTC of that day, and not the next day's", () => {
    const end = endOfVietnamDay({ year: 2020, month: 5, day: 20 });
    expect(new Date("2020-05-20T00:00:00Z") <= end).toBe(true);
    expect(new Date("2020-05-21T00:00:00Z") <= end).toBe(false);
    // an edit made at 06:00 on 21/5 in Vietnam (23:00 UTC on 20/5) is not part of 20/5
    expect(new Date("2020-05-20T23:00:00Z") <= end).toBe(false);
  });

  it.each([
    ["2020-05-20", { year: 2020, month: 5, day: 20 }],
    ["2020-02-29", { year: 2020, month: 2, day: 29 }],
    ["2019-02-29", null],
    ["2020-13-01", null],
    ["20-05-2020", null],
    ["2020-5-20", null],
    ["", null],
  ])("parses %j", (text, expected) => {
    expect(parseIsoDay(text)).toEqual(expected);
  });

  it("formats and reads back", () => {
    expect(formatIsoDay({ year: 2020, month: 6, day: 3 })).toBe("2020-06-03");
    expect(storedDay(new Date("2020-06-30T00:00:00Z"))).toEqual({ year: 2020, month: 6, day: 30 });
  });

  it("knows today in Vietnam whatever the server's zone", () => {
    expect(vietnamToday(new Date("2026-11-25T17:30:00Z"))).toEqual({ year: 2026, month: 11, day: 26 });
    expect(vietnamToday(new Date("2026-11-25T16:30:00Z"))).toEqual({ year: 2026, month: 11, day: 25 });
  });
});
