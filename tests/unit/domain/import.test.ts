import { describe, expect, it } from "vitest";
import {
  importViewFor,
  looksLikeFormula,
  planImport,
  rawValueFields,
  type CommuneFact,
  type ImportEntries,
  type ImportFacts,
  type ImportRules,
  type IndicatorEntry,
  type RawCell,
  type StatusEntry,
  type StoredValue,
} from "@/lib/domain/import";
import type { Status } from "@/lib/domain/types";

// The pure row check of an import: facts, rights, value parsing and "now" are parameters.

const cell = (text: string, formula = false): RawCell => ({ text, formula });
const commune = (code: string, extra: Partial<CommuneFact> = {}): CommuneFact => ({
  id: Number(code),
  code,
  name: `Xã ${code}`,
  provinceCode: "20",
  districtCode: "184",
  locked: false,
  regionCode: "TDMNPB",
  provinceId: 1,
  ...extra,
});

function facts(over: Partial<ImportFacts> = {}): ImportFacts {
  return {
    communes: new Map([
      ["06322", commune("06322")],
      ["06277", commune("06277")],
      ["06100", commune("06100", { districtCode: "999" })],
      ["06400", commune("06400", { locked: true })],
    ]),
    criteria: new Map([
      [1, { id: 101, number: 1, departments: ["KHĐT"] }],
      [2, { id: 102, number: 2, departments: ["GTVT"] }],
      [9, { id: 109, number: 9, departments: ["XD"] }],
    ]),
    indicators: new Map([
      ["9.1", { id: 901, code: "9.1", criterionId: 109, criterionNumber: 9, kind: "absence" }],
      ["2.1", { id: 201, code: "2.1", criterionId: 102, criterionNumber: 2, kind: "percent_min" }],
    ]),
    statuses: new Map([["6322:101", { status: "met" as Status, version: 3 }]]),
    values: new Map(),
    ...over,
  };
}

const LABELS: Record<string, Status> = { "đạt": "met", "gần đạt": "nearly_met", "chưa đạt": "not_met", "chưa đánh giá": "not_assessed" };
function rules(over: Partial<ImportRules> = {}): ImportRules {
  return {
    now: new Date("2026-01-01T00:00:00Z"),
    canRead: (c) => c.provinceCode === "20",
    inUnit: (c) => c.districtCode === "184",
    canWrite: (c) => !c.locked,
    parseStatus: (t) => (t.trim() === "" ? { kind: "empty" } : LABELS[t.trim().toLowerCase()] ? { kind: "status", status: LABELS[t.trim().toLowerCase()]! } : { kind: "invalid" }),
    parseValue: (kind, raw) => {
      const n = Number(raw.count ?? raw.percent ?? raw.numerator);
      if (!Number.isFinite(n)) return { ok: false, field: "value", message: "validation.number" };
      const v: StoredValue = { valueNumber: n, denominator: raw.denominator ? Number(raw.denominator) : null, valueBool: null, secondaryValue: null, status: (raw.status || null) as Status | null, overrideReason: raw.overrideReason || null, referenceYear: null, note: null };
      return { ok: true, value: v };
    },
    overrideWithoutReason: () => false,
    ...over,
  };
}

let row = 1;
function statusRow(code: string | RawCell, cells: Record<number, string | RawCell>): StatusEntry[] {
  row++;
  const codeCell = typeof code === "string" ? cell(code) : code;
  const codeRef = { sheet: "Thẩm định", row, column: "Mã xã" };
  return Object.entries(cells).map(([n, v]) => ({
    ref: { sheet: "Thẩm định", row, column: `TC${n}` },
    codeRef,
    communeCode: codeCell,
    criterionNumber: Number(n),
    value: typeof v === "string" ? cell(v) : v,
  }));
}
const entries = (statuses: StatusEntry[], indicators: IndicatorEntry[] = []): ImportEntries => ({ statuses, indicators });

