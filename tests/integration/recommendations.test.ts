import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RecommendationFormState, RecommendationNoteState, RecommendationStatusState } from "@/lib/actions/recommendation";
import type { Viewer } from "@/lib/auth/permissions";
import { catalogs } from "@/lib/i18n/messages";
import { lookup } from "@/lib/i18n/translate";
import { readRegisterFilters } from "@/lib/validation/recommendation";
import { createSeededDatabase } from "./test-db";

// The recommendation register through its server actions and queries, against a real SQLite:
// who may create, edit, report progress and close (per role, own and other office, another
// province, a deactivated account), stale versions, closing without a note, an unreadable
// deadline kept as text with no date, the scoped reads (register, queue, home), and malformed
// forms (fast-check): always a translated refusal, never a write.

const mocks = vi.hoisted(() => ({ viewer: null as unknown, revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => mocks.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => mocks.revalidatePath(...args) }));

type Facts = Viewer & { displayName: string; username: string };
type Username = "vpdp" | "vanquan" | "huule" | "tuxuyen" | "gtvt" | "admin";

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let prisma: import("@/generated/prisma/client").PrismaClient;
let actions: typeof import("@/lib/actions/recommendation");
let data: typeof import("@/lib/data/recommendations");
let scopeFor: typeof import("@/lib/auth/scope").scopeFor;
const users = {} as Record<Username, Facts>;
/** The demo's recommendation to Sở GTVT about Tú Xuyên, criterion 2. */
let gtvtRecId: number;
/** The demo's recommendation to UBND xã Hữu Lễ on criterion 10. */
let huuLeRecId: number;
/** The demo's recommendation to UBND huyện Văn Quan about Tú Xuyên. */
let districtRecId: number;

beforeAll(async () => {
  db = await createSeededDatabase();
  prisma = (await import("@/lib/db")).prisma;
  actions = await import("@/lib/actions/recommendation");
  data = await import("@/lib/data/recommendations");
  scopeFor = (await import("@/lib/auth/scope")).scopeFor;
  const { getViewerFacts } = await import("@/lib/data/auth");
  for (const u of await prisma.user.findMany({ select: { id: true, username: true } })) users[u.username as Username] = (await getViewerFacts(u.id))!;
  gtvtRecId = (await prisma.recommendation.findFirstOrThrow({ where: { addresseeDepartment: { code: "GTVT" } }, select: { id: true } })).id;
  huuLeRecId = (await prisma.recommendation.findFirstOrThrow({ where: { addresseeUnit: { code: "06322" }, criterion: { number: 10 } }, select: { id: true } })).id;
  districtRecId = (await prisma.recommendation.findFirstOrThrow({ where: { addresseeUnit: { code: "184" }, commune: { code: "06277" } }, select: { id: true } })).id;
});
afterAll(() => db?.cleanup());

const as = (who: Username | Facts | null) => {
  mocks.viewer = typeof who === "string" ? users[who] : who;
};

function form(entries: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

const idleForm: RecommendationFormState = { status: "idle" };
const idleStatus: RecommendationStatusState = { status: "idle" };
const idleNote: RecommendationNoteState = { status: "idle" };

async function snapshot() {
  const [recs, notes, audit, rows] = await Promise.all([
    prisma.recommendation.count(),
    prisma.recommendationNote.count(),
    prisma.auditLog.count(),
    prisma.recommendation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, text: true, dueDate: true, dueText: true, closingNote: true } }),
  ]);
  return { recs, notes, audit, rows };
}

