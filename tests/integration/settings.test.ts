import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reasonText } from "@/components/commune/reason-text";
import { scopeFor, systemScope, type ReadScope } from "@/lib/auth/scope";
import { indicatorReason } from "@/lib/domain/reason";
import { translatorFor } from "@/lib/i18n/messages";
import { currentViewer, formData, idle, signedInAs } from "./signed-in";
import { auditFailure } from "./mocks";
import { createSeededDatabase } from "./test-db";

// Province settings and provincial targets as public endpoints: validate → authorize against the
// database → write with a version check, the audit row in the same transaction. The session is
// replaced by a chosen viewer; everything else (database, rules) is real.

vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The audit write can be made to fail, to show it shares the transaction of the change.
vi.mock("@/lib/data/audit", (importOriginal) => import("./mocks").then((m) => m.auditMock(importOriginal)));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let settingsActions: typeof import("@/lib/actions/settings");
let targetActions: typeof import("@/lib/actions/targets");
let settingsData: typeof import("@/lib/data/settings");
let targetsData: typeof import("@/lib/data/targets");
let auditData: typeof import("@/lib/data/audit");
let commune: typeof import("@/lib/data/commune");
let prisma: import("@/generated/prisma/client").PrismaClient;
let facts: typeof import("@/lib/data/auth").getViewerFacts;
let system: ReadScope;

beforeAll(async () => {
  db = await createSeededDatabase();
  settingsActions = await import("@/lib/actions/settings");
  targetActions = await import("@/lib/actions/targets");
  settingsData = await import("@/lib/data/settings");
  targetsData = await import("@/lib/data/targets");
  auditData = await import("@/lib/data/audit");
  commune = await import("@/lib/data/commune");
  prisma = (await import("@/lib/db")).prisma;
  facts = (await import("@/lib/data/auth")).getViewerFacts;
  system = systemScope();
});
afterAll(() => db?.cleanup());

