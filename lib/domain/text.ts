// Text folding for search: Vietnamese names compared without case, diacritics or extra spaces.

/** Lower-case, strip diacritics (NFD + combining marks), map đ/Đ to d, collapse whitespace, trim. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐÐð]/g, "d") // Ð (U+00D0) is a common look-alike of Đ in legacy-encoded text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Every word of the query is a folded substring of at least one candidate; an empty query matches. */
export function matchesSearch(query: string, candidates: string[]): boolean {
  const words = foldDiacritics(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return true;
  const folded = candidates.map(foldDiacritics);
  return words.every((w) => folded.some((c) => c.includes(w)));
}

const vietnamese = new Intl.Collator("vi");

/** Order of Vietnamese names as a reader expects it (a dictionary's, not the character codes'):
 * D before Đ before E, a tone mark only after the letters ("Tràng Các" before "Tri Lễ"), case
 * ignored before marks. Use it to sort every list of names shown; a database's ORDER BY name
 * differs between SQLite (byte order) and PostgreSQL (its collation). */
export function compareVietnamese(a: string, b: string): number {
  return vietnamese.compare(a, b);
}
