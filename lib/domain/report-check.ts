// The report-vs-data checker: each checkable statement of a report's text (lib/domain/
// report-statements.ts) compared with a snapshot of the recorded data as of a date. Pure: the
// caller loads the snapshot; nothing here reads a clock or a database.
//
// Outcomes: "agrees", "disagrees" (with the data's values, and which view of a commune's standing
// agrees when the self-assessment and the verified standing differ), "unknown_unit" (a unit name
// the province does not have, with the closest known name when one is close), "not_checkable"
// (the subject cannot be resolved, lies outside the checked district, or the data has no figure).
import { inferDecimals } from "./consistency";
import { extractStatements, type Statement } from "./report-statements";
import { areaSummary, type CommuneFigure } from "./summary";
import { foldDiacritics } from "./text";
import type { UnitKind } from "./types";

export interface CheckUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Other spellings ("Diềm He" for Điềm He). */
  aliases: string[];
}

export interface ViewCounts {
  met: number;
  nearlyMet: number;
  notMet: number;
  notAssessed: number;
}

export interface CheckCommune {
  code: string;
  name: string;
  /** The commune's self-assessment and verified standing per criterion (null without rows). */
  self: ViewCounts | null;
  verified: ViewCounts | null;
  /** The figure used for the district's summary: the verified detail, else a document's total. */
  figure: { criteriaMet: number; basis: "detailed" } | { criteriaMet: number; basis: "document"; documentLabel: string } | null;
}

export interface CheckSnapshot {
  /** YYYY-MM-DD: the data as recorded at the end of that day. */
  asOf: string;
  /** Criteria in the set that applies (19 for QĐ 1980/2016); 0 without a set. */
  totalCriteria: number;
  province: CheckUnit;
  district: CheckUnit;
  /** Every unit of the province below it (districts, communes, townships, wards). */
  units: (CheckUnit & { districtCode: string | null })[];
  /** The communes of the checked district (townships and wards are not assessed as communes). */
  communes: CheckCommune[];
}

export type Outcome = "agrees" | "disagrees" | "unknown_unit" | "not_checkable";

export type NotCheckableReason =
  | "no_subject" // no commune named near the figure
  | "unknown_subject" // the name does not resolve to a unit of the province
  | "outside_district" // a unit of the province, outside the checked district
  | "no_data" // the data has no figure for it on that date
  | "other_total"; // "…/18 tiêu chí" against a set of 19

export type DataView = "self" | "verified" | "document" | "computed";

/** One view of the data compared with the stated value. */
export interface Comparison {
  view: DataView;
  value: number;
  /** Denominator when the value is "n of total" (criteria met of 19). */
  total: number | null;
  agrees: boolean;
  /** For "document": which document the figure comes from. */
  source?: string;
}