async function shareRow() {
  return prisma.provinceSetting.findFirst({ where: { province: { code: "20" }, key: "standard_share_target" }, select: { value: true, version: true } });
}
async function snapshot() {
  const [settings, targets, audit] = await Promise.all([
    prisma.provinceSetting.findMany({ orderBy: { id: "asc" } }),
    prisma.indicatorTarget.findMany({ where: { provinceId: { not: null } }, orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { settings, targets, audit };
}

describe("saveStandardShareAction", () => {
  it("lets the province's coordination office and the administrator set it; refuses everyone else", async () => {
    const input = { provinceCode: "20", value: "50", reason: "Nghị quyết của Tỉnh ủy", version: 0 };
    for (const who of [null, "vanquan", "huule", "tuxuyen", "gtvt"]) {
      await signedInAs(who);
      expect(await settingsActions.saveStandardShareAction(idle, formData(input))).toEqual({ status: "forbidden" });
    }
    expect(await shareRow()).toBeNull();
    expect(await prisma.auditLog.count()).toBe(0);

    await signedInAs("vpdp");
    expect(await settingsActions.saveStandardShareAction(idle, formData(input))).toEqual({ status: "saved", version: 1, changed: true, value: "50" });
    expect(await shareRow()).toEqual({ value: "50", version: 1 });
    expect(await settingsData.getProvinceSettings(system, "20")).toEqual({ standardShareTarget: 0.5 });

    const [entry] = (await auditData.listAuditEntries(system, { entity: "province_setting" })).entries;
    expect(entry).toMatchObject({
      action: "setting.set",
      entity: "province_setting",
      entityId: "20/standard_share_target",
      actor: { username: "vpdp" },
      provinceCode: "20",
      oldValue: null,
      newValue: { key: "standard_share_target", value: "50" },
      reason: "Nghị quyết của Tỉnh ủy",
    });

    await signedInAs("admin");
    expect(await settingsActions.saveStandardShareAction(idle, formData({ ...input, value: "62,5", version: 1 }))).toMatchObject({ status: "saved", version: 2, value: "62.5" });
    expect(await settingsData.getProvinceSettings(system, "20")).toEqual({ standardShareTarget: 0.625 });
  });

  it("refuses a stale version and names the newer value and who set it; the same value again changes nothing", async () => {
    await signedInAs("vpdp");
    const state = await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value: "70", version: 1 }));
    expect(state).toMatchObject({ status: "stale", current: { value: "62.5", version: 2, by: expect.stringContaining("Quản trị hệ thống") }, values: { value: "70" } });
    expect(await shareRow()).toEqual({ value: "62.5", version: 2 });
    const before = await prisma.auditLog.count();
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value: "62,5", version: 2 }))).toMatchObject({ status: "saved", changed: false, version: 2 });
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it("validates 0–100 and clears the target when empty", async () => {
    await signedInAs("vpdp");
    for (const value of ["-1", "100,5", "abc", "1e2", "50%", "9999999999", "1.50.0"]) {
      const state = await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value, version: 2 }));
      expect(state).toMatchObject({ status: "invalid", fieldErrors: { value: ["settings.validation.percent"] } });
    }
    // a decimal dot is not guessed: the message asks for a comma
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value: "62.5", version: 2 }))).toMatchObject({
      status: "invalid",
      fieldErrors: { value: ["settings.validation.decimalDot"] },
    });
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value: "", version: 2 }))).toMatchObject({ status: "saved", version: 0, value: null });
    expect(await shareRow()).toBeNull();
    expect(await settingsData.getProvinceSettings(system, "20")).toEqual({ standardShareTarget: null });
    const [entry] = (await auditData.listAuditEntries(system, { entity: "province_setting" })).entries;
    expect(entry).toMatchObject({ action: "setting.clear", oldValue: { value: "62.5" }, newValue: null });
  });

  it("is not allowed in another province, even to an office", async () => {
    const other = await prisma.adminUnit.create({ data: { code: "19", kind: "province", name: "Thái Nguyên", searchName: "thai nguyen", regionCode: "TDMNPB" } });
    await signedInAs("vpdp");
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "19", value: "40", version: 0 }))).toEqual({ status: "forbidden" });
    // an unknown or non-province code is refused the same way
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "184", value: "40", version: 0 }))).toEqual({ status: "forbidden" });
    expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "99", value: "40", version: 0 }))).toEqual({ status: "forbidden" });
    expect(await prisma.provinceSetting.count({ where: { provinceId: other.id } })).toBe(0);
  });
});

