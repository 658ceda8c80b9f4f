// Commune standing: counts per status, the best available figure, and the standing on a past date.
import type { Status } from "./types";

export interface CommuneStanding {
  met: number;
  nearlyMet: number;
  notMet: number;
  /** Criteria without a row, or with status not_assessed. */
  notAssessed: number;
  total: number;
  meetsAll: boolean;
}

/** Count statuses over criteria 1..criteriaInSet; a repeated criterion counts once (last row wins),
 * numbers outside the set are ignored so that the counts always add up to the total. */
export function communeStanding(
  statuses: { criterionNumber: number; status: Status }[],
  criteriaInSet: number,
): CommuneStanding {
  const byNumber = new Map<number, Status>();
  for (const row of statuses) {
    const n = row.criterionNumber;
    if (Number.isInteger(n) && n >= 1 && n <= criteriaInSet) byNumber.set(n, row.status);
  }
  const values = [...byNumber.values()];
  const count = (s: Status) => values.filter((v) => v === s).length;
  const met = count("met");
  const nearlyMet = count("nearly_met");
  const notMet = count("not_met");
  const total = criteriaInSet;
  return { met, nearlyMet, notMet, notAssessed: total - met - nearlyMet - notMet, total, meetsAll: total > 0 && met === total };
}

export type StandingBasis = "detailed" | "document" | "none";

export type StandingFigure =
  | { basis: "detailed"; criteriaMet: number; total: number; assessedCount: number }
  | { basis: "document"; criteriaMet: number; total: number; documentLabel: string; asOf: Date }
  | { basis: "none"; criteriaMet: null; total: number };

export interface StandingFigureInput {
  detailed: { met: number; assessedCount: number } | null;
  documentTotal: { criteriaMet: number; documentLabel: string; asOf: Date } | null;
  total: number;
}

/** The best figure for "criteria met": a detailed assessment with at least one assessed
 * criterion, else a document's stated total, else none. Never mixes the two. */
export function standingFigure(input: StandingFigureInput): StandingFigure {
  const { detailed, documentTotal, total } = input;
  if (detailed !== null && detailed.assessedCount > 0)
    return { basis: "detailed", criteriaMet: detailed.met, total, assessedCount: detailed.assessedCount };
  if (documentTotal !== null)
    return {
      basis: "document",
      criteriaMet: documentTotal.criteriaMet,
      total,
      documentLabel: documentTotal.documentLabel,
      asOf: documentTotal.asOf,
    };
  return { basis: "none", criteriaMet: null, total };
}

export interface HistoryRow {
  subjectKey: string;
  effectiveAt: Date;
  recordedAt: Date;
  newValue: string | null;
}

/** Latest row per subject in effect at `asOf` (effectiveAt <= asOf); ties by recordedAt, then
 * by array order (later wins). Rows with an invalid date are skipped. */
export function standingAsOf<T extends HistoryRow>(history: T[], asOf: Date): Map<string, T> {
  const limit = asOf.getTime();
  const latest = new Map<string, T>();
  if (!Number.isFinite(limit)) return latest;
  for (const row of history) {
    const eff = row.effectiveAt.getTime();
    if (!Number.isFinite(eff) || eff > limit) continue;
    const current = latest.get(row.subjectKey);
    if (current === undefined || !isLater(current, row)) latest.set(row.subjectKey, row);
  }
  return latest;
}

/** True when `a` strictly supersedes `b` (an equal row later in the array wins). */
function isLater(a: HistoryRow, b: HistoryRow): boolean {
  const byEffect = a.effectiveAt.getTime() - b.effectiveAt.getTime();
  if (byEffect !== 0) return byEffect > 0;
  const recA = a.recordedAt.getTime();
  const recB = b.recordedAt.getTime();
  if (Number.isFinite(recA) && Number.isFinite(recB)) return recA > recB;
  return false;
}