const version = async (id: number) => String((await prisma.recommendation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);

const newRec = (extra: Record<string, string> = {}) =>
  form({ addressee: "department:GTVT", communeCode: "06277", criterionNumber: "2", text: "Hoàn thành tuyến Nà Quang – Bản Giềng.", dueText: "trong tháng 6/2020", ...extra });

/** Every message key in an invalid state has a Vietnamese and an English text. */
function expectTranslated(errors: Record<string, string[]>) {
  for (const key of Object.values(errors).flat()) {
    expect(lookup(catalogs.vi, key), key).toBeTruthy();
    expect(lookup(catalogs.en, key), key).toBeTruthy();
  }
}

describe("creating recommendations", () => {
  it("the coordination office records one to Sở GTVT for Tú Xuyên, with the date read from the wording and an audit row", async () => {
    as("vpdp");
    const inspection = await prisma.inspection.findFirstOrThrow({ select: { id: true } });
    const before = await prisma.auditLog.count({ where: { entity: "recommendation" } });
    const state = await actions.createRecommendationAction(idleForm, newRec({ inspectionId: String(inspection.id), sourceSection: "II.3" }));
    expect(state).toMatchObject({ status: "saved", dueWarning: null });
    if (state.status !== "saved") return;
    const rec = await prisma.recommendation.findUniqueOrThrow({
      where: { id: state.id },
      select: { status: true, dueDate: true, dueText: true, inspectionId: true, addresseeKind: true, createdById: true, criterion: { select: { number: true } }, commune: { select: { code: true } } },
    });
    expect(rec).toMatchObject({ status: "open", dueText: "trong tháng 6/2020", inspectionId: inspection.id, addresseeKind: "department", createdById: users.vpdp.userId, criterion: { number: 2 }, commune: { code: "06277" } });
    expect(rec.dueDate?.toISOString()).toBe("2020-06-30T00:00:00.000Z");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "recommendation", entityId: String(state.id) } });
    expect(audit).toMatchObject({ action: "recommendation.create", actorId: users.vpdp.userId });
    expect(audit.provinceId).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entity: "recommendation" } })).toBe(before + 1);
  });

  it("keeps an unreadable deadline as text, with a warning and no date (never guessed)", async () => {
    as("gtvt");
    const state = await actions.createRecommendationAction(idleForm, newRec({ dueText: "sớm nhất có thể" }));
    expect(state).toMatchObject({ status: "saved", dueWarning: "unparseable" });
    if (state.status !== "saved") return;
    const rec = await prisma.recommendation.findUniqueOrThrow({ where: { id: state.id }, select: { dueDate: true, dueText: true } });
    expect(rec).toEqual({ dueDate: null, dueText: "sớm nhất có thể" });
    const ambiguous = await actions.createRecommendationAction(idleForm, newRec({ dueText: "đầu năm 2021" }));
    expect(ambiguous).toMatchObject({ status: "saved", dueWarning: "ambiguous" });
  });

  it("an explicit date wins over the wording", async () => {
    as("vpdp");
    const state = await actions.createRecommendationAction(idleForm, newRec({ dueText: "khi có vốn", dueDate: "2020-09-15" }));
    expect(state).toMatchObject({ status: "saved", dueWarning: null });
    if (state.status !== "saved") return;
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: state.id }, select: { dueDate: true } })).dueDate?.toISOString()).toBe("2020-09-15T00:00:00.000Z");
  });

  it.each([
    ["a district officer", "vanquan"],
    ["a commune official", "huule"],
  ] as const)("refuses %s", async (_label, who) => {
    as(who);
    const before = await snapshot();
    expect(await actions.createRecommendationAction(idleForm, newRec())).toMatchObject({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a signed-out visitor, a deactivated account and an inspector of another province", async () => {
    const before = await snapshot();
    as(null);
    expect(await actions.createRecommendationAction(idleForm, newRec())).toMatchObject({ status: "forbidden" });
    as({ ...users.vpdp, active: false });
    expect(await actions.createRecommendationAction(idleForm, newRec())).toMatchObject({ status: "forbidden" });
    as({ ...users.gtvt, provinceCode: "99" });
    expect(await actions.createRecommendationAction(idleForm, newRec())).toMatchObject({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("checks that the codes exist and fit together", async () => {
    as("vpdp");
    const before = await snapshot();
    const cases: [Record<string, string>, string][] = [
      [{ addressee: "department:NOPE" }, "addressee"],
      [{ addressee: "commune:06322", communeCode: "06277" }, "communeCode"],
      [{ criterionNumber: "42" }, "criterionNumber"],
      [{ indicatorCode: "9.1" }, "indicatorCode"], // criterion 2 has no indicator 9.1
      [{ inspectionId: "999999" }, "inspectionId"],
      [{ text: "   " }, "text"],
      [{ dueDate: "2020-02-30" }, "dueDate"],
    ];
    for (const [extra, field] of cases) {
      const state = await actions.createRecommendationAction(idleForm, newRec(extra));
      expect(state.status, JSON.stringify(extra)).toBe("invalid");
      if (state.status !== "invalid") continue;
      expect(Object.keys(state.fieldErrors)).toContain(field);
      expectTranslated(state.fieldErrors);
      expect(state.values.text).toBe(extra.text ?? "Hoàn thành tuyến Nà Quang – Bản Giềng.");
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("progress and status", () => {
  it("gtvt adds a note to its own recommendation, then closes it with a note", async () => {
    as("gtvt");
    const note = await actions.addRecommendationNoteAction(idleNote, form({ id: String(gtvtRecId), body: "Đã làm việc với nhà thầu tuyến Bó Pia – Lũng Phúc." }));
    expect(note).toMatchObject({ status: "saved" });
    const start = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(gtvtRecId), version: await version(gtvtRecId), status: "in_progress", note: "" }));
    expect(start).toMatchObject({ status: "saved", newStatus: "in_progress" });
    const close = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(gtvtRecId), version: await version(gtvtRecId), status: "done", note: "Các tuyến đã hoàn thành." }));
    expect(close).toMatchObject({ status: "saved", newStatus: "done" });
    const rec = await prisma.recommendation.findUniqueOrThrow({ where: { id: gtvtRecId }, select: { status: true, closingNote: true, closedAt: true } });
    expect(rec.status).toBe("done");
    expect(rec.closingNote).toBe("Các tuyến đã hoàn thành.");
    expect(rec.closedAt).not.toBeNull();
    const notes = await prisma.recommendationNote.findMany({ where: { recommendationId: gtvtRecId }, orderBy: { id: "asc" }, select: { statusFrom: true, statusTo: true, authorId: true, body: true } });
    expect(notes.map((n) => [n.statusFrom, n.statusTo])).toEqual([
      [null, null],
      ["open", "in_progress"],
      ["in_progress", "done"],
    ]);
    expect(notes.every((n) => n.authorId === users.gtvt.userId)).toBe(true);
    expect(await prisma.auditLog.count({ where: { entity: "recommendation", entityId: String(gtvtRecId), action: "recommendation.status" } })).toBe(2);
  });

  it("closing (and reopening) without a note is refused and changes nothing", async () => {
    as("huule");
    const before = await snapshot();
    for (const status of ["done", "cancelled"]) {
      const state = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(huuLeRecId), version: await version(huuLeRecId), status, note: "  " }));
      expect(state).toMatchObject({ status: "invalid", fieldErrors: { note: ["recommendations.errors.closingNoteRequired"] } });
    }
    as("gtvt");
    const reopen = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(gtvtRecId), version: await version(gtvtRecId), status: "open", note: "" }));
    expect(reopen).toMatchObject({ status: "invalid", fieldErrors: { note: ["recommendations.errors.closingNoteRequired"] } });
    const sideways = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(gtvtRecId), version: await version(gtvtRecId), status: "cancelled", note: "x" }));
    expect(sideways).toMatchObject({ status: "invalid", fieldErrors: { status: ["recommendations.errors.transitionNotAllowed"] } });
    expect(await snapshot()).toEqual(before);
  });

  it("a stale version is refused with who changed it; the typed note is kept", async () => {
    as("huule");
    const v = await version(huuLeRecId);
    expect(await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(huuLeRecId), version: v, status: "in_progress", note: "Bắt đầu" }))).toMatchObject({ status: "saved" });
    const before = await snapshot();
    const stale = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(huuLeRecId), version: v, status: "done", note: "Đã đạt chuẩn" }));
    expect(stale).toMatchObject({ status: "stale", current: { status: "in_progress", by: users.huule.displayName }, values: { note: "Đã đạt chuẩn" } });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["the coordination office", "vpdp", "gtvt", true],
    ["gtvt on its own", "gtvt", "gtvt", true],
    ["the district on a commune's", "vanquan", "huule", true],
    ["the district on its own", "vanquan", "district", true],
    ["the commune on its own", "huule", "huule", true],
    ["a commune official on a department's", "tuxuyen", "gtvt", false],
    ["another commune on Hữu Lễ's", "tuxuyen", "huule", false],
    ["gtvt on a commune's", "gtvt", "huule", false],
    ["gtvt on the district's", "gtvt", "district", false],
    ["the administrator (read only)", "admin", "gtvt", false],
  ] as const)("progress notes: %s → %s", async (_label, who, which, allowed) => {
    as(who);
    const id = which === "gtvt" ? gtvtRecId : which === "huule" ? huuLeRecId : districtRecId;
    const before = await snapshot();
    const state = await actions.addRecommendationNoteAction(idleNote, form({ id: String(id), body: `Ghi nhận của ${who}` }));
    expect(state.status).toBe(allowed ? "saved" : "forbidden");
    const after = await snapshot();
    expect(after.notes).toBe(before.notes + (allowed ? 1 : 0));
  });

  it("refuses status changes by a deactivated addressee, another province's inspector, and a commune official on a department's recommendation", async () => {
    const before = await snapshot();
    for (const viewer of [{ ...users.gtvt, active: false }, { ...users.gtvt, provinceCode: "99" }, users.tuxuyen]) {
      as(viewer);
      const state = await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(districtRecId), version: await version(districtRecId), status: "in_progress", note: "" }));
      expect(state.status).toBe("forbidden");
    }
    as("tuxuyen");
    expect((await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(gtvtRecId), version: await version(gtvtRecId), status: "open", note: "Mở lại" }))).status).toBe("forbidden");
    expect(await snapshot()).toEqual(before);
  });
});

