// Importing a commune's standing from a spreadsheet: what each row of the file would change, and
// what is wrong with it. Pure: the facts the database knows (communes, criteria, indicators, the
// current values with their versions), who may write what, how an indicator's value is read and
// what "now" is are all parameters. Nothing here reads a file or a database.
//
// Every cell is checked; a cell that is wrong or that the importer may not write is an error of
// its row and column (never silently skipped). An empty cell leaves the value as it is. A cell
// that equals what is recorded is "unchanged" (counted, not written, no error even where the
// importer could not write it: nothing would be written). Any error blocks the whole import.
import { numberInputText } from "@/lib/i18n/number-input";
import { foldDiacritics } from "./text";
import type { IndicatorValue, Status } from "./types";

/** Where a value sits in the file (1-based row as a spreadsheet shows it; column header). */
export interface CellRef {
  sheet: string | null;
  row: number;
  column: string;
}

/** A raw cell as read from a file: its text and whether it was a formula. */
export interface RawCell {
  text: string;
  formula: boolean;
  /** The number a spreadsheet stores as a number (XLSX), kept as it is; text cells (and every
   * CSV cell) are read the Vietnamese way ("1.500" = 1500, "28,6"). */
  number?: number;
}

/** One criterion cell of the matrix (a commune row × a "TC<n>" column). */
export interface StatusEntry {
  ref: CellRef;
  /** Where the commune code was read, for errors about the commune. */
  codeRef: CellRef;
  communeCode: RawCell;
  criterionNumber: number;
  value: RawCell;
}

/** One row of the indicator layout (commune code, indicator code, value, denominator, …). */
export interface IndicatorEntry {
  row: number;
  sheet: string | null;
  /** Column header per field, for errors. */
  columns: Record<IndicatorField, string>;
  communeCode: RawCell;
  indicatorCode: RawCell;
  value: RawCell;
  denominator: RawCell;
  /** Absent column → null (keep what is recorded). */
  secondary: RawCell | null;
  referenceYear: RawCell | null;
  status: RawCell | null;
  reason: RawCell | null;
}
export type IndicatorField = "communeCode" | "indicatorCode" | "value" | "denominator" | "secondary" | "referenceYear" | "status" | "reason";

export interface ImportEntries {
  statuses: StatusEntry[];
  indicators: IndicatorEntry[];
}

/** What the database knows about a commune named in the file. */
export interface CommuneFact {
  id: number;
  code: string;
  name: string;
  provinceCode: string | null;
  districtCode: string | null;
  /** An approved review locks the self-assessment. */
  locked: boolean;
  regionCode: string | null;
  provinceId: number | null;
}
export interface CriterionFact {
  id: number;
  number: number;
  departments: readonly string[];
}
export interface IndicatorFact {
  id: number;
  code: string;
  criterionId: number;
  criterionNumber: number;
  kind: string;
}
/** The value an indicator holds (IndicatorAssessment), as the validation module's input shape. */
export interface StoredValue extends IndicatorValue {
  referenceYear: number | null;
  note: string | null;
}

export interface ImportFacts {
  /** Keyed by GSO code (exact). Communes that do not exist are absent. */
  communes: ReadonlyMap<string, CommuneFact>;
  criteria: ReadonlyMap<number, CriterionFact>;
  indicators: ReadonlyMap<string, IndicatorFact>;
  /** Current status and version of the written view, keyed `${communeId}:${criterionId}`. */
  statuses: ReadonlyMap<string, { status: Status; version: number }>;
  /** Current value and version of the written view, keyed `${communeId}:${indicatorId}`. */
  values: ReadonlyMap<string, { value: StoredValue; version: number }>;
}

/** Decisions the caller makes with the permission rules and the validation schemas. */
export interface ImportRules {
  /** May the importer read this commune at all (its scope)? */
  canRead(commune: CommuneFact): boolean;
  /** May the importer write this criterion of this commune in the imported view? */
  canWrite(commune: CommuneFact, criterion: CriterionFact): boolean;
  /** Is the commune inside the unit the import was started from? */
  inUnit(commune: CommuneFact): boolean;
  /** Reads an indicator's value for its kind from the raw fields (the form's schema). */
  parseValue(kind: string, raw: Record<string, string | undefined>): { ok: true; value: StoredValue } | { ok: false; field: IndicatorField; message: string };
  /** Does the rules' result disagree with an assessor's status without a reason? */
  overrideWithoutReason(commune: CommuneFact, indicator: IndicatorFact, value: StoredValue, now: Date): boolean;
  /** Status text → status (the matrix format's labels and aliases); empty text is "empty". */
  parseStatus(text: string): { kind: "empty" } | { kind: "status"; status: Status } | { kind: "invalid" };
  now: Date;
}

