import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, type Viewer } from "@/lib/auth/permissions";
import { createSeededDatabase } from "./test-db";

// Writing a criterion's status: versions refuse stale edits, history is appended in the same
// transaction, and the standing on a past date does not see a later change.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let w: typeof import("@/lib/data/assessments");
let commune: typeof import("@/lib/data/commune");
let prisma: import("@/generated/prisma/client").PrismaClient;
const scope = async () => (await import("@/lib/auth/scope")).systemScope();

beforeAll(async () => {
  db = await createSeededDatabase();
  w = await import("@/lib/data/assessments");
  commune = await import("@/lib/data/commune");
  prisma = (await import("@/lib/db")).prisma;
});
afterAll(() => db?.cleanup());

const actor = { userId: 1, displayName: "Cán bộ xã Tú Xuyên (tài khoản mẫu)" };

describe("edit target facts for authorization", () => {
  it("re-reads the commune's place in the tree, the criterion's departments and the lock", async () => {
    const t = await w.getCriterionEditTarget("06277", 2);
    expect(t).toMatchObject({ provinceCode: "20", districtCode: "184", communeCode: "06277", criterionDepartments: ["GTVT"], locked: false, setCode: "QD1980-2016" });
    expect(await w.getCriterionEditTarget("06277", 99)).toBeNull();
    expect(await w.getCriterionEditTarget("184", 2)).toBeNull(); // a district is not a commune
    const huule: Viewer = { userId: 3, role: "commune_official", active: true, provinceCode: "20", districtCode: "184", communeCode: "06322", departmentCode: null };
    expect(can(huule, "assessment.self.edit", t!)).toBe(false);
    expect(can({ ...huule, communeCode: "06277" }, "assessment.self.edit", t!)).toBe(true);
  });
});

describe("saving a status", () => {
  it("saves from the current version, appends history, and bumps the version", async () => {
    const t = (await w.getCriterionEditTarget("06277", 4))!;
    const before = await prisma.criterionAssessment.findUniqueOrThrow({ where: { communeId_criterionId_view: { communeId: t.communeId, criterionId: t.criterionId, view: "self" } } });
    const historyBefore = await prisma.assessmentHistory.count();
    const now = new Date("2026-11-20T03:00:00Z");
    const r = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "self", status: "met", note: "Đã có điện lưới ở thôn cuối cùng", expectedVersion: before.version, actor, now });
    expect(r).toEqual({ ok: true, version: before.version + 1, changed: true });
    expect(await prisma.assessmentHistory.count()).toBe(historyBefore + 1);
    const h = await prisma.assessmentHistory.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(h).toMatchObject({ view: "self", field: "status", oldValue: "not_met", newValue: "met", actorName: actor.displayName, reason: "Đã có điện lưới ở thôn cuối cùng" });

    // the standing as of a date before the change still shows the old status
    const past = await commune.getCommuneDetail(await scope(), "06277", new Date("2026-11-19T16:59:59Z"), now);
    expect(past!.groups.flatMap((g) => g.criteria).find((c) => c.number === 4)!.self.status).toBe("not_met");
    const after = await commune.getCommuneDetail(await scope(), "06277", new Date("2026-11-20T16:59:59Z"), now);
    expect(after!.groups.flatMap((g) => g.criteria).find((c) => c.number === 4)!.self.status).toBe("met");
    expect(after!.standing.self?.met).toBe(11);
  });

  it("refuses a stale edit and says what the newer value is and who made it", async () => {
    const t = (await w.getCriterionEditTarget("06277", 5))!;
    const row = await prisma.criterionAssessment.findUniqueOrThrow({ where: { communeId_criterionId_view: { communeId: t.communeId, criterionId: t.criterionId, view: "self" } } });
    const first = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "self", status: "nearly_met", note: null, expectedVersion: row.version, actor });
    expect(first.ok).toBe(true);
    const historyBefore = await prisma.assessmentHistory.count();
    const second = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "self", status: "met", note: null, expectedVersion: row.version, actor: { userId: 2, displayName: "Người khác" } });
    expect(second).toMatchObject({ ok: false, reason: "stale", current: { status: "nearly_met", version: row.version + 1, by: actor.displayName } });
    expect(await prisma.assessmentHistory.count()).toBe(historyBefore); // nothing written
  });

  it("creates a view's row when there was none (version 0) and refuses a second create from 0", async () => {
    const t = (await w.getCriterionEditTarget("06283", 1))!; // An Sơn: document total only
    expect(t.setCode).toBe("QD1980-2016"); // the set its stated total refers to
    const a = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "verified", status: "met", note: "Thẩm định", expectedVersion: 0, actor });
    expect(a).toEqual({ ok: true, version: 1, changed: true });
    const b = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "verified", status: "not_met", note: "Thẩm định", expectedVersion: 0, actor });
    expect(b).toMatchObject({ ok: false, reason: "stale", current: { status: "met", version: 1 } });
  });

  it("an unchanged save writes no history", async () => {
    const t = (await w.getCriterionEditTarget("06322", 1))!;
    const row = await prisma.criterionAssessment.findUniqueOrThrow({ where: { communeId_criterionId_view: { communeId: t.communeId, criterionId: t.criterionId, view: "self" } } });
    const count = await prisma.assessmentHistory.count();
    const r = await w.saveCriterionStatus({ communeId: t.communeId, criterionId: t.criterionId, view: "self", status: "met", note: row.note, expectedVersion: row.version, actor });
    expect(r).toEqual({ ok: true, version: row.version, changed: false });
    expect(await prisma.assessmentHistory.count()).toBe(count);
  });
});
