// Formula injection (CSV/XLSX "CSV injection"): a spreadsheet program may run a cell whose text
// starts with =, +, -, @ (or a tab / carriage return that hides one). Every exported text cell
// goes through `escapeCell`, which prefixes such text with an apostrophe so that it stays text.
// Pure; the only rule for both XLSX and CSV.

const DANGEROUS_FIRST = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** True when a spreadsheet could read this text as a formula. */
export function needsEscape(text: string): boolean {
  return text.length > 0 && DANGEROUS_FIRST.has(text[0] as string);
}

/** The text as it must be written to a cell: unchanged, or with a leading apostrophe. */
export function escapeCell(text: string): string {
  return needsEscape(text) ? `'${text}` : text;
}
