/** The inspection id in a URL ("12"); null when it is not a positive whole number. */
export function inspectionIdOf(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}
