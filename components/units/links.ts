/** Link to a unit page, keeping a chosen "as of" date (omitted for today). */
export function unitHref(code: string, asOf?: { iso: string; isToday: boolean }): string {
  return asOf && !asOf.isToday ? `/units/${code}?asOf=${asOf.iso}` : `/units/${code}`;
}
