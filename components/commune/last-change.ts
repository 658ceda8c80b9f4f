import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

/** When a recorded status or value last changed, as the editing page says it: the moment of an edit
 * made in the app (written and effective together), or only the day of a value that took effect
 * on another day than it was written — a document's date for loaded data, never the loading time. */
export function lastChangeAt(cur: { at: Date | null; effectiveAt: Date | null }, locale: Locale): string {
  if (!cur.at) return formatDate(cur.effectiveAt, locale);
  if (cur.effectiveAt && Math.abs(cur.at.getTime() - cur.effectiveAt.getTime()) > 60_000) return formatDate(cur.effectiveAt, locale);
  return formatDateTime(cur.at, locale);
}