describe("provincial targets", () => {
  async function tuXuyenIndicator(code: string) {
    const now = new Date();
    const detail = await commune.getCommuneDetail(system, "06277", now, now);
    const ind = detail!.groups.flatMap((g) => g.criteria).flatMap((c) => c.indicators).find((i) => i.code === code)!;
    const reason = indicatorReason({ kind: ind.kind, unit: ind.unit, value: ind.values.verified, result: ind.results.verified, areaCode: detail!.unit.regionCode, referenceTarget: ind.referenceTarget });
    return { ind, text: reasonText(reason!, "vi", translatorFor("vi")) };
  }

  it("lists the set in use with the national target for TDMNPB, or none", async () => {
    const t = await targetsData.getProvinceTargets(system, "20");
    expect(t).toMatchObject({ areaCode: "TDMNPB", set: { code: "QD1980-2016" } });
    expect(t!.indicators).toHaveLength(49);
    const villages = t!.indicators.find((i) => i.code === "16")!;
    expect(villages.national).toEqual([]);
    expect(villages.reference).toMatchObject([{ areaCode: "default", valueNumber: 70 }]);
    expect(villages.provincial).toEqual([]);
    expect(t!.indicators.find((i) => i.code === "9.1")!.national).toMatchObject([{ areaCode: "TDMNPB", op: "==", valueText: "Không" }]);
    // out of scope: another province's office reads nothing
    const otherOffice = scopeFor({ userId: 0, role: "coordination_office", active: true, provinceCode: "19", districtCode: null, communeCode: null, departmentCode: null });
    expect(await targetsData.getProvinceTargets(otherOffice, "20")).toBeNull();
  });

  it("a provincial target of ≥ 70 % for indicator 16 turns Tú Xuyên's 2/7 villages into a computed 'chưa đạt'", async () => {
    const before = await tuXuyenIndicator("16");
    expect(before.ind.results.verified).toMatchObject({ outcome: "not_met", source: "assessor", computedOutcome: "no_target" });

    const input = { provinceCode: "20", indicatorCode: "16", year: "", value: "70", note: "Quyết định 1234/QĐ-UBND ngày 15/3/2017 của UBND tỉnh Lạng Sơn", version: 0 };
    for (const who of [null, "vanquan", "tuxuyen", "gtvt"]) {
      await signedInAs(who);
      expect(await targetActions.setProvinceTargetAction(idle, formData(input))).toEqual({ status: "forbidden" });
    }
    expect(await prisma.indicatorTarget.count({ where: { provinceId: { not: null } } })).toBe(0);

    await signedInAs("vpdp");
    const saved = await targetActions.setProvinceTargetAction(idle, formData(input));
    expect(saved).toMatchObject({ status: "saved", version: 1, changed: true });
    const row = await prisma.indicatorTarget.findFirstOrThrow({ where: { provinceId: { not: null } } });
    expect(row).toMatchObject({ areaCode: "TDMNPB", year: null, op: ">=", valueNumber: 70, verified: true, confidence: "province", note: input.note });
    expect(JSON.parse(row.sourcesJson!)).toEqual([input.note]);

    const after = await tuXuyenIndicator("16");
    expect(after.ind.target).toMatchObject({ areaCode: "TDMNPB", valueNumber: 70, provinceId: expect.any(Number) });
    expect(after.ind.results.verified).toMatchObject({ outcome: "not_met", source: "computed", threshold: 70 });
    expect(after.text).toBe("2/7 thôn = 28,6% (năm 2019) < 70% → chưa đạt");

    const [entry] = (await auditData.listAuditEntries(system, { entity: "indicator_target" })).entries;
    expect(entry).toMatchObject({
      action: "target.create",
      entityId: String(row.id),
      actor: { username: "vpdp" },
      provinceCode: "20",
      oldValue: null,
      newValue: { indicator: "16", area: "TDMNPB", year: null, op: ">=", value: 70, basis: input.note },
      reason: input.note,
    });
  });

  it("changes it with the version it started from; a stale edit is refused with the newer level and who set it", async () => {
    await signedInAs("admin");
    const row = await prisma.indicatorTarget.findFirstOrThrow({ where: { provinceId: { not: null } } });
    const edit = { provinceCode: "20", indicatorCode: "16", value: "60", note: "Quyết định 99/QĐ-UBND", version: row.version };
    expect(await targetActions.setProvinceTargetAction(idle, formData(edit))).toMatchObject({ status: "saved", version: 2, targetId: row.id });
    await signedInAs("vpdp");
    const stale = await targetActions.setProvinceTargetAction(idle, formData({ ...edit, value: "80" }));
    expect(stale).toMatchObject({ status: "stale", current: { version: 2, target: { valueNumber: 60 }, by: expect.stringContaining("Quản trị hệ thống") }, values: { value: "80" } });
    // a second every-year target cannot be created beside the first (version 0 = "none yet")
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...edit, version: 0 }))).toMatchObject({ status: "stale", current: { version: 2 } });
    expect((await tuXuyenIndicator("16")).text).toBe("2/7 thôn = 28,6% (năm 2019) < 60% → chưa đạt");
  });

  it("a level met by the commune makes the result 'đạt'; a year-specific target is kept apart", async () => {
    await signedInAs("vpdp");
    expect(await targetActions.setProvinceTargetAction(idle, formData({ provinceCode: "20", indicatorCode: "16", year: "2019", value: "25", note: "Kế hoạch năm 2019", version: 0 }))).toMatchObject({ status: "saved", version: 1 });
    expect(await prisma.indicatorTarget.count({ where: { provinceId: { not: null } } })).toBe(2);
    // Tú Xuyên's value describes 2019: the 2019 level (25 %) is the most specific and is met
    // (the assessor's "chưa đạt" came without a reason, so the computed result stands)
    expect((await tuXuyenIndicator("16")).text).toMatch(/^2\/7 thôn = 28,6% \(năm 2019\) ≥ 25% \(mức năm 2019\) → đạt · /);
  });

  it("validates the level by the indicator's kind", async () => {
    await signedInAs("vpdp");
    const base = { provinceCode: "20", note: "QĐ", version: 0 };
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "16", value: "" }))).toMatchObject({ status: "invalid", fieldErrors: { value: ["settings.validation.valueRequired"] } });
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "16", value: "120" }))).toMatchObject({ status: "invalid", fieldErrors: { value: ["settings.validation.percent"] } });
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "16", value: "50", note: "  " }))).toMatchObject({ status: "invalid", fieldErrors: { note: ["settings.validation.basisRequired"] } });
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "16", value: "50", year: "20" }))).toMatchObject({ status: "invalid", fieldErrors: { year: ["settings.validation.year"] } });
    // income: an amount, with the indicator's unit
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "10", year: "2020", value: "36,5" }))).toMatchObject({ status: "saved" });
    expect(await prisma.indicatorTarget.findFirst({ where: { provinceId: { not: null }, indicator: { code: "10" } } })).toMatchObject({ op: ">=", valueNumber: 36.5, unit: "million VND/person/year", year: 2020 });
    // poor households: at most
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "11", value: "12" }))).toMatchObject({ status: "saved" });
    expect(await prisma.indicatorTarget.findFirst({ where: { provinceId: { not: null }, indicator: { code: "11" } } })).toMatchObject({ op: "<=", valueNumber: 12 });
    // yes/no: the fixed requirement, whatever was typed
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "1.1", value: "5" }))).toMatchObject({ status: "saved" });
    expect(await prisma.indicatorTarget.findFirst({ where: { provinceId: { not: null }, indicator: { code: "1.1" } } })).toMatchObject({ op: "==", valueNumber: null, valueText: "Đạt" });
    // an unknown indicator is refused like a forbidden one
    expect(await targetActions.setProvinceTargetAction(idle, formData({ ...base, indicatorCode: "42.1", value: "50" }))).toEqual({ status: "forbidden" });
  });

  it("removes a provincial target with a reason (the national level applies again), refusing stale versions", async () => {
    const row = await prisma.indicatorTarget.findFirstOrThrow({ where: { provinceId: { not: null }, indicator: { code: "16" }, year: null } });
    const input = { provinceCode: "20", indicatorCode: "16", targetId: row.id, reason: "Bãi bỏ theo Quyết định 5/QĐ-UBND", version: row.version };
    await signedInAs("huule");
    expect(await targetActions.removeProvinceTargetAction(idle, formData(input))).toEqual({ status: "forbidden" });
    await signedInAs("vpdp");
    expect(await targetActions.removeProvinceTargetAction(idle, formData({ ...input, reason: "" }))).toMatchObject({ status: "invalid", fieldErrors: { reason: ["validation.reasonRequired"] } });
    expect(await targetActions.removeProvinceTargetAction(idle, formData({ ...input, version: row.version - 1 }))).toMatchObject({ status: "stale", current: { version: row.version } });
    expect(await targetActions.removeProvinceTargetAction(idle, formData(input))).toEqual({ status: "removed" });
    expect(await prisma.indicatorTarget.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await targetActions.removeProvinceTargetAction(idle, formData(input))).toMatchObject({ status: "stale", current: { target: null, version: 0 } });
    const [entry] = (await auditData.listAuditEntries(system, { entity: "indicator_target", entityId: String(row.id) })).entries;
    expect(entry).toMatchObject({ action: "target.remove", oldValue: { indicator: "16", value: 60 }, newValue: null, reason: input.reason });
    // the 2019 level is still there
    expect((await tuXuyenIndicator("16")).text).toContain("≥ 25% (mức năm 2019) → đạt");
    await prisma.indicatorTarget.deleteMany({ where: { provinceId: { not: null }, indicator: { code: "16" } } });
    expect((await tuXuyenIndicator("16")).text).toContain("chưa có chỉ tiêu được xác nhận cho vùng TDMNPB");
  });
});