export interface UnitRef {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface NamedCommune {
  /** As written in the report. */
  name: string;
  unit: UnitRef | null;
  /** The commune's figure in the data, null when none. */
  value: number | null;
}

export interface Finding {
  statement: Statement;
  outcome: Outcome;
  /** The unit the statement is about, when resolved. */
  subject: UnitRef | null;
  /** True when the subject was taken from the surrounding section, or assumed (the checked district). */
  subjectInferred: boolean;
  comparisons: Comparison[];
  reason: NotCheckableReason | null;
  /** unknown_unit: the closest known unit by name, if any is close. */
  suggestion: UnitRef | null;
  /** communes_with_criteria: each listed commune, and the data's communes of that band left out. */
  named: NamedCommune[];
  omitted: UnitRef[];
  /** unit_mention: how many times the same name occurs (each distinct name is one finding). */
  occurrences: number;
  /** The text around the quote (NFC, markdown markers removed, whitespace collapsed). */
  before: string;
  after: string;
}

export interface CheckSummary {
  statements: number;
  agrees: number;
  disagrees: number;
  unknownUnits: number;
  notCheckable: number;
}

export interface ReportCheck {
  findings: Finding[];
  summary: CheckSummary;
  /** Latest full date written in the text (YYYY-MM-DD), a suggestion for the as-of date. */
  suggestedAsOf: string | null;
}

// ---------------------------------------------------------------------------------------------
// Names

const KIND_OF_WORD: Record<string, UnitKind[]> = {
  "xã": ["commune"],
  "thị trấn": ["township"],
  "huyện": ["district"],
  "tỉnh": ["province"],
};

function namesOf(u: CheckUnit): string[] {
  return [foldDiacritics(u.name), ...u.aliases.map(foldDiacritics)];
}

/** Levenshtein distance (small strings only: unit names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest unit by folded name (same kinds first), when within ~40 % of the name's length. */
export function closestUnit(name: string, units: CheckUnit[], kinds: UnitKind[]): CheckUnit | null {
  const folded = foldDiacritics(name);
  let best: { unit: CheckUnit; score: number } | null = null;
  for (const u of units) {
    const distance = Math.min(...namesOf(u).map((n) => editDistance(folded, n)));
    const limit = Math.max(2, Math.ceil(folded.length * 0.4));
    if (distance > limit) continue;
    const score = distance + (kinds.includes(u.kind) ? 0 : 0.5);
    if (!best || score < best.score) best = { unit: u, score };
  }
  return best?.unit ?? null;
}

const ref = (u: CheckUnit): UnitRef => ({ code: u.code, name: u.name, kind: u.kind });

// ---------------------------------------------------------------------------------------------
// Surrounding text

const SURROUND = 90;

function tidy(s: string): string {
  return s.normalize("NFC").replace(/\*/g, "").replace(/^#+\s*/gm, "").replace(/\s+/g, " ");
}

function surrounding(text: string, s: Statement): { before: string; after: string } {
  let before = tidy(text.slice(Math.max(0, s.offset - SURROUND * 2), s.offset)).trimStart();
  if (before.length > SURROUND) before = `…${before.slice(before.length - SURROUND).replace(/^\S*\s/, "")}`;
  const quote = s.quote.endsWith("…") ? s.quote.slice(0, -1) : s.quote;
  const rest = tidy(text.slice(s.offset, s.offset + quote.length * 2 + SURROUND * 2));
  let after = rest.startsWith(quote) ? rest.slice(quote.length) : "";
  if (s.quote.endsWith("…")) after = "";
  if (after.length > SURROUND) after = `${after.slice(0, SURROUND).replace(/\s\S*$/, "")}…`;
  return { before, after: after.trimEnd() };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** The latest full date written in the text ("ngày 20/5/2020", "20/05/2020"), as YYYY-MM-DD. */
export function suggestAsOf(text: string): string | null {
  let best: string | null = null;
  for (const m of text.normalize("NFC").matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) continue;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (!best || iso > best) best = iso;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Checking

interface Resolver {
  /** A unit of the given kinds by folded name or alias, in the district first, then the province. */
  find(name: string, kinds: UnitKind[]): CheckUnit | null;
  inDistrict(code: string): boolean;
}

function resolver(snapshot: CheckSnapshot): Resolver {
  const districtUnits = new Set([snapshot.district.code, ...snapshot.units.filter((u) => u.districtCode === snapshot.district.code).map((u) => u.code)]);
  const all: CheckUnit[] = [snapshot.province, ...snapshot.units];
  if (!snapshot.units.some((u) => u.code === snapshot.district.code)) all.push(snapshot.district);
  return {
    find(name, kinds) {
      const folded = foldDiacritics(name);
      const matches = all.filter((u) => kinds.includes(u.kind) && namesOf(u).includes(folded));
      return matches.find((u) => districtUnits.has(u.code)) ?? matches[0] ?? null;
    },
    inDistrict: (code) => districtUnits.has(code),
  };
}

type Checked = Pick<Finding, "outcome" | "subject" | "subjectInferred" | "comparisons" | "reason"> & CheckedExtras;
type CheckedExtras = { suggestion?: UnitRef | null; named?: NamedCommune[]; omitted?: UnitRef[] };

const notCheckable = (reason: NotCheckableReason, subject: UnitRef | null = null, subjectInferred = false): Checked => ({
  outcome: "not_checkable",
  subject,
  subjectInferred,
  comparisons: [],
  reason,
});

/** Resolve a commune subject: the clause's, else the context's. */
function communeSubject(
  s: { subject: string | null; context: string | null },
  r: Resolver,
  communes: Map<string, CheckCommune>,
): { commune: CheckCommune; unit: UnitRef; inferred: boolean } | { fail: NotCheckableReason; unit: UnitRef | null; inferred: boolean } {
  const name = s.subject ?? s.context;
  const inferred = s.subject === null;
  if (!name) return { fail: "no_subject", unit: null, inferred };
  const unit = r.find(name, ["commune", "township", "ward"]);
  if (!unit) return { fail: "unknown_subject", unit: null, inferred };
  const commune = communes.get(unit.code);
  if (!commune || !r.inDistrict(unit.code)) return { fail: "outside_district", unit: ref(unit), inferred };
  return { commune, unit: ref(unit), inferred };
}

function checkCriteriaMet(s: Extract<Statement, { kind: "criteria_met_of" }>, snap: CheckSnapshot, r: Resolver, communes: Map<string, CheckCommune>): Checked {
  const found = communeSubject(s, r, communes);
  if ("fail" in found) return notCheckable(found.fail, found.unit, found.inferred);
  const { commune, unit, inferred } = found;
  if (snap.totalCriteria > 0 && s.total !== snap.totalCriteria) return notCheckable("other_total", unit, inferred);
  const total = snap.totalCriteria;
  const comparisons: Comparison[] = [];
  if (commune.self) comparisons.push({ view: "self", value: commune.self.met, total, agrees: commune.self.met === s.met });
  if (commune.verified) comparisons.push({ view: "verified", value: commune.verified.met, total, agrees: commune.verified.met === s.met });
  if (!commune.verified && commune.figure?.basis === "document")
    comparisons.push({ view: "document", value: commune.figure.criteriaMet, total, agrees: commune.figure.criteriaMet === s.met, source: commune.figure.documentLabel });
  // The statement's own view decides, and the official standing (verified, else a document's
  // total) must agree too: a self-assessed 19/19 against a verified 16/19 is a disagreement, with
  // the self-assessment named as the view that agrees.
  const official = comparisons.find((c) => c.view === "verified" || c.view === "document");
  const own = s.selfAssessed ? comparisons.find((c) => c.view === "self") : official;
  const relevant = [own, official].filter((c): c is Comparison => c !== undefined);
  if (relevant.length === 0) return { ...notCheckable("no_data", unit, inferred), comparisons };
  return { outcome: relevant.every((c) => c.agrees) ? "agrees" : "disagrees", subject: unit, subjectInferred: inferred, comparisons, reason: null };
}

function checkCriteriaStatus(s: Extract<Statement, { kind: "criteria_status_of" }>, snap: CheckSnapshot, r: Resolver, communes: Map<string, CheckCommune>): Checked {
  const found = communeSubject(s, r, communes);
  if ("fail" in found) return notCheckable(found.fail, found.unit, found.inferred);
  const { commune, unit, inferred } = found;
  if (s.total !== null && snap.totalCriteria > 0 && s.total !== snap.totalCriteria) return notCheckable("other_total", unit, inferred);
  const total = snap.totalCriteria;
  // "chưa đạt" counts everything short of met (nearly met and not assessed included); "gần đạt"
  // only nearly met.
  const countOf = (v: ViewCounts) => (s.status === "nearly_met" ? v.nearlyMet : total - v.met);
  const comparisons: Comparison[] = [];
  if (commune.self) comparisons.push({ view: "self", value: countOf(commune.self), total, agrees: countOf(commune.self) === s.count });
  if (commune.verified) comparisons.push({ view: "verified", value: countOf(commune.verified), total, agrees: countOf(commune.verified) === s.count });
  const official = comparisons.find((c) => c.view === "verified");
  const own = s.selfAssessed ? comparisons.find((c) => c.view === "self") : official;
  const relevant = [own, official].filter((c): c is Comparison => c !== undefined);
  // A document's total says nothing about nearly met criteria: never invent per-criterion data.
  if (relevant.length === 0) return { ...notCheckable("no_data", unit, inferred), comparisons };
  return { outcome: relevant.every((c) => c.agrees) ? "agrees" : "disagrees", subject: unit, subjectInferred: inferred, comparisons, reason: null };
}

function districtSubject(name: string | null, snap: CheckSnapshot, r: Resolver): { ok: true; inferred: boolean } | { ok: false; partial: Checked } {
  if (name === null) return { ok: true, inferred: true };
  const unit = r.find(name, ["district"]);
  if (!unit) return { ok: false, partial: notCheckable("unknown_subject") };
  if (unit.code !== snap.district.code) return { ok: false, partial: notCheckable("outside_district", ref(unit)) };
  return { ok: true, inferred: false };
}

function figures(snap: CheckSnapshot): CommuneFigure[] {
  return snap.communes.map((c) => ({ unitCode: c.code, unitName: c.name, criteriaMet: c.figure?.criteriaMet ?? null, basis: c.figure?.basis ?? "none" }));
}

function checkAverage(s: Extract<Statement, { kind: "average_criteria" }>, snap: CheckSnapshot, r: Resolver): Checked {
  const subject = districtSubject(s.subject, snap, r);
  if (!subject.ok) return subject.partial;
  const summary = areaSummary(figures(snap), { totalCriteria: snap.totalCriteria });
  const district = ref(snap.district);
  if (summary.averageCriteriaMet === null) return notCheckable("no_data", district, subject.inferred);
  // As the report rounds: "10,9" is any value in [10,85; 10,95); "11" any value in [10,5; 11,5).
  const decimals = s.decimals ?? inferDecimals(s.value);
  const agrees = Math.abs(summary.averageCriteriaMet - s.value) < 0.5 * 10 ** -decimals - 1e-9;
  return {
    outcome: agrees ? "agrees" : "disagrees",
    subject: district,
    subjectInferred: subject.inferred,
    comparisons: [{ view: "computed", value: summary.averageCriteriaMet, total: null, agrees }],
    reason: null,
  };
}

function checkCommunesWith(s: Extract<Statement, { kind: "communes_with_criteria" }>, snap: CheckSnapshot, r: Resolver, communes: Map<string, CheckCommune>): Checked {
  const list = figures(snap);
  if (!list.some((f) => f.criteriaMet !== null)) return notCheckable("no_data", ref(snap.district), true);
  const band = list.filter((f) => f.criteriaMet === s.criteria);
  const named: NamedCommune[] = s.names.map((name) => {
    const unit = r.find(name, ["commune"]);
    const commune = unit ? communes.get(unit.code) : undefined;
    return { name, unit: unit && commune ? ref(unit) : null, value: commune?.figure?.criteriaMet ?? null };
  });
  const namedCodes = new Set(named.map((n) => n.unit?.code).filter(Boolean));
  const omitted = band.filter((f) => !namedCodes.has(f.unitCode)).map((f) => ({ code: f.unitCode, name: f.unitName, kind: "commune" as const }));
  const countAgrees = band.length === s.communes;
  const agrees = countAgrees && omitted.length === 0 && named.every((n) => n.unit !== null && n.value === s.criteria);
  return {
    outcome: agrees ? "agrees" : "disagrees",
    subject: ref(snap.district),
    subjectInferred: true,
    comparisons: [{ view: "computed", value: band.length, total: null, agrees: countAgrees }],
    reason: null,
    named,
    omitted,
  };
}

function checkCommunesBelow(s: Extract<Statement, { kind: "communes_below" }>, snap: CheckSnapshot): Checked {
  const summary = areaSummary(figures(snap), { totalCriteria: snap.totalCriteria, floor: s.floor });
  if (summary.withFigureCount === 0) return notCheckable("no_data", ref(snap.district), true);
  const agrees = summary.communesBelowFloor === s.communes;
  return {
    outcome: agrees ? "agrees" : "disagrees",
    subject: ref(snap.district),
    subjectInferred: true,
    comparisons: [{ view: "computed", value: summary.communesBelowFloor, total: null, agrees }],
    reason: null,
  };
}

function checkMention(s: Extract<Statement, { kind: "unit_mention" }>, snap: CheckSnapshot, r: Resolver): Checked {
  const kinds = KIND_OF_WORD[s.unitKind] ?? [];
  const unit = r.find(s.name, kinds);
  if (unit) return { outcome: "agrees", subject: ref(unit), subjectInferred: false, comparisons: [], reason: null };
  const candidates: CheckUnit[] = [snap.province, ...snap.units];
  const close = closestUnit(s.name, candidates.filter((u) => kinds.includes(u.kind)), kinds) ?? closestUnit(s.name, candidates, kinds);
  return { outcome: "unknown_unit", subject: null, subjectInferred: false, comparisons: [], reason: null, suggestion: close ? ref(close) : null };
}

const OUTCOME_ORDER: Record<Outcome, number> = { disagrees: 0, unknown_unit: 1, not_checkable: 2, agrees: 3 };

/** Compare already-extracted statements with the snapshot; `text` is the input they came from. */
export function compareStatements(text: string, statements: Statement[], snapshot: CheckSnapshot): Finding[] {
  const r = resolver(snapshot);
  const communes = new Map(snapshot.communes.map((c) => [c.code, c]));
  const findings: Finding[] = [];
  const mentions = new Map<string, Finding>();
  for (const s of statements) {
    let partial: Checked;
    switch (s.kind) {
      case "criteria_met_of":
        partial = checkCriteriaMet(s, snapshot, r, communes);
        break;
      case "criteria_status_of":
        partial = checkCriteriaStatus(s, snapshot, r, communes);
        break;
      case "average_criteria":
        partial = checkAverage(s, snapshot, r);
        break;
      case "communes_with_criteria":
        partial = checkCommunesWith(s, snapshot, r, communes);
        break;
      case "communes_below":
        partial = checkCommunesBelow(s, snapshot);
        break;
      case "unit_mention": {
        const key = `${s.unitKind}|${foldDiacritics(s.name)}`;
        const seen = mentions.get(key);
        if (seen) {
          seen.occurrences += 1;
          continue;
        }
        partial = checkMention(s, snapshot, r);
        break;
      }
    }
    const finding: Finding = {
      statement: s,
      suggestion: null,
      named: [],
      omitted: [],
      occurrences: 1,
      ...partial,
      ...surrounding(text, s),
    };
    if (s.kind === "unit_mention") mentions.set(`${s.unitKind}|${foldDiacritics(s.name)}`, finding);
    findings.push(finding);
  }
  return findings;
}

/** Findings ordered for reading: disagreements, then unknown units, then what cannot be checked,
 * then agreements; in text order within each. */
export function orderFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || a.statement.offset - b.statement.offset);
}

export function summarize(findings: Finding[]): CheckSummary {
  const count = (o: Outcome) => findings.filter((f) => f.outcome === o).length;
  return { statements: findings.length, agrees: count("agrees"), disagrees: count("disagrees"), unknownUnits: count("unknown_unit"), notCheckable: count("not_checkable") };
}

/** Extract the statements of a report's text and compare each with the data snapshot. */
export function checkReport(text: string, snapshot: CheckSnapshot): ReportCheck {
  const findings = orderFindings(compareStatements(text, extractStatements(text), snapshot));
  return { findings, summary: summarize(findings), suggestedAsOf: suggestAsOf(text) };
}
