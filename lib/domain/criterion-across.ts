// One criterion across the communes of a district or province: how many meet it, and in which
// order to list them. A commune known only by a document's total says nothing about any single
// criterion: it is counted apart, never as met or not met.
import type { Status } from "./types";

/** What is known about a commune for one criterion: its own per-criterion assessment
 * ("detailed"), only a document's total of criteria met ("document"), or nothing ("none"). */
export type CriterionRowBasis = "detailed" | "document" | "none";

export interface CriterionRowInput {
  basis: CriterionRowBasis;
  /** The verified status (only meaningful when basis is "detailed"). */
  verified: { status: Status };
  self: { status: Status };
}

export interface StatusCounts {
  met: number;
  nearlyMet: number;
  notMet: number;
  /** Communes with per-criterion data but no status for this criterion, and communes with no data. */
  notAssessed: number;
}

export interface CriterionTally extends StatusCounts {
  /** Communes known only by a document total (not counted in any status). */
  documentOnly: number;
  communeCount: number;
  /** The same counts for the communes' self-assessment. */
  self: StatusCounts;
}

function countStatuses(rows: CriterionRowInput[], pick: (r: CriterionRowInput) => Status): StatusCounts {
  const counts: StatusCounts = { met: 0, nearlyMet: 0, notMet: 0, notAssessed: 0 };
  for (const r of rows) {
    if (r.basis === "document") continue;
    const status = r.basis === "detailed" ? pick(r) : "not_assessed";
    if (status === "met") counts.met++;
    else if (status === "nearly_met") counts.nearlyMet++;
    else if (status === "not_met") counts.notMet++;
    else counts.notAssessed++;
  }
  return counts;
}

/** Counts of the verified (and self-assessed) status of one criterion over the communes; the
 * verified counts plus documentOnly always add up to communeCount. */
export function criterionTally(rows: CriterionRowInput[]): CriterionTally {
  return {
    ...countStatuses(rows, (r) => r.verified.status),
    documentOnly: rows.filter((r) => r.basis === "document").length,
    communeCount: rows.length,
    self: countStatuses(rows, (r) => r.self.status),
  };
}

const STATUS_ORDER: Record<Status, number> = { not_met: 0, nearly_met: 1, met: 2, not_assessed: 3 };
const BASIS_ORDER: Record<CriterionRowBasis, number> = { detailed: 0, document: 1, none: 2 };

/**
 * The order to list communes for one criterion: those assessed first, the furthest from meeting
 * it at the top (not met, nearly met, met, not assessed), then those known only by a document
 * total, then those without data; by name within each band (Vietnamese collation).
 */
export function orderCriterionRows<T extends CriterionRowInput & { name: string }>(rows: T[]): T[] {
  const collator = new Intl.Collator("vi", { sensitivity: "base" });
  return [...rows].sort(
    (a, b) =>
      BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] ||
      (a.basis === "detailed" && b.basis === "detailed" ? STATUS_ORDER[a.verified.status] - STATUS_ORDER[b.verified.status] : 0) ||
      collator.compare(a.name, b.name),
  );
}

/** A criterion number from a URL segment: a positive integer written in digits, else null
 * (whether the set has that criterion is for the data to say). */
export function parseCriterionNumber(raw: string): number | null {
  if (!/^[1-9]\d{0,2}$/.test(raw)) return null;
  return Number(raw);
}