describe("editing", () => {
  it("a manager edits with the current version; a stale edit is refused; non-managers are refused", async () => {
    as("vpdp");
    const v = await version(districtRecId);
    const edit = (ver: string, extra: Record<string, string> = {}) =>
      form({ id: String(districtRecId), version: ver, addressee: "district:184", communeCode: "06277", criterionNumber: "", text: "Chỉ đạo xã Tú Xuyên hoàn thiện các tiêu chí.", dueText: "cuối năm 2020", ...extra });
    const saved = await actions.updateRecommendationAction(idleForm, edit(v));
    expect(saved).toMatchObject({ status: "saved", dueWarning: null });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "recommendation", entityId: String(districtRecId), action: "recommendation.update" } });
    expect(JSON.parse(audit.newValue ?? "{}")).toMatchObject({ text: "Chỉ đạo xã Tú Xuyên hoàn thiện các tiêu chí.", dueDate: "2020-12-31" });
    const before = await snapshot();
    expect(await actions.updateRecommendationAction(idleForm, edit(v, { text: "Bản cũ" }))).toMatchObject({ status: "stale", values: { text: "Bản cũ" } });
    as("vanquan");
    expect(await actions.updateRecommendationAction(idleForm, edit(await version(districtRecId)))).toMatchObject({ status: "forbidden" });
    as("admin");
    expect((await actions.changeRecommendationStatusAction(idleStatus, form({ id: String(districtRecId), version: await version(districtRecId), status: "in_progress", note: "" }))).status).toBe("forbidden");
    expect(await snapshot()).toEqual(before);
  });
});

