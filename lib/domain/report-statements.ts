// Checkable statements in the text of a Vietnamese NTM report ("16/19 tiêu chí", "bình quân … 10,9
// tiêu chí/xã", "Số xã đạt 19 tiêu chí 03 xã: …", "huyện Văn Lãng"), for comparing a report with
// the recorded data. Pure: text in, statements out; no I/O, no clock.
//
// The text is matched after NFC normalisation and with markdown emphasis markers (`*`) removed.
// `quote` is taken from that cleaned text (whitespace collapsed); `offset` is the index in the
// ORIGINAL input where the quote starts, so a caller can point back into the source.
//
// Deliberately not reported as `criteria_met_of`: fractions that state what is NOT met
// ("09/19 tiêu chí chưa đạt", "03/19 tiêu chí gần đạt": those are `criteria_status_of`) and
// targets ("hoàn thiện 19/19 tiêu chí", "phấn đấu đạt 19/19 tiêu chí"): they are not claims that
// criteria are met.

export type UnitKind = "tỉnh" | "huyện" | "xã" | "thị trấn";

interface StatementBase {
  /** Matched text from the cleaned input (NFC, no `*`, whitespace collapsed), at most ~160 chars. */
  quote: string;
  /** Character index in the original input where the quote starts. */
  offset: number;
}

export type Statement = StatementBase &
  (
    | {
        kind: "criteria_met_of";
        /** The commune named in the same clause ("xã Hữu Lễ … 19/19 tiêu chí"). */
        subject: string | null;
        /** Without a subject in the clause: the commune the surrounding list item or section heading
         * names ("### 2. Đối với UBND xã Hữu Lễ" … "- Đối với 16/19 tiêu chí …"); null otherwise. */
        context: string | null;
        met: number;
        total: number;
        selfAssessed: boolean;
      }
    | {
        /** "09/19 tiêu chí chưa đạt", "còn 3 tiêu chí gần đạt": how many criteria are not (yet) met. */
        kind: "criteria_status_of";
        subject: string | null;
        context: string | null;
        /** "not_met" for "chưa đạt" / "không đạt" (everything short of met); "nearly_met" for "gần đạt". */
        status: "not_met" | "nearly_met";
        count: number;
        /** The denominator when written as a fraction ("09/19"), else null. */
        total: number | null;
        selfAssessed: boolean;
      }
    | {
        kind: "average_criteria";
        subject: string | null;
        value: number;
        /** Decimals as written ("10,9" → 1, "11" → 0): the precision the report rounded to. */
        decimals: number;
      }
    | { kind: "communes_with_criteria"; criteria: number; communes: number; names: string[] }
    | { kind: "communes_below"; floor: number; communes: number }
    | { kind: "unit_mention"; unitKind: UnitKind; name: string }
  );

export type StatementKind = Statement["kind"];

const MAX_QUOTE = 160;

// ---------------------------------------------------------------------------------------------
// Cleaning with an offset map back to the input

interface Cleaned {
  text: string;
  /** map[i] = index in the original input of cleaned character i; map[text.length] = input length. */
  map: number[];
}

/** NFC-normalise per base character + combining marks, drop `*`, remember original offsets. */
function clean(input: string): Cleaned {
  let text = "";
  const map: number[] = [];
  for (const m of input.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const chunk = m[0];
    if (chunk === "*") continue;
    const nfc = chunk.normalize("NFC");
    text += nfc;
    for (let k = 0; k < nfc.length; k++) map.push(m.index);
  }
  map.push(input.length);
  return { text, map };
}

// ---------------------------------------------------------------------------------------------
// Clauses: the span within which a subject or "tự đánh giá" belongs to a statement

/**
 * Sorted positions that end a clause: `;` `!` `?`, a `.` followed by whitespace or the end, and a
 * line break that starts a list item or heading, or ends a heading. Plain line breaks (and blank
 * lines, which PDF conversions put mid-sentence) do not end a clause.
 */