export const IMPORT_ERROR_CODES = [
  "formula", // a formula or text starting with = + - @ tab CR where a code, status or number is expected
  "communeMissing",
  "communeUnknown",
  "communeOutOfScope",
  "communeOutsideUnit",
  "criterionUnknown",
  "indicatorUnknown",
  "statusInvalid",
  "duplicate",
  "forbidden",
  "locked",
  "value", // the indicator value is invalid (message holds the validation key)
  "overrideReasonRequired",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  sheet: string | null;
  row: number;
  column: string;
  code: ImportErrorCode;
  /** The offending text (shortened), or a validation message key for "value". */
  detail: string | null;
}

export interface StatusChange {
  row: number;
  communeId: number;
  communeCode: string;
  communeName: string;
  criterionId: number;
  criterionNumber: number;
  from: Status;
  to: Status;
  /** The version the change was planned from (0 = no row yet). */
  version: number;
}

export interface ValueChange {
  row: number;
  communeId: number;
  communeCode: string;
  communeName: string;
  criterionId: number;
  indicatorId: number;
  indicatorCode: string;
  from: StoredValue | null;
  to: StoredValue;
  version: number;
}

export interface ImportPlan {
  statusChanges: StatusChange[];
  valueChanges: ValueChange[];
  errors: ImportError[];
  /** Cells or rows equal to what is recorded. */
  unchanged: number;
  /** Empty criterion cells (left as they are). */
  empty: number;
  /** Versions of every subject the file names (changed or not): the apply refuses if any moved. */
  checkedStatuses: [communeId: number, criterionId: number, version: number][];
  checkedValues: [communeId: number, indicatorId: number, version: number][];
  communeCount: number;
}

/** Cells that a spreadsheet would run as a formula (OWASP CSV injection): = + - @ tab CR. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** A GSO code cell: digits only, as text ("06322"); a number-typed "6322" keeps no leading zero. */
const CODE = /^\d{1,5}$/;

/** The code as the file gives it; a commune code that lost its leading zero in Excel ("6322")
 * is read as five digits. */
export function communeKey(text: string): string {
  return text.length < 5 ? text.padStart(5, "0") : text;
}