describe("planImport: statuses", () => {
  it("lists what changes (old → new with the version it was planned from), counts unchanged and empty cells", () => {
    row = 1;
    const plan = planImport(entries([...statusRow("06322", { 1: "Đạt", 2: "Chưa đạt", 9: "" })]), facts(), rules());
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.empty).toBe(1);
    expect(plan.statusChanges).toEqual([
      { row: 2, communeId: 6322, communeCode: "06322", communeName: "Xã 06322", criterionId: 102, criterionNumber: 2, from: "not_assessed", to: "not_met", version: 0 },
    ]);
    expect(plan.checkedStatuses).toEqual([
      [6322, 101, 3],
      [6322, 102, 0],
    ]);
    expect(plan.communeCount).toBe(1);
  });

  it("\"Chưa đánh giá\" where nothing is recorded is unchanged (a round trip changes nothing)", () => {
    const plan = planImport(entries(statusRow("06277", { 1: "Chưa đánh giá" })), facts(), rules());
    expect(plan.statusChanges).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it("refuses formulas and text starting with = + - @ where a status or code is expected, by row and column", () => {
    row = 1;
    const plan = planImport(
      entries([
        ...statusRow("06322", { 1: "=1+1", 2: "+Đạt", 9: "@A1" }),
        ...statusRow("06322", { 1: "-1", 2: cell("Đạt", true) }),
        ...statusRow(cell("=A2"), { 1: "Đạt" }),
        ...statusRow("06322", { 9: "\tĐạt" }),
      ]),
      facts(),
      rules(),
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "TC1", "formula"],
      [2, "TC2", "formula"],
      [2, "TC9", "formula"],
      [3, "TC1", "formula"],
      [3, "TC2", "formula"],
      [4, "Mã xã", "formula"],
      [5, "TC9", "formula"],
    ]);
    expect(plan.statusChanges).toEqual([]);
  });

  it("names unknown, missing, out-of-scope and outside-the-unit communes once per row, invalid statuses and unknown criteria", () => {
    row = 1;
    const f = facts();
    (f.communes as Map<string, CommuneFact>).set("07000", commune("07000", { provinceCode: "19" }));
    const plan = planImport(
      entries([
        ...statusRow("99999", { 1: "Đạt", 2: "Đạt" }),
        ...statusRow("", { 1: "Đạt" }),
        ...statusRow("07000", { 1: "Đạt" }),
        ...statusRow("06100", { 1: "Đạt" }),
        ...statusRow("06322", { 1: "Tốt", 5: "Đạt" }),
        ...statusRow("abc", { 1: "Đạt" }),
      ]),
      f,
      rules(),
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.code, e.detail])).toEqual([
      [2, "Mã xã", "communeUnknown", "99999"],
      [3, "Mã xã", "communeMissing", null],
      [4, "Mã xã", "communeOutOfScope", "07000"],
      [5, "Mã xã", "communeOutsideUnit", "06100"],
      [6, "TC1", "statusInvalid", "Tốt"],
      [6, "TC5", "criterionUnknown", "5"],
      [7, "Mã xã", "communeUnknown", "abc"],
    ]);
  });

  it("reads a code that lost its leading zero in Excel", () => {
    row = 1;
    const plan = planImport(entries(statusRow("6322", { 2: "Đạt" })), facts(), rules());
    expect(plan.errors).toEqual([]);
    expect(plan.statusChanges[0]?.communeCode).toBe("06322");
  });

  it("a change the importer may not write is an error of its cell (forbidden, or locked by an approved review); an equal cell is not", () => {
    row = 1;
    const plan = planImport(
      entries([...statusRow("06322", { 1: "Đạt", 2: "Đạt", 9: "Đạt" }), ...statusRow("06400", { 2: "Chưa đạt" })]),
      facts(),
      rules({ canWrite: (c, criterion) => !c.locked && criterion.departments.includes("GTVT") }),
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "TC9", "forbidden"],
      [3, "TC2", "locked"],
    ]);
    expect(plan.statusChanges.map((c) => c.criterionNumber)).toEqual([2]);
    expect(plan.unchanged).toBe(1);
  });

  it("refuses the same commune × criterion twice", () => {
    row = 1;
    const plan = planImport(entries([...statusRow("06322", { 2: "Đạt" }), ...statusRow("06322", { 2: "Chưa đạt" })]), facts(), rules());
    expect(plan.errors).toMatchObject([{ row: 3, column: "TC2", code: "duplicate" }]);
  });
});

