import type { AuditJson } from "@/lib/data/audit";

// What changed in one audit entry, field by field, in a stable order. Pure.

export interface AuditChange {
  field: string;
  from: string | number | boolean | null | undefined;
  to: string | number | boolean | null | undefined;
}

const ORDER = ["username", "key", "indicator", "area", "year", "displayName", "role", "unit", "department", "active", "password", "apiToken", "op", "value", "valueText", "secondaryMin", "basis"];

/**
 * The fields whose value differs between old and new (a created entity: every field of the new
 * value; a removed one: every field of the old). Identifying fields that did not change
 * (username, indicator, area, key) are kept so the reader knows what the entry is about.
 */
export function auditChanges(oldValue: AuditJson | null, newValue: AuditJson | null): AuditChange[] {
  const keys = [...new Set([...Object.keys(oldValue ?? {}), ...Object.keys(newValue ?? {})])];
  keys.sort((a, b) => (ORDER.indexOf(a) === -1 ? 99 : ORDER.indexOf(a)) - (ORDER.indexOf(b) === -1 ? 99 : ORDER.indexOf(b)) || a.localeCompare(b));
  const identifying = new Set(["username", "indicator", "area", "key"]);
  const out: AuditChange[] = [];
  for (const field of keys) {
    const from = oldValue ? oldValue[field] : undefined;
    const to = newValue ? newValue[field] : undefined;
    const changed = oldValue === null || newValue === null || from !== to;
    if (!changed && !identifying.has(field)) continue;
    if (oldValue === null && (to === null || to === undefined)) continue;
    if (newValue === null && (from === null || from === undefined)) continue;
    out.push({ field, from, to });
  }
  return out;
}