export function planImport(entries: ImportEntries, facts: ImportFacts, rules: ImportRules): ImportPlan {
  const errors: ImportError[] = [];
  const statusChanges: StatusChange[] = [];
  const valueChanges: ValueChange[] = [];
  const checkedStatuses: ImportPlan["checkedStatuses"] = [];
  const checkedValues: ImportPlan["checkedValues"] = [];
  let unchanged = 0;
  let empty = 0;
  const communesSeen = new Set<number>();
  const err = (ref: CellRef, code: ImportErrorCode, detail: string | null = null) => errors.push({ sheet: ref.sheet, row: ref.row, column: ref.column, code, detail });

  // A commune code is checked once per row (the error is reported once, on the code's column).
  const rowCommune = new Map<string, CommuneFact | null>();
  const communeOf = (cell: RawCell, ref: CellRef): CommuneFact | null => {
    const key = `${ref.sheet ?? ""}:${ref.row}`;
    if (rowCommune.has(key)) return rowCommune.get(key)!;
    let result: CommuneFact | null = null;
    const text = cell.text.trim();
    if (cell.formula || looksLikeFormula(cell.text)) err(ref, "formula", short(cell.text));
    else if (text === "") err(ref, "communeMissing");
    else if (!CODE.test(text) || !facts.communes.has(communeKey(text))) err(ref, "communeUnknown", short(text));
    else {
      const c = facts.communes.get(communeKey(text))!;
      if (!rules.canRead(c)) err(ref, "communeOutOfScope", text);
      else if (!rules.inUnit(c)) err(ref, "communeOutsideUnit", text);
      else result = c;
    }
    rowCommune.set(key, result);
    if (result) communesSeen.add(result.id);
    return result;
  };

  const seenStatus = new Set<string>();
  for (const e of entries.statuses) {
    // Injection is refused wherever a status is expected, whatever the row.
    if (e.value.formula || looksLikeFormula(e.value.text)) {
      communeOf(e.communeCode, e.codeRef);
      err(e.ref, "formula", short(e.value.text));
      continue;
    }
    const parsed = rules.parseStatus(e.value.text);
    const commune = communeOf(e.communeCode, e.codeRef);
    if (parsed.kind === "empty") {
      empty++;
      continue;
    }
    if (parsed.kind === "invalid") {
      err(e.ref, "statusInvalid", short(e.value.text.trim()));
      continue;
    }
    if (!commune) continue;
    const criterion = facts.criteria.get(e.criterionNumber);
    if (!criterion) {
      err(e.ref, "criterionUnknown", String(e.criterionNumber));
      continue;
    }
    const key = `${commune.id}:${criterion.id}`;
    if (seenStatus.has(key)) {
      err(e.ref, "duplicate", `${commune.code} · ${e.criterionNumber}`);
      continue;
    }
    seenStatus.add(key);
    const current = facts.statuses.get(key) ?? { status: "not_assessed" as Status, version: 0 };
    checkedStatuses.push([commune.id, criterion.id, current.version]);
    if (current.status === parsed.status) {
      unchanged++;
      continue;
    }
    if (!rules.canWrite(commune, criterion)) {
      err(e.ref, commune.locked && rules.canWrite({ ...commune, locked: false }, criterion) ? "locked" : "forbidden");
      continue;
    }
    statusChanges.push({
      row: e.ref.row,
      communeId: commune.id,
      communeCode: commune.code,
      communeName: commune.name,
      criterionId: criterion.id,
      criterionNumber: criterion.number,
      from: current.status,
      to: parsed.status,
      version: current.version,
    });
  }

  const seenValue = new Set<string>();
  for (const e of entries.indicators) {
    const ref = (field: IndicatorField): CellRef => ({ sheet: e.sheet, row: e.row, column: e.columns[field] });
    // Every cell that must hold a code, a number or a status is checked for injection first.
    const cells: [IndicatorField, RawCell | null][] = [
      ["indicatorCode", e.indicatorCode],
      ["value", e.value],
      ["denominator", e.denominator],
      ["secondary", e.secondary],
      ["referenceYear", e.referenceYear],
      ["status", e.status],
    ];
    const commune = communeOf(e.communeCode, ref("communeCode"));
    let injected = false;
    for (const [field, cell] of cells) {
      if (cell && (cell.formula || looksLikeFormula(cell.text))) {
        err(ref(field), "formula", short(cell.text));
        injected = true;
      }
    }
    if (e.reason?.formula) {
      err(ref("reason"), "formula", short(e.reason.text));
      injected = true;
    }
    if (injected || !commune) continue;
    const code = e.indicatorCode.text.trim();
    const indicator = facts.indicators.get(code);
    if (!indicator) {
      err(ref("indicatorCode"), "indicatorUnknown", short(code));
      continue;
    }
    const criterion = facts.criteria.get(indicator.criterionNumber)!;
    const key = `${commune.id}:${indicator.id}`;
    if (seenValue.has(key)) {
      err(ref("indicatorCode"), "duplicate", `${commune.code} · ${code}`);
      continue;
    }
    seenValue.add(key);
    const current = facts.values.get(key) ?? null;
    const blank = (c: RawCell | null) => !c || c.text.trim() === "";
    if (blank(e.value) && blank(e.denominator) && blank(e.secondary) && blank(e.status)) {
      empty++;
      continue;
    }
    const raw = rawValueFields(indicator.kind, e, current?.value ?? null, rules);
    if ("error" in raw) {
      err(ref(raw.error.field), raw.error.field === "status" ? "statusInvalid" : "value", raw.error.message);
      continue;
    }
    const parsed = rules.parseValue(indicator.kind, raw.fields);
    if (!parsed.ok) {
      err(ref(parsed.field), "value", parsed.message);
      continue;
    }
    // What the file does not say (note; reference year, result and reason when their column is
    // absent) stays as recorded.
    const next: StoredValue = {
      ...parsed.value,
      note: current?.value.note ?? null,
      referenceYear: e.referenceYear ? parsed.value.referenceYear : (current?.value.referenceYear ?? null),
      ...(e.status ? {} : { status: current?.value.status ?? null, overrideReason: current?.value.overrideReason ?? null }),
    };
    checkedValues.push([commune.id, indicator.id, current?.version ?? 0]);
    if (current && sameStoredValue(current.value, next)) {
      unchanged++;
      continue;
    }
    if (!rules.canWrite(commune, criterion)) {
      err(ref("value"), commune.locked && rules.canWrite({ ...commune, locked: false }, criterion) ? "locked" : "forbidden");
      continue;
    }
    if (rules.overrideWithoutReason(commune, indicator, next, rules.now)) {
      err(ref(e.reason ? "reason" : "status"), "overrideReasonRequired");
      continue;
    }
    valueChanges.push({
      row: e.row,
      communeId: commune.id,
      communeCode: commune.code,
      communeName: commune.name,
      criterionId: indicator.criterionId,
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      from: current?.value ?? null,
      to: next,
      version: current?.version ?? 0,
    });
  }

  errors.sort((a, b) => (a.sheet ?? "").localeCompare(b.sheet ?? "") || a.row - b.row);
  return { statusChanges, valueChanges, errors, unchanged, empty, checkedStatuses, checkedValues, communeCount: communesSeen.size };
}