describe("reads", () => {
  const now = new Date("2020-07-15T03:00:00Z");

  it("the register shows each reader only what they may read", async () => {
    const all = (await data.listRecommendations(scopeFor(users.vpdp), readRegisterFilters({ status: "all" }).filters, now)).total;
    expect(all).toBeGreaterThanOrEqual(32);
    const huule = await data.listRecommendations(scopeFor(users.huule), readRegisterFilters({ status: "all" }).filters, now);
    expect(huule.total).toBeGreaterThan(0);
    expect(huule.rows.every((r) => r.commune?.code === "06322" || r.addressee.code === "06322")).toBe(true);
    const vanquan = await data.listRecommendations(scopeFor(users.vanquan), readRegisterFilters({ status: "all" }).filters, now);
    expect(vanquan.total).toBe(all); // every demo recommendation concerns Văn Quan
    expect((await data.listRecommendations(scopeFor({ ...users.vpdp, active: false }), readRegisterFilters({}).filters, now)).total).toBe(0);
    expect((await data.listRecommendations(scopeFor({ ...users.vpdp, provinceCode: "99" }), readRegisterFilters({ status: "all" }).filters, now)).total).toBe(0);
    expect(await data.getRecommendationDetail(scopeFor(users.tuxuyen), huuLeRecId)).toBeNull();
    expect(await data.getRecommendationDetail(scopeFor(users.huule), huuLeRecId)).not.toBeNull();
  });

  it("filters: addressee, commune, criterion, overdue only", async () => {
    const scope = scopeFor(users.vpdp);
    const gtvt = await data.listRecommendations(scope, readRegisterFilters({ status: "all", addressee: "department:GTVT" }).filters, now);
    expect(gtvt.rows.every((r) => r.addressee.code === "GTVT")).toBe(true);
    const c2 = await data.listRecommendations(scope, readRegisterFilters({ status: "all", commune: "06277", criterion: "2" }).filters, now);
    expect(c2.rows.every((r) => r.commune?.code === "06277" && r.criterion?.number === 2)).toBe(true);
    const overdue = await data.listRecommendations(scope, readRegisterFilters({ overdue: "1" }).filters, now);
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.rows.every((r) => r.dueDate !== null && r.dueDate < new Date("2020-07-15T00:00:00Z") && (r.status === "open" || r.status === "in_progress"))).toBe(true);
    expect(readRegisterFilters({ status: "nope", criterion: "x", overdue: "yes" }).invalid).toEqual(["status", "criterion", "overdue"]);
  });

  it("the department queue lists gtvt's criteria not met in Tú Xuyên and its open recommendations", async () => {
    const queue = await data.getDepartmentQueue(scopeFor(users.gtvt), "GTVT");
    expect(queue?.criterionNumbers).toEqual([2]);
    expect(queue?.criteria.map((c) => `${c.commune.code}:${c.criterion.number}:${c.verified}`)).toContain("06277:2:not_met");
    expect(queue?.recommendations.every((r) => r.addressee.code === "GTVT" && (r.status === "open" || r.status === "in_progress"))).toBe(true);
    expect(await data.getDepartmentQueue(scopeFor(users.huule), "GTVT")).toBeNull();
  });

  it("the home list: due soon and addressed for the office, returned self-assessments in reach", async () => {
    const june = new Date("2020-06-20T03:00:00Z");
    const tasks = await data.getHomeTasks(scopeFor(users.vanquan), { kind: "district", code: "184" }, june);
    expect(tasks.addressedTotal).toBeGreaterThan(0);
    expect(tasks.dueSoon.every((r) => r.dueDate !== null && r.dueDate <= new Date("2020-07-04T00:00:00Z"))).toBe(true);
    expect(tasks.dueSoon.some((r) => r.addressee.code === "184")).toBe(true);
    const none = await data.getHomeTasks(scopeFor(users.admin), null, june);
    expect(none.addressed).toEqual([]);
  });

  it("the home list: self-assessments waiting for a decision for the reviewers in reach, oldest first; returned ones move to 'returned'", async () => {
    const june = new Date("2020-06-20T03:00:00Z");
    const [huuLe, tuXuyen] = await Promise.all(["06322", "06277"].map((code) => prisma.adminUnit.findUniqueOrThrow({ where: { code }, select: { id: true } })));
    const older = await prisma.assessmentSubmission.create({ data: { communeId: tuXuyen!.id, status: "submitted", submittedAt: new Date("2020-06-01T02:00:00Z"), submittedById: users.tuxuyen.userId } });
    const newer = await prisma.assessmentSubmission.create({ data: { communeId: huuLe!.id, status: "submitted", submittedAt: new Date("2020-06-10T02:00:00Z"), submittedById: users.huule.userId } });
    try {
      const district = await data.getHomeTasks(scopeFor(users.vanquan), { kind: "district", code: "184" }, june);
      expect(district.awaiting.map((a) => a.code)).toEqual(["06277", "06322"]);
      expect(district.awaiting[1]).toMatchObject({ name: "Hữu Lễ", by: expect.any(String), at: new Date("2020-06-10T02:00:00Z") });
      expect((await data.getHomeTasks(scopeFor(users.vpdp), { kind: "province", code: "20" }, june)).awaiting).toHaveLength(2);
      // a commune official's reach holds only their own commune
      expect((await data.getHomeTasks(scopeFor(users.huule), { kind: "commune", code: "06322" }, june)).awaiting.map((a) => a.code)).toEqual(["06322"]);
      // the latest submission counts: a later return takes Hữu Lễ out of the waiting list
      const returned = await prisma.assessmentSubmission.create({ data: { communeId: huuLe!.id, status: "returned", submittedAt: new Date("2020-06-10T02:00:00Z"), reviewedAt: new Date("2020-06-12T02:00:00Z") } });
      const after = await data.getHomeTasks(scopeFor(users.vanquan), { kind: "district", code: "184" }, june);
      expect(after.awaiting.map((a) => a.code)).toEqual(["06277"]);
      expect(after.returned.map((r) => r.code)).toContain("06322");
      await prisma.assessmentSubmission.delete({ where: { id: returned.id } });
    } finally {
      await prisma.assessmentSubmission.deleteMany({ where: { id: { in: [older.id, newer.id] } } });
    }
  });

  it("suggests closing when the linked criterion is met", async () => {
    const huuLe = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" }, select: { id: true } });
    const rec = await prisma.recommendation.findUniqueOrThrow({ where: { id: huuLeRecId }, select: { criterionId: true, status: true } });
    expect((await data.getRecommendationDetail(scopeFor(users.vpdp), huuLeRecId))?.suggestion).toBeNull();
    await prisma.criterionAssessment.update({ where: { communeId_criterionId_view: { communeId: huuLe.id, criterionId: rec.criterionId!, view: "verified" } }, data: { status: "met" } });
    expect((await data.getRecommendationDetail(scopeFor(users.vpdp), huuLeRecId))?.suggestion).toEqual({ subject: "criterion", view: "verified" });
  });
});

