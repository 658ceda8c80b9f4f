type AsOfRef = { iso: string; isToday: boolean };

/** Link to a unit page, keeping a chosen "as of" date (omitted for today). */
export function unitHref(code: string, asOf?: AsOfRef): string {
  return asOf && !asOf.isToday ? `/units/${code}?asOf=${asOf.iso}` : `/units/${code}`;
}

/** The page of one criterion across an area's communes, keeping a chosen "as of" date. That page
 * exists for districts and provinces only: for one commune's criterion use communeCriterionHref. */
export function criterionHref(areaCode: string, criterionNumber: number, asOf?: AsOfRef): string {
  const path = `/units/${areaCode}/criteria/${criterionNumber}`;
  return asOf && !asOf.isToday ? `${path}?asOf=${asOf.iso}` : path;
}

/** The id of a criterion's row on a commune page (the target of communeCriterionHref). */
export function communeCriterionId(criterionNumber: number): string {
  return `criterion-${criterionNumber}`;
}

/** One criterion of one commune: its row on the commune's page, keeping a chosen "as of" date.
 * Whoever may read the commune may open it (unlike the district's criterion page). */
export function communeCriterionHref(communeCode: string, criterionNumber: number, asOf?: AsOfRef): string {
  return `${unitHref(communeCode, asOf)}#${communeCriterionId(criterionNumber)}`;
}