/** Same stored value, field by field (what the history's JSON holds). */
export function sameStoredValue(a: StoredValue, b: StoredValue): boolean {
  return (
    a.valueNumber === b.valueNumber &&
    a.denominator === b.denominator &&
    a.valueBool === b.valueBool &&
    a.secondaryValue === b.secondaryValue &&
    a.referenceYear === b.referenceYear &&
    (a.status ?? null) === (b.status ?? null) &&
    (a.overrideReason ?? null) === (b.overrideReason ?? null) &&
    (a.note ?? null) === (b.note ?? null)
  );
}

const YES = new Set(["co", "dat", "yes", "true", "x", "1"]);
const NO = new Set(["khong", "chua dat", "no", "false", "0"]);

/**
 * The raw form fields of an indicator value from the import columns, by kind: "Giá trị" is the
 * yes/no answer, the count, the percent (or the numerator when "Mẫu số" is filled), the amount, or
 * the first percent of a dual indicator ("Giá trị phụ" the second).
 */
export function rawValueFields(
  kind: string,
  e: Pick<IndicatorEntry, "value" | "denominator" | "secondary" | "referenceYear" | "status" | "reason">,
  current: StoredValue | null,
  rules: Pick<ImportRules, "parseStatus">,
): { fields: Record<string, string | undefined> } | { error: { field: IndicatorField; message: string } } {
  // Numbers stored as numbers become the text the value parser reads back exactly (28.6 → "28,6").
  const typed = (c: RawCell) => (c.number !== undefined ? numberInputText(c.number) : c.text.trim());
  const v = typed(e.value);
  const d = typed(e.denominator);
  const fields: Record<string, string | undefined> = {};
  switch (kind) {
    case "boolean": {
      const f = foldDiacritics(v);
      if (f !== "" && !YES.has(f) && !NO.has(f)) return { error: { field: "value", message: "validation.invalid" } };
      fields.valueBool = f === "" ? "" : YES.has(f) ? "yes" : "no";
      break;
    }
    case "absence":
      fields.count = v;
      break;
    case "percent_min":
    case "percent_max":
      if (d === "") fields.percent = v;
      else {
        fields.numerator = v;
        fields.denominator = d;
      }
      break;
    case "amount_min":
      fields.amount = v;
      break;
    case "percent_min_dual":
      fields.percent = v;
      fields.secondary = e.secondary ? typed(e.secondary) : current?.secondaryValue != null ? numberInputText(current.secondaryValue) : "";
      break;
  }
  if (e.referenceYear) fields.referenceYear = typed(e.referenceYear);
  if (!e.status && current?.status) {
    // No result column: the assessor's recorded result and reason stay.
    fields.status = current.status;
    fields.overrideReason = current.overrideReason ?? "";
  }
  if (e.status) {
    const s = rules.parseStatus(e.status.text);
    if (s.kind === "invalid") return { error: { field: "status", message: e.status.text.trim() } };
    fields.status = s.kind === "status" ? s.status : "";
    fields.overrideReason = e.reason ? e.reason.text : "";
  }
  return { fields };
}

/** The view an importer writes: a commune official their commune's self-assessment, a district
 * officer or a department inspector the verified view; nobody else imports (null). */
export function importViewFor(role: string): "self" | "verified" | null {
  if (role === "commune_official") return "self";
  if (role === "district_officer" || role === "department_inspector") return "verified";
  return null;
}