function indicatorRow(r: number, fields: Partial<Record<"communeCode" | "indicatorCode" | "value" | "denominator" | "status" | "reason", string | RawCell>>): IndicatorEntry {
  const c = (v: string | RawCell | undefined) => (v === undefined ? cell("") : typeof v === "string" ? cell(v) : v);
  return {
    row: r,
    sheet: null,
    columns: { communeCode: "Mã xã", indicatorCode: "Mã chỉ tiêu", value: "Giá trị", denominator: "Mẫu số", secondary: "Giá trị phụ", referenceYear: "Năm số liệu", status: "Kết quả", reason: "Lý do" },
    communeCode: c(fields.communeCode),
    indicatorCode: c(fields.indicatorCode),
    value: c(fields.value),
    denominator: c(fields.denominator),
    secondary: null,
    referenceYear: null,
    status: fields.status === undefined ? null : c(fields.status),
    reason: fields.reason === undefined ? null : c(fields.reason),
  };
}

describe("planImport: indicator values", () => {
  it("reads values by kind, keeps the recorded note, and counts equal values as unchanged", () => {
    const stored: StoredValue = { valueNumber: 2, denominator: 7, valueBool: null, secondaryValue: null, status: null, overrideReason: null, referenceYear: 2019, note: "ghi chú" };
    const f = facts({ values: new Map([["6322:201", { value: stored, version: 4 }]]) });
    const plan = planImport(
      entries([], [indicatorRow(2, { communeCode: "06322", indicatorCode: "2.1", value: "2", denominator: "7" }), indicatorRow(3, { communeCode: "06277", indicatorCode: "9.1", value: "0" })]),
      f,
      rules(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.valueChanges).toMatchObject([{ row: 3, communeCode: "06277", indicatorCode: "9.1", from: null, to: { valueNumber: 0 }, version: 0 }]);
    expect(plan.checkedValues).toEqual([
      [6322, 201, 4],
      [6277, 901, 0],
    ]);
  });

  it("names bad values, unknown indicators, injection in number cells and a missing override reason", () => {
    const plan = planImport(
      entries(
        [],
        [
          indicatorRow(2, { communeCode: "06322", indicatorCode: "9.9", value: "1" }),
          indicatorRow(3, { communeCode: "06322", indicatorCode: "9.1", value: "nhiều" }),
          indicatorRow(4, { communeCode: "06322", indicatorCode: "2.1", value: "-3" }),
          indicatorRow(5, { communeCode: "06322", indicatorCode: "2.1", value: "5", denominator: "@x" }),
          indicatorRow(6, { communeCode: "06277", indicatorCode: "2.1", value: "5", status: "Đạt" }),
          indicatorRow(7, { communeCode: "06277", indicatorCode: "9.1", value: "1", status: "Tốt" }),
        ],
      ),
      facts(),
      rules({ overrideWithoutReason: (_c, _i, v) => v.status === "met" && !v.overrideReason }),
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "Mã chỉ tiêu", "indicatorUnknown"],
      [3, "Giá trị", "value"],
      [4, "Giá trị", "formula"],
      [5, "Mẫu số", "formula"],
      [6, "Kết quả", "overrideReasonRequired"], // no "Lý do" column: the result column is named
      [7, "Kết quả", "statusInvalid"],
    ]);
  });

  it("a row with nothing in it changes nothing", () => {
    const plan = planImport(entries([], [indicatorRow(2, { communeCode: "06322", indicatorCode: "9.1" })]), facts(), rules());
    expect(plan).toMatchObject({ errors: [], valueChanges: [], empty: 1 });
  });
});

