// Unit search: what a query asks for (a GSO code or a name), which alias it matched, and the
// order of the hits. Pure: the data layer runs the query, these rules read and rank it.
import { foldDiacritics } from "./text";
import { UNIT_KINDS, type UnitKind } from "./types";

/** Longer queries are refused (a name is never this long; it protects the database). */
export const SEARCH_QUERY_MAX_LENGTH = 100;

export type SearchQuery =
  | { kind: "empty" }
  | { kind: "too_long"; length: number; max: number }
  /** Digits only: a GSO code or its beginning ("06322", "184", "06"). */
  | { kind: "code"; code: string }
  | {
      kind: "name";
      /** Folded words to find, each a substring of the name or of one alias ("huu", "le"). */
      words: string[];
      /** The same words lower-cased with their diacritics kept ("hữu", "lễ"), for alias attribution. */
      exactWords: string[];
      /** The kind named by a leading "xã", "huyện"… (stripped from the words), or null. */
      unitKind: UnitKind | null;
    };

// Leading words naming the level of a unit. Only the written forms with diacritics count: bare
// "xa" or "phuong" may well be the start of a name (Phương Sơn).
const KIND_PREFIXES: [string, UnitKind][] = [
  ["thị trấn", "township"],
  ["tỉnh", "province"],
  ["huyện", "district"],
  ["xã", "commune"],
  ["phường", "ward"],
  ["thôn", "village"],
];

const splitWords = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");

/** Reads a search box value: empty, too long, a code (digits only) or words of a name. */
export function classifySearchQuery(raw: string | null | undefined): SearchQuery {
  const text = (raw ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
  if (text === "") return { kind: "empty" };
  if ([...text].length > SEARCH_QUERY_MAX_LENGTH) return { kind: "too_long", length: [...text].length, max: SEARCH_QUERY_MAX_LENGTH };
  const compact = text.replace(/\s/g, "");
  if (/^\d+$/.test(compact)) return { kind: "code", code: compact };

  let lower = text.toLocaleLowerCase("vi");
  let unitKind: UnitKind | null = null;
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (lower.startsWith(`${prefix} `) && lower.length > prefix.length + 1) {
      lower = lower.slice(prefix.length + 1);
      unitKind = kind;
      break;
    }
  }
  const exactWords = splitWords(lower);
  const words = exactWords.map(foldDiacritics).filter((w) => w !== "");
  if (words.length === 0) return { kind: "empty" };
  return { kind: "name", words, exactWords, unitKind };
}

/** True when every word is a substring of the text (the text folded the same way as the words). */
function containsAll(text: string, words: string[]): boolean {
  return words.every((w) => text.includes(w));
}

export interface AliasCandidate {
  alias: string;
  /** "name" (another spelling) or "code" (a former code). */
  kind: string;
}

/**
 * Which alias a hit should be credited to, or null when the official name (or code) explains it.
 * A name query credits an alias when the name does not hold all the words once folded, or when
 * the words as typed (with diacritics) are in the alias but not in the name: "Diềm He" finds
 * Điềm He through its alias "Diềm He", "diem he" through its name. A code query credits a former
 * code when the current code does not start with the digits.
 */
export function matchedAlias(
  query: Extract<SearchQuery, { kind: "name" | "code" }>,
  unit: { code: string; name: string },
  aliases: AliasCandidate[],
): string | null {
  if (query.kind === "code") {
    if (unit.code.startsWith(query.code)) return null;
    return aliases.find((a) => a.kind === "code" && a.alias.startsWith(query.code))?.alias ?? null;
  }
  const names = aliases.filter((a) => a.kind !== "code");
  if (!containsAll(foldDiacritics(unit.name), query.words)) {
    const full = names.find((a) => containsAll(foldDiacritics(a.alias), query.words));
    return (full ?? names.find((a) => query.words.some((w) => foldDiacritics(a.alias).includes(w))))?.alias ?? null;
  }
  const lowerName = unit.name.normalize("NFC").toLocaleLowerCase("vi");
  if (containsAll(lowerName, query.exactWords)) return null;
  return names.find((a) => containsAll(a.alias.normalize("NFC").toLocaleLowerCase("vi"), query.exactWords))?.alias ?? null;
}

export interface SearchHit {
  code: string;
  name: string;
  kind: UnitKind;
  matchedAlias: string | null;
}

const KIND_ORDER = new Map<string, number>(UNIT_KINDS.map((k, i) => [k, i]));

/**
 * How well a hit answers the query, lower first: the exact code or name, then a name (or code)
 * that starts with the query, then one that contains it, then a match through an alias; a kind
 * named in the query ("xã …") comes before the others.
 */
export function searchRank(query: Extract<SearchQuery, { kind: "name" | "code" }>, hit: SearchHit): number {
  let rank: number;
  if (query.kind === "code") {
    rank = hit.code === query.code ? 0 : hit.matchedAlias === null ? 1 : 3;
  } else {
    const name = foldDiacritics(hit.name);
    const phrase = query.words.join(" ");
    if (hit.matchedAlias !== null && !containsAll(name, query.words)) rank = 3;
    else if (name === phrase) rank = 0;
    else if (name.startsWith(phrase)) rank = 1;
    else rank = 2;
    if (query.unitKind !== null && hit.kind !== query.unitKind) rank += 4;
  }
  return rank;
}

/** Hits in the order to show them: by rank, then level (province first), then name, then code. */
export function rankSearchHits<T extends SearchHit>(query: Extract<SearchQuery, { kind: "name" | "code" }>, hits: T[]): T[] {
  const collator = new Intl.Collator("vi", { sensitivity: "base" });
  return hits
    .map((hit) => ({ hit, rank: searchRank(query, hit) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (KIND_ORDER.get(a.hit.kind) ?? 99) - (KIND_ORDER.get(b.hit.kind) ?? 99) ||
        collator.compare(a.hit.name, b.hit.name) ||
        a.hit.code.localeCompare(b.hit.code),
    )
    .map((x) => x.hit);
}
