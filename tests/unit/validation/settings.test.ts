import { describe, expect, it } from "vitest";
import { auditChanges } from "@/components/settings/audit-diff";
import { parseDecimal, settingsFieldErrors, standardShareSchema, storedPercent } from "@/lib/validation/settings";
import { buildTarget, opForKind, setTargetSchema } from "@/lib/validation/targets";
import { createUserSchema, USERNAME_PATTERN } from "@/lib/validation/users";

describe("parseDecimal", () => {
  it("reads numbers the Vietnamese way, empty as null, a decimal dot as such, anything else as invalid", () => {
    expect(parseDecimal("62,5")).toBe(62.5);
    expect(parseDecimal(" 50 ")).toBe(50);
    expect(parseDecimal("1.500")).toBe(1500);
    expect(parseDecimal("1.500,125")).toBe(1500.125);
    expect(parseDecimal("")).toBeNull();
    for (const dot of ["0.125", "62.5"]) expect(parseDecimal(dot)).toBe("decimalDot");
    for (const bad of ["1e2", "-1", "5%", "1.2.3", "1,2345", "abc", "Infinity", "0x10", "1.50.0"]) expect(parseDecimal(bad)).toBe("invalid");
  });
});

describe("standardShareSchema", () => {
  const parse = (value: string) => standardShareSchema.safeParse({ provinceCode: "20", value, version: "1" });
  it("accepts 0–100 and empty (clear), refuses the rest with a message key", () => {
    expect(parse("50")).toMatchObject({ success: true, data: { value: 50, version: 1, reason: null } });
    expect(parse("0")).toMatchObject({ success: true, data: { value: 0 } });
    expect(parse("100")).toMatchObject({ success: true, data: { value: 100 } });
    expect(parse("")).toMatchObject({ success: true, data: { value: null } });
    const bad = parse("100,5");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(settingsFieldErrors(bad.error)).toEqual({ value: ["settings.validation.percent"] });
  });
  it("needs a version written in digits", () => {
    for (const version of ["", "-1", "1.5", "1e3", "abc"]) {
      const r = standardShareSchema.safeParse({ provinceCode: "20", value: "50", version });
      expect(r.success).toBe(false);
      if (!r.success) expect(settingsFieldErrors(r.error)).toEqual({ version: ["validation.invalid"] });
    }
  });
  it("stores percents without float noise", () => {
    expect(storedPercent(62.5)).toBe("62.5");
    expect(storedPercent(0.1 + 0.2)).toBe("0.3");
  });
});

describe("targets", () => {
  it("takes the comparison from the indicator's kind", () => {
    expect(opForKind("percent_min")).toBe(">=");
    expect(opForKind("amount_min")).toBe(">=");
    expect(opForKind("percent_min_dual")).toBe(">=");
    expect(opForKind("percent_max")).toBe("<=");
    expect(opForKind("boolean")).toBe("==");
    expect(opForKind("absence")).toBe("==");
    expect(opForKind("school_facility_tiered")).toBeNull();
  });

  it("builds the stored target for each kind", () => {
    expect(buildTarget("percent_min", { value: "70", secondaryMin: undefined, unit: null })).toEqual({ ok: true, op: ">=", valueNumber: 70, valueText: null, secondaryMin: null, unit: null });
    expect(buildTarget("percent_max", { value: "6,5", secondaryMin: undefined, unit: null })).toMatchObject({ ok: true, op: "<=", valueNumber: 6.5 });
    expect(buildTarget("amount_min", { value: "45", secondaryMin: undefined, unit: "million VND/person/year" })).toMatchObject({ ok: true, valueNumber: 45, unit: "million VND/person/year" });
    expect(buildTarget("percent_min_dual", { value: "95", secondaryMin: "60", unit: null })).toMatchObject({ ok: true, valueNumber: 95, secondaryMin: 60 });
    expect(buildTarget("boolean", { value: "anything", secondaryMin: undefined, unit: null })).toEqual({ ok: true, op: "==", valueNumber: null, valueText: "Đạt", secondaryMin: null, unit: null });
    expect(buildTarget("absence", { value: undefined, secondaryMin: undefined, unit: null })).toMatchObject({ ok: true, valueText: "Không" });
  });

  it("refuses levels out of range, missing levels and kinds the rules cannot compute", () => {
    expect(buildTarget("percent_min", { value: "", secondaryMin: undefined, unit: null })).toEqual({ ok: false, fieldErrors: { value: ["settings.validation.valueRequired"] } });
    expect(buildTarget("percent_min", { value: "101", secondaryMin: undefined, unit: null })).toEqual({ ok: false, fieldErrors: { value: ["settings.validation.percent"] } });
    expect(buildTarget("amount_min", { value: "2000000", secondaryMin: undefined, unit: null })).toEqual({ ok: false, fieldErrors: { value: ["settings.validation.amount"] } });
    expect(buildTarget("percent_min_dual", { value: "95", secondaryMin: "120", unit: null })).toEqual({ ok: false, fieldErrors: { secondaryMin: ["settings.validation.percent"] } });
    expect(buildTarget("school_facility_tiered", { value: "100", secondaryMin: undefined, unit: null })).toEqual({ ok: false, fieldErrors: { value: ["settings.validation.kindUnsupported"] } });
  });

  it("needs a basis and reads an optional four-digit year", () => {
    const base = { provinceCode: "20", indicatorCode: "16", value: "70", note: "QĐ 1", version: "0" };
    expect(setTargetSchema.safeParse(base)).toMatchObject({ success: true, data: { year: null, note: "QĐ 1" } });
    expect(setTargetSchema.safeParse({ ...base, year: "2020" })).toMatchObject({ success: true, data: { year: 2020 } });
    const noNote = setTargetSchema.safeParse({ ...base, note: " " });
    expect(noNote.success).toBe(false);
    if (!noNote.success) expect(settingsFieldErrors(noNote.error)).toEqual({ note: ["settings.validation.basisRequired"] });
    const badYear = setTargetSchema.safeParse({ ...base, year: "1999" });
    if (!badYear.success) expect(settingsFieldErrors(badYear.error)).toEqual({ year: ["settings.validation.year"] });
    expect(badYear.success).toBe(false);
  });
});

