// Criterion rules: a criterion's status derived from its indicators' results.
import { resultToStatus, type IndicatorResult } from "./indicator";
import type { Status } from "./types";

export interface CriterionDerivation {
  /** Null when the indicators do not decide the criterion (or there are none). */
  status: Status | null;
  determined: boolean;
}

/** Any not met → not_met; all met → met; some nearly met and the rest met → nearly_met;
 * anything undecided otherwise → null. With `indicatorsComplete: false` (the set's indicator
 * list is known to be incomplete) "all met" cannot prove the criterion met. */
export function criterionStatusFromIndicators(
  results: IndicatorResult[],
  opts: { indicatorsComplete?: boolean } = {},
): CriterionDerivation {
  if (results.length === 0) return { status: null, determined: false };
  const statuses = results.map(resultToStatus);
  if (statuses.includes("not_met")) return { status: "not_met", determined: true };
  if (statuses.some((s) => s === null)) return { status: null, determined: false };
  if (statuses.includes("nearly_met")) return { status: "nearly_met", determined: true };
  if (opts.indicatorsComplete === false) return { status: null, determined: false };
  return { status: "met", determined: true };
}