describe("audit in the same transaction", () => {
  it("a failed audit write undoes the change: no setting, no target without its audit row", async () => {
    await signedInAs("vpdp");
    const before = await snapshot();
    vi.spyOn(console, "error").mockImplementation(() => {});
    auditFailure.on = true;
    try {
      expect(await settingsActions.saveStandardShareAction(idle, formData({ provinceCode: "20", value: "55", version: 0 }))).toEqual({ status: "error" });
      expect(await targetActions.setProvinceTargetAction(idle, formData({ provinceCode: "20", indicatorCode: "16", value: "70", note: "QĐ", version: 0 }))).toEqual({ status: "error" });
    } finally {
      auditFailure.on = false;
      vi.mocked(console.error).mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("audit entries", () => {
  it("are scoped: the office sees its province, the administrator everything, others nothing", async () => {
    const all = await auditData.listAuditEntries(system, { limit: 200 });
    expect(all.entries.length).toBeGreaterThan(5);
    const office = await auditData.listAuditEntries(scopeFor(await facts((await prisma.user.findUniqueOrThrow({ where: { username: "vpdp" } })).id)), { limit: 200 });
    expect(office.entries.length).toBe(all.entries.length);
    const otherOffice = scopeFor({ userId: 0, role: "coordination_office", active: true, provinceCode: "19", districtCode: null, communeCode: null, departmentCode: null });
    expect((await auditData.listAuditEntries(otherOffice, {})).entries).toEqual([]);
    const district = scopeFor(await facts((await prisma.user.findUniqueOrThrow({ where: { username: "vanquan" } })).id));
    expect((await auditData.listAuditEntries(district, {})).entries).toEqual([]);
  });

  it("page newest first", async () => {
    const first = await auditData.listAuditEntries(system, { limit: 3 });
    expect(first.entries).toHaveLength(3);
    expect(first.nextBefore).toBe(first.entries[2]!.id);
    const second = await auditData.listAuditEntries(system, { limit: 3, before: first.nextBefore });
    expect(second.entries[0]!.id).toBeLessThan(first.entries[2]!.id);
  });
});

describe("malformed input (property-based)", () => {
  const anything = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constant(""),
    fc.constant(undefined),
    fc.constant("1e308"),
    fc.constant("-0"),
    fc.string({ minLength: 1100, maxLength: 2000 }),
  );

  it("random settings input gives a translated invalid (or refused) state and changes nothing", async () => {
    await signedInAs("vpdp");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.record({ provinceCode: anything, value: anything, reason: anything, version: anything }, { requiredKeys: [] }), async (input) => {
        const state = await settingsActions.saveStandardShareAction(idle, formData(input));
        if (state.status === "invalid") {
          for (const keys of Object.values(state.fieldErrors)) for (const k of keys) expect(k).toMatch(/^(settings\.)?validation\./);
        } else expect(["forbidden", "stale"]).toContain(state.status);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("random target input gives a translated invalid (or refused) state and changes nothing", async () => {
    await signedInAs("vpdp");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { provinceCode: anything, indicatorCode: anything, year: anything, value: anything, secondaryMin: anything, unit: anything, note: anything, version: anything, targetId: anything, reason: anything },
          { requiredKeys: [] },
        ),
        fc.boolean(),
        async (input, remove) => {
          const state = await (remove ? targetActions.removeProvinceTargetAction : targetActions.setProvinceTargetAction)(idle, formData(input));
          if (state.status === "invalid") {
            for (const keys of Object.values(state.fieldErrors)) for (const k of keys) expect(k).toMatch(/^(settings\.)?validation\./);
          } else expect(["forbidden", "stale"]).toContain(state.status);
        },
      ),
      { numRuns: 200 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("a well-formed target for a real indicator with a random version never overwrites a newer one", async () => {
    await signedInAs("vpdp");
    await targetActions.setProvinceTargetAction(idle, formData({ provinceCode: "20", indicatorCode: "12", value: "90", note: "QĐ 1", version: 0 }));
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }).filter((v) => v !== 1), fc.integer({ min: 0, max: 100 }), async (version, value) => {
        const state = await targetActions.setProvinceTargetAction(idle, formData({ provinceCode: "20", indicatorCode: "12", value, note: "QĐ 2", version }));
        expect(state.status).toBe("stale");
      }),
      { numRuns: 50 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