describe("account forms", () => {
  it("usernames: lower case, a letter first, 3–40 characters", () => {
    for (const ok of ["vpdp", "tx.canbo", "can_bo-2", "a".repeat(40)]) expect(USERNAME_PATTERN.test(ok)).toBe(true);
    for (const bad of ["ab", "1abc", "_abc", "hữu", "có dấu", "a".repeat(41), "Upper"]) expect(USERNAME_PATTERN.test(bad)).toBe(false);
    // what is typed is trimmed and lower-cased first, as sign-in does
    expect(createUserSchema.safeParse({ username: " TX.CanBo ", displayName: "x", role: "commune_official", unitCode: "06277", password: "12345678" })).toMatchObject({ success: true, data: { username: "tx.canbo" } });
  });
});

describe("auditChanges", () => {
  it("lists only changed fields, keeping the identifying ones", () => {
    expect(auditChanges({ username: "a", role: "commune_official", unit: "06277", active: true }, { username: "a", role: "district_officer", unit: "184", active: true })).toEqual([
      { field: "username", from: "a", to: "a" },
      { field: "role", from: "commune_official", to: "district_officer" },
      { field: "unit", from: "06277", to: "184" },
    ]);
  });
  it("lists every set field of a created or removed entry", () => {
    expect(auditChanges(null, { key: "standard_share_target", value: "50" })).toEqual([
      { field: "key", from: undefined, to: "standard_share_target" },
      { field: "value", from: undefined, to: "50" },
    ]);
    expect(auditChanges({ indicator: "16", year: null, value: 70 }, null)).toEqual([
      { field: "indicator", from: "16", to: undefined },
      { field: "value", from: 70, to: undefined },
    ]);
  });
});

describe("audit values in words", () => {
  it("days as dd/mm/yyyy and recommendation statuses by name, never ISO or enum values", async () => {
    const { valueText } = await import("@/components/settings/audit-table");
    const { catalogs, translatorFor } = await import("@/lib/i18n/messages");
    const vi = (field: string, v: string | number | null) => valueText(field, v, "vi", translatorFor("vi"), catalogs.vi);
    expect(vi("dueDate", "2020-09-30")).toBe("30/09/2020");
    expect(vi("inspectedOn", "2020-06-15")).toBe("15/06/2020");
    expect(vi("status", "in_progress")).toBe("Đang thực hiện");
    expect(valueText("status", "done", "en", translatorFor("en"), catalogs.en)).toBe("Done");
    expect(vi("value", 10.5)).toBe("10,5");
    expect(vi("dueDate", null)).toBe(translatorFor("vi")("settings.audit.none"));
  });
});
