export type ClassValue = string | false | null | undefined | 0;

/** Joins class names, skipping falsy values. No conflict merging: put overrides in the caller. */
export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
