// The communes × criteria matrix of a district or province: how its rows are ordered, what each
// cell holds, and the share of communes meeting each criterion. Pure: no I/O, no clock.
//
// A commune known only by a document total ("Tràng Các: 8 tiêu chí") has no cells: the document
// does not say which criteria it meets, so nothing here invents them.
import type { StandingBasis } from "./standing";
import type { CommuneFigure } from "./summary";
import { compareVietnamese } from "./text";
import type { Status } from "./types";

export interface MatrixCriterion {
  number: number;
  name: string;
}

/** One row of the matrix (lib/data's CommuneFigureRow is one). */
export interface MatrixCommune extends CommuneFigure {
  /** Status per criterion number in each view; empty for a commune known only by a total. */
  statuses: { self: Readonly<Partial<Record<number, Status>>>; verified: Readonly<Partial<Record<number, Status>>> };
}

export type MatrixSort = { by: "standing" } | { by: "name" } | { by: "criterion"; number: number };

/** Most criteria met first, ties by name. */
export const DEFAULT_MATRIX_SORT: MatrixSort = { by: "standing" };

/** The URL form of a sort: "standing", "name", "c16". */
export function matrixSortKey(sort: MatrixSort): string {
  return sort.by === "criterion" ? `c${sort.number}` : sort.by;
}

export function sameSort(a: MatrixSort, b: MatrixSort): boolean {
  return matrixSortKey(a) === matrixSortKey(b);
}

/** Verified status of one cell; null when the commune has no per-criterion data (no cell at all). */
export function matrixCell(commune: MatrixCommune, criterionNumber: number): Status | null {
  if (commune.basis !== "detailed") return null;
  return commune.statuses.verified[criterionNumber] ?? "not_assessed";
}

/** The commune's own status for a criterion when it differs from the verified one, else null. */
export function selfDisagreement(commune: MatrixCommune, criterionNumber: number): Status | null {
  if (commune.basis !== "detailed") return null;
  const self = commune.statuses.self[criterionNumber];
  if (self === undefined) return null;
  return self !== matrixCell(commune, criterionNumber) ? self : null;
}

/** Order of a cell when sorting by a criterion: met first, document-only and missing rows last. */
const STATUS_RANK: Record<Status, number> = { met: 0, nearly_met: 1, not_met: 2, not_assessed: 3 };
const NO_CELL_RANK: Record<StandingBasis, number> = { detailed: 3, document: 4, none: 5 };

export function criterionRank(commune: MatrixCommune, criterionNumber: number): number {
  const cell = matrixCell(commune, criterionNumber);
  return cell === null ? NO_CELL_RANK[commune.basis] : STATUS_RANK[cell];
}

function byName(a: MatrixCommune, b: MatrixCommune): number {
  return compareVietnamese(a.unitName, b.unitName) || a.unitCode.localeCompare(b.unitCode);
}

function byStanding(a: MatrixCommune, b: MatrixCommune): number {
  return (b.criteriaMet ?? -1) - (a.criteriaMet ?? -1) || byName(a, b);
}

/** Rows in the order asked for (a new array). Ties fall back to standing, then name, then code. */
export function sortMatrix<T extends MatrixCommune>(rows: readonly T[], sort: MatrixSort): T[] {
  const compare =
    sort.by === "name"
      ? byName
      : sort.by === "criterion"
        ? (a: MatrixCommune, b: MatrixCommune) => criterionRank(a, sort.number) - criterionRank(b, sort.number) || byStanding(a, b)
        : byStanding;
  return [...rows].sort(compare);
}

export interface CriterionShare extends MatrixCriterion {
  met: number;
  nearlyMet: number;
  notMet: number;
  notAssessed: number;
  /** Communes with per-criterion data: the denominator (document-only communes are not counted). */
  covered: number;
  /** met / covered, unrounded; null when no commune has per-criterion data. */
  share: number | null;
}

/**
 * For each criterion (in the given order), how many communes with per-criterion data meet it,
 * nearly meet it, do not, or were not assessed on it, and the share meeting it.
 */
export function criterionShares(criteria: readonly MatrixCriterion[], rows: readonly MatrixCommune[]): CriterionShare[] {
  const detailed = rows.filter((r) => r.basis === "detailed");
  return criteria.map(({ number, name }) => {
    const counts: Record<Status, number> = { met: 0, nearly_met: 0, not_met: 0, not_assessed: 0 };
    for (const r of detailed) counts[matrixCell(r, number) ?? "not_assessed"] += 1;
    return {
      number,
      name,
      met: counts.met,
      nearlyMet: counts.nearly_met,
      notMet: counts.not_met,
      notAssessed: counts.not_assessed,
      covered: detailed.length,
      share: detailed.length > 0 ? counts.met / detailed.length : null,
    };
  });
}