describe("malformed input (fast-check): a translated refusal and the database unchanged", () => {
  const junk = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("", " ", "-1", "0", "1e9", "NaN", "99999999999999999999", "department:", "commune:ABC", "district:184; DROP", "__proto__", "2020-13-01"),
    fc.integer().map(String),
  );

  it("creation", async () => {
    as("vpdp");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.record({ addressee: junk, communeCode: junk, criterionNumber: junk, indicatorCode: junk, dueDate: junk, inspectionId: junk }, { requiredKeys: [] }), async (rec) => {
        const f = new FormData();
        f.append("text", " ");
        for (const [k, v] of Object.entries(rec)) f.append(k, v);
        const state = await actions.createRecommendationAction(idleForm, f);
        expect(state.status).toBe("invalid");
        if (state.status === "invalid") expectTranslated(state.fieldErrors);
      }),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("status changes and notes", async () => {
    as("vpdp");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: junk, version: junk, status: junk, note: fc.string({ minLength: 2001, maxLength: 2100 }) }, { requiredKeys: ["note"] }),
        fc.oneof(fc.constant(""), fc.constant("   "), fc.string({ minLength: 2001, maxLength: 2100 })),
        async (rec, body) => {
          const f = new FormData();
          for (const [k, v] of Object.entries(rec)) f.append(k, v);
          const state = await actions.changeRecommendationStatusAction(idleStatus, f);
          expect(state.status).toBe("invalid");
          if (state.status === "invalid") expectTranslated(state.fieldErrors);
          const n = new FormData();
          n.append("id", rec.id ?? String(gtvtRecId));
          n.append("body", body);
          const noteState = await actions.addRecommendationNoteAction(idleNote, n);
          expect(noteState.status).toBe("invalid");
          if (noteState.status === "invalid") expectTranslated(noteState.fieldErrors);
        },
      ),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
