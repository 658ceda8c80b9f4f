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
