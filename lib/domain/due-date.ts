// Reading a deadline written in Vietnamese ("trong tháng 6/2020", "cuối năm 2020") as a calendar
// day. Only unambiguous wordings give a date; everything else gives a warning. Never guesses.
import { daysInMonth, isValidCalendarDate, lastDayOfMonth } from "./calendar-date";
import { foldDiacritics } from "./text";
import type { CalendarDate } from "./types";

export type DueDateWarning = "empty" | "unparseable" | "ambiguous" | "invalid_date" | "conflicting_dates";

export interface DueDateParse {
  date: CalendarDate | null;
  warning: DueDateWarning | null;
}

/** Qualifiers that make a deadline unclear: đầu (early), giữa (mid), trước (before), sau (after), từ (from). */
const AMBIGUOUS_QUALIFIERS = new Set(["dau", "giua", "truoc", "sau", "tu"]);
/** "đến"/"tới" (until) is only clear for a period with "hết"/"cuối" (until the end of). */
const UNTIL_QUALIFIERS = new Set(["den", "toi"]);
const END_QUALIFIERS = new Set(["het", "cuoi"]);

const QUALIFIER = "(?:dau|giua|cuoi|het|trong|truoc|sau|tu|den|toi|vao)";
const SEP = String.raw`\s*(?:[/.-]\s*|\s+nam\s+)`; // "6/2020", "6-2020", "6 năm 2020"
const YEAR = String.raw`(\d{4})(?!\d)`;

// Alternatives in priority order at the same position (the half year must come before the
// qualifier "sau", which folds like "sáu" = six). Groups: q; half: n, part, y; dmy: d, m, y;
// long dmy: d, m, y; quarter: q, y; month: m, y; year: y.
const PATTERN = new RegExp(
  String.raw`\b((?:${QUALIFIER}\s+){0,2})(?:` +
    String.raw`(6|06|sau|nua)\s+(?:thang\s+)?(dau|cuoi)\s+nam\s+${YEAR}` +
    String.raw`|(?:ngay\s+)?(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*${YEAR}` +
    String.raw`|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+${YEAR}` +
    String.raw`|quy\s+(iv|i{1,3}|[1-4])(?![a-z0-9])${SEP}${YEAR}` +
    String.raw`|thang\s+(\d{1,2})${SEP}${YEAR}` +
    String.raw`|nam\s+${YEAR}` +
    ")",
  "g",
);

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

type Reading = { kind: "date"; date: CalendarDate } | { kind: "ambiguous" } | { kind: "invalid" };

/** Whether the qualifier words make the deadline unclear; periods additionally reject a bare "đến". */
function isAmbiguous(qualifiers: string[], isPeriod: boolean): boolean {
  if (qualifiers.some((q) => AMBIGUOUS_QUALIFIERS.has(q))) return true;
  const until = qualifiers.some((q) => UNTIL_QUALIFIERS.has(q));
  return isPeriod && until && !qualifiers.some((q) => END_QUALIFIERS.has(q));
}

/** A year the programme can plausibly name. */
const plausibleYear = (y: number) => y >= 1900 && y <= 2199;

/** Interpret one match as a date, or flag it. */
function readMatch(m: RegExpMatchArray): Reading {
  const g = (i: number) => m[i];
  const qualifiers = (g(1) ?? "").split(" ").filter((w) => w !== "");
  const num = (i: number) => Number(g(i));
  let date: CalendarDate;
  let isPeriod = true;

  if (g(2) !== undefined) {
    date = g(3) === "dau" ? lastDayOfMonth(num(4), 6) : lastDayOfMonth(num(4), 12);
  } else if (g(5) !== undefined || g(8) !== undefined) {
    const o = g(5) !== undefined ? 5 : 8;
    date = { year: num(o + 2), month: num(o + 1), day: num(o) };
    isPeriod = false;
  } else if (g(11) !== undefined) {
    const quarter = ROMAN_QUARTERS[g(11) ?? ""] ?? 0;
    date = lastDayOfMonth(num(12), quarter * 3);
  } else if (g(13) !== undefined) {
    const month = num(13);
    if (daysInMonth(num(14), month) === 0) return { kind: "invalid" };
    date = lastDayOfMonth(num(14), month);
  } else {
    date = lastDayOfMonth(num(15), 12);
  }

  if (isAmbiguous(qualifiers, isPeriod)) return { kind: "ambiguous" };
  if (!plausibleYear(date.year) || !isValidCalendarDate(date)) return { kind: "invalid" };
  return { kind: "date", date };
}

/** Parse a deadline as written; a period means its last day ("tháng 6/2020" → 30/6/2020). */
export function parseVietnameseDueDate(text: string): DueDateParse {
  const folded = foldDiacritics(text);
  if (folded === "") return { date: null, warning: "empty" };
  const readings = [...folded.matchAll(PATTERN)].map(readMatch);
  if (readings.length === 0) return { date: null, warning: "unparseable" };
  if (readings.some((r) => r.kind === "ambiguous")) return { date: null, warning: "ambiguous" };
  const dates: CalendarDate[] = [];
  for (const r of readings) {
    if (r.kind !== "date") return { date: null, warning: "invalid_date" };
    dates.push(r.date);
  }
  const [first, ...rest] = dates;
  if (first === undefined) return { date: null, warning: "unparseable" };
  const same = rest.every((d) => d.year === first.year && d.month === first.month && d.day === first.day);
  return same ? { date: first, warning: null } : { date: null, warning: "conflicting_dates" };
}
