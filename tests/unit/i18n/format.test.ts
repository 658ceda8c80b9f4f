import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import {
  EMPTY_VALUE,
  formatDate,
  formatDateISO,
  formatDateTime,
  formatNumber,
  formatPercent,
  type NumberFormatOptions,
} from "@/lib/i18n/format";

const ONE_DIGIT: NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

describe("formatNumber", () => {
  const cases: [number | null, Locale, NumberFormatOptions | undefined, string][] = [
    [11, "vi", ONE_DIGIT, "11,0"],
    [10.9, "vi", ONE_DIGIT, "10,9"],
    [176 / 16, "vi", ONE_DIGIT, "11,0"],
    [1234.5, "vi", ONE_DIGIT, "1.234,5"],
    [1234.5, "vi", undefined, "1.234,5"],
    [1234567, "vi", undefined, "1.234.567"],
    [19, "vi", { maximumFractionDigits: 0 }, "19"],
    [10.94, "vi", { maximumFractionDigits: 1 }, "10,9"],
    [11, "vi", { maximumFractionDigits: 1 }, "11"],
    [0, "vi", ONE_DIGIT, "0,0"],
    [-0.04, "vi", ONE_DIGIT, "0,0"],
    [-2.5, "vi", ONE_DIGIT, "-2,5"],
    [11, "en", ONE_DIGIT, "11.0"],
    [10.9, "en", ONE_DIGIT, "10.9"],
    [1234.5, "en", ONE_DIGIT, "1,234.5"],
    [null, "vi", ONE_DIGIT, EMPTY_VALUE],
    [null, "en", undefined, EMPTY_VALUE],
    [Number.NaN, "vi", undefined, EMPTY_VALUE],
    [Number.POSITIVE_INFINITY, "en", undefined, EMPTY_VALUE],
  ];

  it.each(cases)("formatNumber(%s, %s, %o) → %s", (n, locale, options, expected) => {
    expect(formatNumber(n, locale, options)).toBe(expected);
  });

  it("lets the maximum win when the minimum is larger (no RangeError)", () => {
    expect(formatNumber(1.25, "vi", { minimumFractionDigits: 3, maximumFractionDigits: 1 })).toBe("1,3");
  });

  it("accepts a minimum alone", () => {
    expect(formatNumber(2, "vi", { minimumFractionDigits: 2 })).toBe("2,00");
  });
});

describe("formatPercent", () => {
  const cases: [number | null, Locale, Parameters<typeof formatPercent>[2], string][] = [
    [0.5, "vi", undefined, "50%"],
    [3 / 16, "vi", { maximumFractionDigits: 1 }, "18,8%"],
    [84.2, "vi", { from: "percent", maximumFractionDigits: 1 }, "84,2%"],
    [0.5, "en", undefined, "50%"],
    [3 / 16, "en", { maximumFractionDigits: 1 }, "18.8%"],
    [null, "vi", undefined, EMPTY_VALUE],
  ];
  it.each(cases)("formatPercent(%s, %s, %o) → %s", (value, locale, options, expected) => {
    expect(formatPercent(value, locale, options)).toBe(expected);
  });
});

describe("formatDate", () => {
  const cases: [Date | string | null, Locale, string][] = [
    [new Date("2020-05-20T00:00:00Z"), "vi", "20/05/2020"],
    [new Date("2020-05-20T00:00:00Z"), "en", "20/05/2020"],
    // 23:30 UTC on 19 May is already 20 May in Vietnam (UTC+7).
    [new Date("2020-05-19T23:30:00Z"), "vi", "20/05/2020"],
    // Midnight in Vietnam is still the previous day in UTC.
    [new Date("2020-05-19T17:00:00Z"), "vi", "20/05/2020"],
    [new Date("2020-04-23T12:00:00+07:00"), "vi", "23/04/2020"],
    ["2020-03-12", "vi", "12/03/2020"],
    ["2020-03-12", "en", "12/03/2020"],
    ["2020-06-30T10:00:00+07:00", "vi", "30/06/2020"],
    [null, "vi", EMPTY_VALUE],
    ["not a date", "vi", EMPTY_VALUE],
  ];
  it.each(cases)("formatDate(%s, %s) → %s", (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
});

describe("formatDateTime", () => {
  it("shows Vietnam's wall-clock time", () => {
    expect(formatDateTime(new Date("2020-05-20T01:30:00Z"), "vi")).toBe("08:30 20/05/2020");
    expect(formatDateTime(new Date("2020-05-20T01:30:00Z"), "en")).toBe("20/05/2020, 08:30");
    expect(formatDateTime(null, "en")).toBe(EMPTY_VALUE);
  });
});

describe("formatDateISO", () => {
  const cases: [Date | string | null, string | null][] = [
    [new Date("2020-05-20T00:00:00Z"), "2020-05-20"],
    [new Date("2020-05-19T17:00:00Z"), "2020-05-20"],
    [new Date("2020-12-31T18:00:00Z"), "2021-01-01"],
    ["2020-03-12", "2020-03-12"],
    [null, null],
    ["nonsense", null],
  ];
  it.each(cases)("formatDateISO(%s) → %s", (date, expected) => {
    expect(formatDateISO(date)).toBe(expected);
  });
});
