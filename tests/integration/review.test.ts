import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReviewFormState } from "@/lib/actions/review";
import type { Viewer } from "@/lib/auth/permissions";
import { catalogs } from "@/lib/i18n/messages";
import { lookup } from "@/lib/i18n/translate";
import { createSeededDatabase } from "./test-db";

// The review of a commune's self-assessment through its server actions, against a real SQLite:
// who may submit and decide, stale forms, transitions that make no sense, the lock on an approved
// self-assessment, the reasons per criterion on the editing page, and one history row per
// transition. Then malformed forms (fast-check): always a translated "invalid", never a write.

const mocks = vi.hoisted(() => ({ viewer: null as unknown, revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => mocks.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => mocks.revalidatePath(...args) }));

type Facts = Viewer & { displayName: string; username: string };

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let prisma: import("@/generated/prisma/client").PrismaClient;
let actions: typeof import("@/lib/actions/review");
let assessmentActions: typeof import("@/lib/actions/assessment");
let data: typeof import("@/lib/data/reviews");
let assessments: typeof import("@/lib/data/assessments");
let scopeFor: typeof import("@/lib/auth/scope").scopeFor;
type Username = "vpdp" | "vanquan" | "huule" | "tuxuyen" | "gtvt" | "admin";
const users = {} as Record<Username, Facts>;
let tuXuyenId: number;

beforeAll(async () => {
  db = await createSeededDatabase();
  prisma = (await import("@/lib/db")).prisma;
  actions = await import("@/lib/actions/review");
  assessmentActions = await import("@/lib/actions/assessment");
  data = await import("@/lib/data/reviews");
  assessments = await import("@/lib/data/assessments");
  scopeFor = (await import("@/lib/auth/scope")).scopeFor;
  const { getViewerFacts } = await import("@/lib/data/auth");
  for (const u of await prisma.user.findMany({ select: { id: true, username: true } })) users[u.username as Username] = (await getViewerFacts(u.id))!;
  tuXuyenId = (await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06277" }, select: { id: true } })).id;
});
afterAll(() => db?.cleanup());

const as = (username: Username | Facts | null) => {
  mocks.viewer = typeof username === "string" ? users[username] : username;
};

function form(entries: Record<string, string | string[] | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) {
    if (Array.isArray(v)) for (const x of v) f.append(k, x);
    else f.append(k, v);
  }
  return f;
}

const idle: ReviewFormState = { status: "idle" };

/** What the forms of the page carry: the latest submission (id, version) of Tú Xuyên. */
async function latest(communeId = tuXuyenId) {
  const row = await prisma.assessmentSubmission.findFirst({ where: { communeId }, orderBy: { id: "desc" }, select: { id: true, version: true, status: true } });
  return { submissionId: row ? String(row.id) : "", version: row ? String(row.version) : "0", status: row?.status ?? null };
}

async function snapshot() {
  const [submissions, items, history, assessmentsCount, rows] = await Promise.all([
    prisma.assessmentSubmission.count(),
    prisma.submissionItem.count(),
    prisma.assessmentHistory.count(),
    prisma.criterionAssessment.count(),
    prisma.assessmentSubmission.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, reviewedAt: true } }),
  ]);
  return { submissions, items, history, assessmentsCount, rows };
}

const lastReviewHistory = () => prisma.assessmentHistory.findFirstOrThrow({ where: { field: "review" }, orderBy: { id: "desc" } });

async function submit(username: Username, extra: Record<string, string> = {}) {
  as(username);
  const l = await latest();
  return actions.submitForReviewAction(idle, form({ communeCode: "06277", submissionId: l.submissionId, version: l.version, ...extra }));
}

async function decide(username: Username | Facts, decision: string, extra: Record<string, string | string[]> = {}) {
  as(username);
  const l = await latest();
  return actions.decideReviewAction(idle, form({ communeCode: "06277", submissionId: l.submissionId, version: l.version, decision, ...extra }));
}

/** Saving a self-assessed status of Tú Xuyên's criterion 1 as its commune official (the editing page's action). */
async function saveSelf(status: string) {
  as("tuxuyen");
  const t = (await assessments.getCriterionEditTarget("06277", 1))!;
  const row = await prisma.criterionAssessment.findUnique({ where: { communeId_criterionId_view: { communeId: t.communeId, criterionId: t.criterionId, view: "self" } } });
  return assessmentActions.saveSelfStatusAction({ status: "idle" }, form({ communeCode: "06277", criterionNumber: "1", status, note: "", version: String(row?.version ?? 0) }));
}

