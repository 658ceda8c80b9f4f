import { INTL_LOCALE, TIME_ZONE, type Locale } from "./config";

// Number and date formatting for display. Pure and client-safe. Rounding happens only here,
// at display time; domain functions keep full precision and return null for "no value".

/** Shown wherever a value is missing (null, NaN, invalid date). */
export const EMPTY_VALUE = "—";

export interface NumberFormatOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

export interface PercentFormatOptions extends NumberFormatOptions {
  /** "ratio": 0.842 → 84,2 % (default, like Intl); "percent": the value is already 84.2. */
  from?: "ratio" | "percent";
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function fractionDigits(options: NumberFormatOptions | undefined): Intl.NumberFormatOptions {
  const max = options?.maximumFractionDigits;
  const min = options?.minimumFractionDigits;
  if (max === undefined && min === undefined) return {};
  if (max === undefined) return { minimumFractionDigits: min, maximumFractionDigits: Math.max(min ?? 0, 3) };
  // A minimum above the maximum is a RangeError in Intl: the maximum wins.
  return { minimumFractionDigits: Math.min(min ?? 0, max), maximumFractionDigits: max };
}

/**
 * formatNumber(11, "vi", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) → "11,0";
 * formatNumber(1234.5, "vi") → "1.234,5"; formatNumber(null, "vi") → "—".
 * Without options Intl's defaults apply (up to 3 fraction digits). "-0" is never shown.
 */
export function formatNumber(
  n: number | null | undefined,
  locale: Locale,
  options?: NumberFormatOptions,
): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return EMPTY_VALUE;
  return numberFormat(locale, { ...fractionDigits(options), signDisplay: "negative" }).format(n);
}

/** formatPercent(0.842, "vi", { maximumFractionDigits: 1 }) → "84,2%"; with from: "percent", 84.2 → "84,2%". */
export function formatPercent(
  value: number | null | undefined,
  locale: Locale,
  options?: PercentFormatOptions,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY_VALUE;
  const ratio = options?.from === "percent" ? value / 100 : value;
  const digits = fractionDigits(options);
  return numberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
    ...digits,
    signDisplay: "negative",
  }).format(ratio);
}

export type DateInput = Date | string | number;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(input: DateInput | null | undefined): Date | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "string") {
    // A bare calendar date ("2020-05-20") is a Vietnamese calendar date, not a UTC instant:
    // pin it to noon in Vietnam so no time zone can move it to another day.
    const m = DATE_ONLY.exec(input);
    const date = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T12:00:00+07:00`) : new Date(input);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const date = input instanceof Date ? input : new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: TIME_ZONE });
    dateFormats.set(key, format);
  }
  return format;
}

/** formatDate(new Date("2020-05-20T00:00:00Z"), "vi") → "20/05/2020" (same in en: en-GB). Null → "—". */
export function formatDate(date: DateInput | null | undefined, locale: Locale): string {
  const d = toDate(date);
  if (!d) return EMPTY_VALUE;
  return dateFormat(INTL_LOCALE[locale], { day: "2-digit", month: "2-digit", year: "numeric" }).format(d);
}

/** Date and time in Vietnam: vi "07:00 20/05/2020", en "20/05/2020, 07:00". Null → "—". */
export function formatDateTime(date: DateInput | null | undefined, locale: Locale): string {
  const d = toDate(date);
  if (!d) return EMPTY_VALUE;
  return dateFormat(INTL_LOCALE[locale], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
}

/**
 * The calendar date in Vietnam as "YYYY-MM-DD", e.g. for <time dateTime>. Returns null for a
 * missing or invalid date.
 */
export function formatDateISO(date: DateInput | null | undefined): string | null {
  const d = toDate(date);
  if (!d) return null;
  const parts = dateFormat("en-CA", { day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
