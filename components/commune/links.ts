import type { UnitDetail, UnitRef } from "@/lib/data/units";

/** The area whose criterion page lists a commune beside its neighbours: its district, or its
 * province where no district level exists (after 1 July 2025). Null for a unit without parent. */
export function criterionAreaOf(unit: Pick<UnitDetail, "ancestors">): UnitRef | null {
  return [...unit.ancestors].reverse().find((a) => a.kind === "district") ?? unit.ancestors.at(-1) ?? null;
}

/** Link to an area's page for one criterion, keeping a chosen "as of" date (omitted for today). */
export function criterionHref(areaCode: string, number: number, asOf?: { iso: string; isToday: boolean }): string {
  const path = `/units/${areaCode}/criteria/${number}`;
  return asOf && !asOf.isToday ? `${path}?asOf=${asOf.iso}` : path;
}