function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ";" || c === "!" || c === "?") out.push(i);
    else if (c === "." && (i + 1 === text.length || /\s/.test(text[i + 1] ?? ""))) out.push(i);
    else if (c === "\n") {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const line = text.slice(lineStart, i);
      const rest = text.slice(i + 1);
      if (/^\s*#/.test(line) || /^\s*(?:[-+•#>|]|\d+[.)]\s|\p{Ll}[.)]\s)/u.test(rest)) out.push(i);
    }
  }
  return out;
}

function clauseAround(bounds: number[], textLength: number, pos: number): { start: number; end: number } {
  let start = 0;
  let end = textLength;
  for (const b of bounds) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// Patterns (no `i` flag: with /iu, \p{Lu} would also match lower-case letters)

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** A capitalised word: "Hữu", "Lễ", "Văn" — not all-caps abbreviations like "NTM", "VQ". */
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*${NOT_LETTER_AFTER}`;
/** One to four capitalised words on one line. */
const NAME = String.raw`${CAP_WORD}(?:[^\S\n]+${CAP_WORD}){0,3}`;
/** Whitespace that may contain one line break but not a blank line. */
const GAP = String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)`;

const UNIT_RE = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}([Tt]hị\s+trấn|[Hh]uyện|[Tt]ỉnh|[Xx]ã)${GAP}(${NAME})`,
  "gu",
);
const XA_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}[Xx]ã${GAP}(${NAME})`, "gu");
/** A list item naming exactly one commune: "Số xã đạt 16 tiêu chí 01 xã: Hữu Lễ;". */
const ONE_COMMUNE_RE = new RegExp(String.raw`(?<![\p{N}])0?1\s+xã\s*:\s*(${NAME})\s*(?=[;.,]|$)`, "gu");
const HUYEN_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}[Hh]uyện${GAP}(${NAME})`, "gu");

const FRACTION_RE = new RegExp(
  String.raw`(?<![\p{N}/])(\d{1,2})[^\S\n]*\/[^\S\n]*(\d{1,2})(?![\p{N}/])\s+tiêu\s+chí${NOT_LETTER_AFTER}`,
  "gu",
);
const NOT_MET_AFTER = /^\s+(?:(?:đã\s+|vẫn\s+)?(?:chưa|gần|không)\s+đạt)/u;
const TARGET_BEFORE =
  /(?:hoàn\s+thiện|hoàn\s+thành|phấn\s+đấu(?:\s+đạt)?|để\s+đạt|mục\s+tiêu(?:\s+đạt)?|còn)\s*$/u;
const SELF_ASSESSED = /tự\s+(?:đã\s+)?đánh\s+giá/u;
const STATUS_COUNT_RE = new RegExp(
  String.raw`(?<![\p{N}/,.])(\d{1,2})(?:[^\S\n]*\/[^\S\n]*(\d{1,2}))?(?![\p{N}/])\s+tiêu\s+chí\s+(?:(?:đã|vẫn|còn)\s+)?(chưa|gần|không)\s+đạt${NOT_LETTER_AFTER}`,
  "gu",
);

const AVERAGE_RE = new RegExp(
  String.raw`(?<![\p{N},.])(\d{1,2}(?:[,.]\d+)?)\s*tiêu\s+chí\s*\/\s*xã${NOT_LETTER_AFTER}`,
  "gu",
);
const AVERAGE_CUE = /[Bb]ình\s+quân/gu;

const COMMUNES_WITH_RE = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}[Ss]ố\s+xã\s+đạt\s+(\d{1,2})\s+tiêu\s+chí\s*:?\s*(?:(?:là|có|gồm)\s+)?(\d{1,3})\s+xã\s*:?`,
  "gu",
);
const COMMUNES_BELOW_RE = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}(?:không\s+còn\s+xã\s+(?:nào\s+)?|(?:còn|có)\s+(\d{1,3})\s+xã\s+)dưới\s+(\d{1,2})\s+tiêu\s+chí${NOT_LETTER_AFTER}`,
  "gu",
);
const LEADING_NAME_RE = new RegExp(String.raw`^${NAME}`, "u");

// ---------------------------------------------------------------------------------------------

function lastMatchIn(re: RegExp, text: string, from: number, to: number): { name: string; index: number } | null {
  let found: { name: string; index: number } | null = null;
  for (const m of text.slice(from, to).matchAll(re)) {
    found = { name: collapse(m[1] ?? ""), index: from + m.index };
  }
  return found;
}

/**
 * The commune a statement without a subject in its clause is about: the last "xã X" (or the one
 * commune of "01 xã: X") in the same list item or paragraph before it, else in the nearest heading above it (a line starting with
 * `#`, or a numbered line such as "3. Đối với UBND xã Tú Xuyên").
 */