describe("the review cycle of Tú Xuyên, action by action", () => {
  it("refuses a submission by anyone but Tú Xuyên's commune official, writing nothing", async () => {
    const before = await snapshot();
    for (const who of ["huule", "vanquan", "vpdp", "gtvt", "admin"] as const) expect(await submit(who)).toEqual({ status: "forbidden" });
    as(null);
    expect(await actions.submitForReviewAction(idle, form({ communeCode: "06277", submissionId: "", version: "0" }))).toEqual({ status: "forbidden" });
    as({ ...users.tuxuyen, active: false });
    expect(await actions.submitForReviewAction(idle, form({ communeCode: "06277", submissionId: "", version: "0" }))).toEqual({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("nothing to decide before the first submission", async () => {
    as("vanquan");
    const before = await snapshot();
    // a forged decision on a submission that does not exist is a stale form, not a write
    expect(await actions.decideReviewAction(idle, form({ communeCode: "06277", submissionId: "1", version: "1", decision: "approve" }))).toMatchObject({
      status: "stale",
      current: { state: "none", version: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("the commune official submits: a new submission, one history row", async () => {
    const before = await snapshot();
    const r = await submit("tuxuyen", { note: "  Xã đã hoàn thiện hồ sơ tự đánh giá  " });
    expect(r).toMatchObject({ status: "done", outcome: "submitted", version: 1 });
    const row = await prisma.assessmentSubmission.findFirstOrThrow({ where: { communeId: tuXuyenId }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ status: "submitted", note: "Xã đã hoàn thiện hồ sơ tự đánh giá", submittedById: users.tuxuyen.userId, version: 1, reviewedAt: null });
    expect(await prisma.assessmentHistory.count()).toBe(before.history + 1);
    expect(await lastReviewHistory()).toMatchObject({
      communeId: tuXuyenId,
      criterionId: null,
      view: "self",
      field: "review",
      oldValue: null,
      newValue: "submitted",
      actorId: users.tuxuyen.userId,
      actorName: users.tuxuyen.displayName,
      reason: "Xã đã hoàn thiện hồ sơ tự đánh giá",
    });
    expect(mocks.revalidatePath).toHaveBeenCalledWith("/units/06277", "layout");
  });

  it("refuses submitting again while submitted, and a form drawn before the first submission is stale", async () => {
    const before = await snapshot();
    expect(await submit("tuxuyen")).toMatchObject({ status: "refused", refusal: "alreadySubmitted" });
    as("tuxuyen");
    expect(await actions.submitForReviewAction(idle, form({ communeCode: "06277", submissionId: "", version: "0", note: "lần hai" }))).toMatchObject({
      status: "stale",
      current: { state: "submitted", version: 1, by: users.tuxuyen.displayName },
      values: { note: "lần hai" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses decisions by the commune, a department, the admin and another district's officer", async () => {
    const before = await snapshot();
    const otherDistrict: Facts = { ...users.vanquan, districtCode: "999" };
    const otherProvince: Facts = { ...users.vpdp, provinceCode: "99" };
    for (const who of ["tuxuyen", "huule", "gtvt", "admin", otherDistrict, otherProvince] as const) {
      expect(await decide(who, "approve")).toEqual({ status: "forbidden" });
      expect(await decide(who, "return", { criterion: "2", "reason-2": "x" })).toEqual({ status: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a return without reasons, with a blank reason or on a criterion outside the set", async () => {
    const before = await snapshot();
    expect(await decide("vanquan", "return", { note: "Xem lại" })).toMatchObject({
      status: "invalid",
      fieldErrors: { criterion: ["review.validation.reasonsRequired"] },
      values: { note: "Xem lại", decision: "return" },
    });
    expect(await decide("vanquan", "return", { criterion: ["2", "5"], "reason-2": "Thiếu số liệu", "reason-5": "  " })).toMatchObject({
      status: "invalid",
      fieldErrors: { "reason-5": ["validation.reasonRequired"] },
      values: { criterion: "2,5", "reason-2": "Thiếu số liệu", "reason-5": "  " },
    });
    expect(await decide("vanquan", "return", { criterion: "42", "reason-42": "Không có tiêu chí 42" })).toMatchObject({
      status: "invalid",
      fieldErrors: { criterion: ["review.validation.unknownCriterion"] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("the district officer returns with a reason on criterion 2; the commune sees it where it edits", async () => {
    const before = await snapshot();
    const reason = "Chưa có số liệu đường trục thôn được cứng hoá";
    const r = await decide("vanquan", "return", { criterion: "2", "reason-2": reason, "reason-3": "not ticked: ignored", note: "Đề nghị xã bổ sung" });
    expect(r).toMatchObject({ status: "done", outcome: "returned", version: 2 });
    const row = await prisma.assessmentSubmission.findFirstOrThrow({ where: { communeId: tuXuyenId }, orderBy: { id: "desc" }, include: { items: { include: { criterion: true } } } });
    expect(row).toMatchObject({ status: "returned", reviewedById: users.vanquan.userId, version: 2, note: "Xã đã hoàn thiện hồ sơ tự đánh giá" });
    expect(row.items.map((i) => [i.criterion.number, i.reason])).toEqual([[2, reason]]);
    expect(await prisma.assessmentHistory.count()).toBe(before.history + 1);
    expect(await lastReviewHistory()).toMatchObject({ oldValue: "submitted", newValue: "returned", actorName: users.vanquan.displayName, reason: "Đề nghị xã bổ sung" });

    const ctx = (await assessments.getCommuneEditContext("06277"))!;
    expect(ctx.criteria.find((c) => c.number === 2)!.returnReasons).toEqual([reason]);
    expect(ctx.criteria.filter((c) => c.number !== 2).every((c) => c.returnReasons.length === 0)).toBe(true);
    expect(ctx.locked).toBe(false);
  });

  it("refuses approving or returning what is not submitted any more", async () => {
    const before = await snapshot();
    expect(await decide("vanquan", "approve")).toMatchObject({ status: "refused", refusal: "notSubmitted" });
    expect(await decide("vanquan", "reopen")).toMatchObject({ status: "refused", refusal: "notApproved" });
    expect(await snapshot()).toEqual(before);
  });

  it("the commune resubmits: a second submission; the reasons leave the editing page", async () => {
    const r = await submit("tuxuyen", { note: "Đã bổ sung số liệu tiêu chí 2" });
    expect(r).toMatchObject({ status: "done", outcome: "submitted", version: 1 });
    expect(await prisma.assessmentSubmission.count({ where: { communeId: tuXuyenId } })).toBe(2);
    expect(await lastReviewHistory()).toMatchObject({ oldValue: "returned", newValue: "submitted" });
    const ctx = (await assessments.getCommuneEditContext("06277"))!;
    expect(ctx.criteria.every((c) => c.returnReasons.length === 0)).toBe(true);
  });

  it("a decision from a stale form is refused and says who changed it", async () => {
    const l = await latest();
    as("vanquan");
    const before = await snapshot();
    const r = await actions.decideReviewAction(idle, form({ communeCode: "06277", submissionId: l.submissionId, version: String(Number(l.version) + 1), decision: "approve", note: "cũ" }));
    expect(r).toMatchObject({ status: "stale", current: { state: "submitted", by: users.tuxuyen.displayName }, values: { note: "cũ" } });
    const older = await actions.decideReviewAction(idle, form({ communeCode: "06277", submissionId: String(Number(l.submissionId) - 1), version: "2", decision: "approve" }));
    expect(older).toMatchObject({ status: "stale" });
    expect(await snapshot()).toEqual(before);
  });

  it("the coordination office approves: the self-assessment is locked against the commune's edits", async () => {
    expect(await saveSelf("nearly_met")).toMatchObject({ status: "saved" }); // open while submitted
    const r = await decide("vpdp", "approve", { note: "Đồng ý kết quả tự đánh giá" });
    expect(r).toMatchObject({ status: "done", outcome: "approved", version: 2 });
    expect(await lastReviewHistory()).toMatchObject({ oldValue: "submitted", newValue: "approved", actorName: users.vpdp.displayName, reason: "Đồng ý kết quả tự đánh giá" });

    const target = (await assessments.getCriterionEditTarget("06277", 1))!;
    expect(target.locked).toBe(true);
    const { can } = await import("@/lib/auth/permissions");
    expect(can(users.tuxuyen, "assessment.self.edit", target)).toBe(false);
    const before = await snapshot();
    expect(await saveSelf("met")).toEqual({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
    expect((await assessments.getCommuneEditContext("06277"))!.locked).toBe(true);
    // verification is not the commune's self-assessment: the district still verifies
    expect(can(users.vanquan, "assessment.verify", target)).toBe(true);
  });

  it("refuses submitting or approving an approved self-assessment", async () => {
    const before = await snapshot();
    expect(await submit("tuxuyen")).toMatchObject({ status: "refused", refusal: "alreadyApproved" });
    expect(await decide("vanquan", "approve")).toMatchObject({ status: "refused", refusal: "alreadyApproved" });
    expect(await decide("vanquan", "return", { criterion: "2", "reason-2": "x" })).toMatchObject({ status: "refused", refusal: "alreadyApproved" });
    expect(await snapshot()).toEqual(before);
  });

  it("the district officer reopens: the lock is lifted and the commune edits again", async () => {
    const r = await decide("vanquan", "reopen", { note: "Mở lại để cập nhật tiêu chí 1" });
    expect(r).toMatchObject({ status: "done", outcome: "reopened", version: 3 });
    expect(await lastReviewHistory()).toMatchObject({ oldValue: "approved", newValue: "reopened", actorName: users.vanquan.displayName });
    expect((await assessments.getCriterionEditTarget("06277", 1))!.locked).toBe(false);
    expect(await saveSelf("met")).toMatchObject({ status: "saved" });
    expect(await decide("vanquan", "reopen")).toMatchObject({ status: "refused", refusal: "notApproved" });
  });

  it("the review page's data: submissions newest first, the log of every transition, scoped reads", async () => {
    const review = (await data.getCommuneReview(scopeFor(users.vanquan), "06277"))!;
    expect(review.state).toBe("reopened");
    expect(review.criteria).toHaveLength(19);
    expect(review.submissions.map((s) => [s.number, s.status])).toEqual([
      [2, "reopened"],
      [1, "returned"],
    ]);
    expect(review.submissions[1]!.reasons).toEqual([{ criterionNumber: 2, criterionName: expect.any(String), reason: "Chưa có số liệu đường trục thôn được cứng hoá" }]);
    expect(review.log.map((e) => `${e.from}>${e.to}`)).toEqual(["approved>reopened", "submitted>approved", "returned>submitted", "submitted>returned", "none>submitted"]);
    expect(await prisma.assessmentHistory.count({ where: { communeId: tuXuyenId, field: "review" } })).toBe(5);

    expect(await data.getCommuneReview(scopeFor(users.tuxuyen), "06277")).not.toBeNull();
    expect(await data.getCommuneReview(scopeFor(users.huule), "06277")).toBeNull();
    expect(await data.getCommuneReview(scopeFor(users.vanquan), "184")).toBeNull(); // a district
    expect(await data.getCommuneReview(scopeFor(users.vanquan), "99999")).toBeNull();
  });

  it("two submissions from the same state: exactly one stands", async () => {
    const l = await latest();
    const base = { communeId: tuXuyenId, action: "submit" as const, expected: { submissionId: Number(l.submissionId), version: Number(l.version) }, note: null, actor: { userId: users.tuxuyen.userId, displayName: users.tuxuyen.displayName } };
    const before = await snapshot();
    const results = await Promise.all([data.applyReviewTransition(base), data.applyReviewTransition(base)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ ok: false, reason: "stale" })]);
    expect(await prisma.assessmentSubmission.count()).toBe(before.submissions + 1);
    expect(await prisma.assessmentHistory.count()).toBe(before.history + 1);
  });

  it("two decisions on the same version: exactly one stands", async () => {
    const l = await latest();
    const base = { communeId: tuXuyenId, expected: { submissionId: Number(l.submissionId), version: Number(l.version) }, note: null, actor: { userId: users.vanquan.userId, displayName: users.vanquan.displayName } };
    const before = await snapshot();
    const results = await Promise.all([data.applyReviewTransition({ ...base, action: "approve" }), data.applyReviewTransition({ ...base, action: "return", reasons: [] })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.assessmentHistory.count()).toBe(before.history + 1);
  });
});

// ─── Malformed input ─────────────────────────────────────────────────────────────────────────

const translated = (key: string) => ["vi", "en"].every((l) => typeof lookup(catalogs[l as "vi" | "en"], key) === "string");

/** A value no field of these forms accepts where a number or a code is expected. */
const badNumber = fc.oneof(
  fc.constantFrom("", " ", "-1", "1.5", "1e3", "1e400", "0x10", "NaN", "Infinity", "99999999999999999999", "١٢", "1 ", "[object Object]"),
  fc.string().filter((s) => !/^\d{1,10}$/.test(s)),
  fc.bigInt({ min: 10n ** 11n, max: 10n ** 40n }).map(String),
);
const badCode = fc.oneof(fc.constantFrom("", "1", "123456", "06277 ", "../06277", "0627x"), fc.string().filter((s) => !/^\d{2,5}$/.test(s)));
const tooLong = fc.string({ minLength: 2001, maxLength: 2300 }).filter((s) => s.length > 2000);
const aFile = fc.constant(new Blob(["x"], { type: "text/plain" }));

type Corruption = { field: string; value: string | Blob | null };

const submitCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ field: fc.constant("communeCode"), value: fc.oneof(badCode, aFile, fc.constant(null)) }),
  fc.record({ field: fc.constant("submissionId"), value: fc.oneof(badNumber.filter((s) => s !== ""), aFile) }),
  fc.record({ field: fc.constant("version"), value: fc.oneof(badNumber, aFile, fc.constant(null)) }),
  fc.record({ field: fc.constant("note"), value: fc.oneof(tooLong, aFile) }),
);

const decideCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  submitCorruption.filter((c) => c.field !== "submissionId"),
  fc.record({ field: fc.constant("submissionId"), value: fc.oneof(badNumber, aFile, fc.constant(null), fc.constant("0")) }),
  fc.record({ field: fc.constant("decision"), value: fc.oneof(fc.string().filter((s) => !["approve", "return", "reopen"].includes(s)), aFile, fc.constant(null)) }),
  fc.record({ field: fc.constant("criterion"), value: fc.oneof(badNumber, fc.constantFrom("0", "100", "150"), aFile) }),
  fc.record({ field: fc.constant("reason-2"), value: fc.oneof(tooLong, fc.constantFrom("", "   ", "\n\t")) }),
);

function corrupt(base: Record<string, string>, c: Corruption): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(base)) if (k !== c.field) f.append(k, v);
  if (c.value !== null) f.append(c.field, c.value);
  return f;
}

/** Moves Tú Xuyên's review to a state where `action` would write (the property tests need a form
 * that is well-formed except for the corruption to be able to change something). */
async function bringTo(wanted: "submittable" | "submitted") {
  for (let i = 0; i < 4; i++) {
    const s = (await latest()).status;
    if (wanted === "submittable" ? s !== "submitted" && s !== "approved" : s === "submitted") return;
    if (s === "approved") await decide("vanquan", "reopen");
    else if (s === "submitted") await decide("vanquan", "return", { criterion: "1", "reason-1": "Bổ sung" });
    else await submit("tuxuyen");
  }
  throw new Error("could not reach the wanted review state");
}

function expectTranslatedInvalid(r: ReviewFormState) {
  expect(r.status).toBe("invalid");
  if (r.status !== "invalid") return;
  const keys = Object.values(r.fieldErrors).flat();
  expect(keys.length).toBeGreaterThan(0);
  for (const k of keys) expect(translated(k), k).toBe(true);
}

describe("malformed forms (property-based)", () => {
  it("a malformed submission is a translated invalid state and the database is unchanged", async () => {
    await bringTo("submittable");
    as("tuxuyen");
    const l = await latest();
    const base = { communeCode: "06277", submissionId: l.submissionId, version: l.version, note: "ghi chú" };
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(submitCorruption, async (c) => {
        expectTranslatedInvalid(await actions.submitForReviewAction(idle, corrupt(base, c)));
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
    // and the well-formed base itself does write
    expect(await actions.submitForReviewAction(idle, corrupt(base, { field: "none", value: null }))).toMatchObject({ status: "done", outcome: "submitted" });
  });

  it("a malformed return is a translated invalid state and the database is unchanged", async () => {
    await bringTo("submitted");
    as("vanquan");
    const l = await latest();
    const base = { communeCode: "06277", submissionId: l.submissionId, version: l.version, decision: "return", criterion: "2", "reason-2": "Thiếu số liệu", note: "" };
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(decideCorruption, async (c) => {
        expectTranslatedInvalid(await actions.decideReviewAction(idle, corrupt(base, c)));
      }),
      { numRuns: 200 },
    );
    expect(await snapshot()).toEqual(before);
    // and the well-formed base itself does write
    expect(await actions.decideReviewAction(idle, corrupt(base, { field: "none", value: null }))).toMatchObject({ status: "done", outcome: "returned" });
  });

  it("random field sets of random strings never write and never throw", async () => {
    as("vanquan");
    const before = await snapshot();
    const key = fc.constantFrom("communeCode", "submissionId", "version", "decision", "note", "criterion", "reason-2", "reason-99", "x");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, fc.string({ maxLength: 30 })), { maxLength: 12 }), async (pairs) => {
        const f = new FormData();
        for (const [k, v] of pairs) f.append(k, v);
        const r = await actions.decideReviewAction(idle, f);
        // Random text can hardly name Tú Xuyên's latest submission: anything but a write.
        expect(["invalid", "forbidden", "stale", "refused"]).toContain(r.status);
        if (r.status === "invalid") for (const k of Object.values(r.fieldErrors).flat()) expect(translated(k), k).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
