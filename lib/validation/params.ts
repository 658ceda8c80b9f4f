import { z } from "zod";
import { endOfVietnamDay, formatIsoDay, parseIsoDay, vietnamToday } from "@/lib/domain/as-of";
import type { CalendarDate } from "@/lib/domain/types";

// URL parameters shared by pages and the API.

/** A GSO unit code as it appears in URLs. Anything else is simply an unknown unit (404). */
export const unitCodeSchema = z.string().regex(/^\d{2,5}$/);

/** `asOf=YYYY-MM-DD`, a real calendar day not after today (Vietnam time). */
export function asOfSchema(now: Date) {
  const today = vietnamToday(now);
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "asOf must be a date written YYYY-MM-DD")
    .transform((s, ctx) => {
      const d = parseIsoDay(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "asOf is not a real calendar day" });
        return z.NEVER;
      }
      if (formatIsoDay(d) > formatIsoDay(today)) {
        ctx.addIssue({ code: "custom", message: "asOf cannot be in the future" });
        return z.NEVER;
      }
      return d;
    });
}

export interface AsOf {
  day: CalendarDate;
  iso: string;
  /** Last instant of that day in Vietnam: history up to it counts. */
  cutoff: Date;
  /** True when no date was asked for (today). */
  isToday: boolean;
}

/** Reads an optional asOf value: today when absent; an error message when invalid. */
export function readAsOf(raw: string | null | undefined, now: Date): { ok: true; asOf: AsOf } | { ok: false; message: string } {
  const today = vietnamToday(now);
  if (raw === null || raw === undefined || raw === "") {
    return { ok: true, asOf: { day: today, iso: formatIsoDay(today), cutoff: endOfVietnamDay(today), isToday: true } };
  }
  const parsed = asOfSchema(now).safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "invalid asOf" };
  const day = parsed.data;
  const iso = formatIsoDay(day);
  return { ok: true, asOf: { day, iso, cutoff: endOfVietnamDay(day), isToday: iso === formatIsoDay(today) } };
}