function contextSubject(text: string, pos: number): string | null {
  // The block: back to the start of the list item or paragraph the statement is in.
  let blockStart = 0;
  for (let i = pos - 1; i > 0; i--) {
    if (text[i - 1] !== "\n") continue;
    const line = text.slice(i, text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i));
    const blankBefore = i >= 2 && /\n[^\S\n]*$/.test(text.slice(Math.max(0, i - 40), i - 1));
    if (/^\s*(?:[-+•>]|#|\d+[.)]\s|\p{Ll}[.)]\s)/u.test(line) || blankBefore) {
      blockStart = i;
      break;
    }
  }
  const inBlock = lastMatchIn(XA_RE, text, blockStart, pos) ?? lastMatchIn(ONE_COMMUNE_RE, text, blockStart, pos);
  if (inBlock) return inBlock.name;
  // The nearest heading above the block.
  const lines = text.slice(0, blockStart).split("\n");
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k] ?? "";
    if (!/^\s*(?:#|\d+\.\s|[IVX]+\.\s)/u.test(line)) continue;
    const found = lastMatchIn(XA_RE, line, 0, line.length);
    return found ? found.name : null;
  }
  return null;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function quoteOf(c: Cleaned, start: number, end: number): { quote: string; offset: number } {
  let s = start;
  while (s < end && /\s/.test(c.text[s] ?? "")) s++;
  let quote = collapse(c.text.slice(s, end));
  if (quote.length > MAX_QUOTE) quote = `${quote.slice(0, MAX_QUOTE - 1)}…`;
  return { quote, offset: c.map[s] ?? c.map[c.map.length - 1] ?? 0 };
}

function parseDecimal(s: string): number {
  return Number(s.replace(",", "."));
}

/** Extract checkable statements, ordered by offset. */
export function extractStatements(input: string): Statement[] {
  const c = clean(input);
  const text = c.text;
  const bounds = clauseBoundaries(text);
  const out: Statement[] = [];

  // "16/19 tiêu chí", "đạt 19/19 tiêu chí", "10/19 tiêu chí đã đạt chuẩn"
  for (const m of text.matchAll(FRACTION_RE)) {
    const met = Number(m[1]);
    const total = Number(m[2]);
    if (total === 0 || met > total) continue;
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseAround(bounds, text.length, start);
    if (NOT_MET_AFTER.test(text.slice(end, clause.end))) continue;
    if (TARGET_BEFORE.test(text.slice(clause.start, start))) continue;
    const subject = lastMatchIn(XA_RE, text, clause.start, start);
    const selfAssessed = SELF_ASSESSED.test(text.slice(clause.start, clause.end));
    const quoteStart = subject && end - subject.index <= MAX_QUOTE ? subject.index : start;
    out.push({
      kind: "criteria_met_of",
      subject: subject?.name ?? null,
      context: subject ? null : contextSubject(text, start),
      met,
      total,
      selfAssessed,
      ...quoteOf(c, quoteStart, end),
    });
  }

  // "09/19 tiêu chí chưa đạt", "còn 3 tiêu chí gần đạt"
  for (const m of text.matchAll(STATUS_COUNT_RE)) {
    const count = Number(m[1]);
    const total = m[2] === undefined ? null : Number(m[2]);
    if (total !== null && (total === 0 || count > total)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseAround(bounds, text.length, start);
    if (TARGET_BEFORE.test(text.slice(clause.start, start).replace(/còn\s*$/u, ""))) continue;
    const subject = lastMatchIn(XA_RE, text, clause.start, start);
    const quoteStart = subject && end - subject.index <= MAX_QUOTE ? subject.index : start;
    out.push({
      kind: "criteria_status_of",
      subject: subject?.name ?? null,
      context: subject ? null : contextSubject(text, start),
      status: m[3] === "gần" ? "nearly_met" : "not_met",
      count,
      total,
      selfAssessed: SELF_ASSESSED.test(text.slice(clause.start, clause.end)),
      ...quoteOf(c, quoteStart, end),
    });
  }

  // "bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã"
  for (const m of text.matchAll(AVERAGE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseAround(bounds, text.length, start);
    let cue: number | null = null;
    for (const k of text.slice(clause.start, start).matchAll(AVERAGE_CUE)) cue = clause.start + k.index;
    if (cue === null) continue;
    const subject = lastMatchIn(HUYEN_RE, text, clause.start, start);
    const quoteStart = Math.min(cue, subject?.index ?? cue);
    out.push({
      kind: "average_criteria",
      subject: subject?.name ?? null,
      value: parseDecimal(m[1] ?? ""),
      decimals: /[,.](\d+)$/.exec(m[1] ?? "")?.[1]?.length ?? 0,
      ...quoteOf(c, end - quoteStart <= MAX_QUOTE ? quoteStart : cue, end),
    });
  }

  // "Số xã đạt 19 tiêu chí 03 xã: Tràng Phái, Tân Đoàn, Yên Phúc;"
  for (const m of text.matchAll(COMMUNES_WITH_RE)) {
    const start = m.index;
    const headEnd = start + m[0].length;
    const clause = clauseAround(bounds, text.length, headEnd);
    const list = text.slice(headEnd, clause.end);
    const names: string[] = [];
    for (const part of list.replace(/[()]/g, " ").split(/,|\s+và\s+/u)) {
      const name = LEADING_NAME_RE.exec(part.trim());
      if (name) names.push(collapse(name[0]));
    }
    out.push({
      kind: "communes_with_criteria",
      criteria: Number(m[1]),
      communes: Number(m[2]),
      names,
      ...quoteOf(c, start, clause.end),
    });
  }

  // "không còn xã dưới 05 tiêu chí", "còn 02 xã dưới 05 tiêu chí"
  for (const m of text.matchAll(COMMUNES_BELOW_RE)) {
    out.push({
      kind: "communes_below",
      floor: Number(m[2]),
      communes: m[1] === undefined ? 0 : Number(m[1]),
      ...quoteOf(c, m.index, m.index + m[0].length),
    });
  }

  // "huyện Văn Quan", "xã Hữu Lễ", "tỉnh Lạng Sơn", "thị trấn Văn Quan"
  for (const m of text.matchAll(UNIT_RE)) {
    const keyword = collapse(m[1] ?? "").toLowerCase();
    const unitKind: UnitKind =
      keyword === "thị trấn" ? "thị trấn" : keyword === "huyện" ? "huyện" : keyword === "tỉnh" ? "tỉnh" : "xã";
    out.push({
      kind: "unit_mention",
      unitKind,
      name: collapse(m[2] ?? ""),
      ...quoteOf(c, m.index, m.index + m[0].length),
    });
  }

  return out.sort((a, b) => a.offset - b.offset);
}