describe("rawValueFields", () => {
  const e = (value: string, denominator = "") => ({ value: cell(value), denominator: cell(denominator), secondary: null, referenceYear: null, status: null, reason: null });
  const r = { parseStatus: rules().parseStatus };
  it("maps the value column to the form's field of each kind", () => {
    expect(rawValueFields("boolean", e("Có"), null, r)).toEqual({ fields: { valueBool: "yes" } });
    expect(rawValueFields("boolean", e("chưa đạt"), null, r)).toEqual({ fields: { valueBool: "no" } });
    expect(rawValueFields("boolean", e("có lẽ"), null, r)).toEqual({ error: { field: "value", message: "validation.invalid" } });
    expect(rawValueFields("absence", e("0"), null, r)).toEqual({ fields: { count: "0" } });
    expect(rawValueFields("percent_min", e("28,6"), null, r)).toEqual({ fields: { percent: "28,6" } });
    expect(rawValueFields("percent_max", e("2", "7"), null, r)).toEqual({ fields: { numerator: "2", denominator: "7" } });
    expect(rawValueFields("amount_min", e("45"), null, r)).toEqual({ fields: { amount: "45" } });
  });
  it("keeps numbers the spreadsheet stores as numbers; text cells go to the Vietnamese reading", () => {
    const n = (value: number) => ({ text: String(value), formula: false, number: value });
    expect(rawValueFields("amount_min", { ...e(""), value: n(28.6) }, null, r)).toEqual({ fields: { amount: "28,6" } });
    expect(rawValueFields("amount_min", { ...e(""), value: n(1500) }, null, r)).toEqual({ fields: { amount: "1500" } });
    expect(rawValueFields("percent_max", { ...e(""), value: n(2), denominator: n(7) }, null, r)).toEqual({ fields: { numerator: "2", denominator: "7" } });
    expect(rawValueFields("amount_min", { ...e(""), value: n(28.6), referenceYear: n(2020) }, null, r)).toEqual({ fields: { amount: "28,6", referenceYear: "2020" } });
    // a text cell keeps its text: "1.500" is then read as 1500 by the value parser
    expect(rawValueFields("amount_min", e("1.500"), null, r)).toEqual({ fields: { amount: "1.500" } });
    // a recorded second percent carried over is written so the parser reads it back
    const current: StoredValue = { valueNumber: 90, denominator: null, valueBool: null, secondaryValue: 62.5, status: null, overrideReason: null, referenceYear: null, note: null };
    expect(rawValueFields("percent_min_dual", e("91"), current, r)).toEqual({ fields: { percent: "91", secondary: "62,5" } });
  });
  it("keeps the recorded assessor's result when the file has no result column", () => {
    const current: StoredValue = { valueNumber: 1, denominator: null, valueBool: null, secondaryValue: null, status: "nearly_met", overrideReason: "đang làm", referenceYear: null, note: null };
    expect(rawValueFields("absence", e("1"), current, r)).toEqual({ fields: { count: "1", status: "nearly_met", overrideReason: "đang làm" } });
  });
});

describe("looksLikeFormula and importViewFor", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+84", true],
    ["-1", true],
    ["@cmd", true],
    ["\t=1", true],
    ["\r=1", true],
    ["Đạt", false],
    ["06322", false],
    ["'=1", false],
  ])("%j → %s", (text, expected) => expect(looksLikeFormula(text)).toBe(expected));

  it("gives the view each role writes", () => {
    expect(importViewFor("commune_official")).toBe("self");
    expect(importViewFor("district_officer")).toBe("verified");
    expect(importViewFor("department_inspector")).toBe("verified");
    expect(importViewFor("coordination_office")).toBeNull();
    expect(importViewFor("admin")).toBeNull();
    expect(importViewFor("nobody")).toBeNull();
  });
});
