import { formatDateISO } from "@/lib/i18n/format";

// How the history timeline is split: the first few entries shown, the rest behind "Xem thêm",
// each part grouped by the day the changes took effect (Vietnamese calendar day).

export interface DayGroup<T> {
  /** "2020-05-20" */
  day: string;
  entries: T[];
  /** True when the same day already started in the part before (shown as "(tiếp)"). */
  continued: boolean;
}

/** Consecutive entries of the same day, in the given order (newest first). */
export function groupByDay<T extends { effectiveAt: Date }>(entries: T[], previousDay: string | null = null): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const day = formatDateISO(entry.effectiveAt) ?? "";
    const last = groups.at(-1);
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry], continued: groups.length === 0 && day === previousDay });
  }
  return groups;
}

/** The entries shown at once and those behind the disclosure, each grouped by day. */
export function splitTimeline<T extends { effectiveAt: Date }>(entries: T[], visible: number) {
  const shown = entries.slice(0, Math.max(0, visible));
  const hidden = entries.slice(shown.length);
  const shownGroups = groupByDay(shown);
  return { shown: shownGroups, hidden: groupByDay(hidden, shownGroups.at(-1)?.day ?? null), hiddenCount: hidden.length };
}
