import type { UnitDetail, UnitRef } from "@/lib/data/units";

/** The area whose criterion page lists a commune beside its neighbours: its district, or its
 * province where no district level exists (after 1 July 2025). Null for a unit without parent,
 * and when the viewer may not read that area (a commune official may not read their district):
 * `readable` holds the codes of the ancestors the viewer may read. */
export function criterionAreaOf(unit: Pick<UnitDetail, "ancestors">, readable: ReadonlySet<string>): UnitRef | null {
  const area = [...unit.ancestors].reverse().find((a) => a.kind === "district") ?? unit.ancestors.at(-1) ?? null;
  return area && readable.has(area.code) ? area : null;
}
