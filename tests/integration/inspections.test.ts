import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { createSeededDatabase } from "./test-db";

// The inspection actions as public endpoints, on the real seeded database: who may record an
// inspection and its observations, version checks, malformed input leaving the database as it
// was, history rows of the observations, and the commune page's third view as of a date.

let current: (Viewer & { displayName: string; username: string }) | null = null;
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let actions: typeof import("@/lib/actions/inspection");
let data: typeof import("@/lib/data/inspections");
let prisma: import("@/generated/prisma/client").PrismaClient;
let facts: typeof import("@/lib/data/auth").getViewerFacts;

beforeAll(async () => {
  db = await createSeededDatabase();
  actions = await import("@/lib/actions/inspection");
  data = await import("@/lib/data/inspections");
  prisma = (await import("@/lib/db")).prisma;
  facts = (await import("@/lib/data/auth")).getViewerFacts;
  // Another province with its own coordination office.
  const other = await prisma.adminUnit.create({ data: { code: "99", kind: "province", name: "Thử Nghiệm", searchName: "thu nghiem" } });
  const district = await prisma.adminUnit.create({ data: { code: "999", kind: "district", name: "Khác", searchName: "khac", parentId: other.id } });
  await prisma.adminUnit.create({ data: { code: "99999", kind: "commune", name: "Xã Khác", searchName: "xa khac", parentId: district.id } });
  await prisma.user.create({ data: { username: "other", displayName: "Văn phòng tỉnh khác", passwordHash: "x", role: "coordination_office", unitId: other.id } });
});
afterAll(async () => {
  await db?.cleanup();
});

async function as(username: string | null) {
  if (username === null) {
    current = null;
    return;
  }
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  current = await facts(u.id);
}

type Entries = Record<string, string | string[] | undefined>;
function form(entries: Entries): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  }
  return fd;
}
const idle = { status: "idle" } as const;

async function documentId(number: string) {
  return (await prisma.document.findFirstOrThrow({ where: { number } })).id;
}

async function validInspection(): Promise<Entries> {
  return {
    title: "Kiểm tra tiến độ xây dựng NTM tại xã Tú Xuyên",
    inspectedOn: "2025-06-10",
    leadName: "Nguyễn Văn A",
    leadTitle: "Phó Chánh Văn phòng Điều phối",
    leadDepartmentCode: "VPDP",
    basisDocumentIds: [String(await documentId("447/QĐ-UBND"))],
    "newDocuments.0.kind": "plan",
    "newDocuments.0.number": "12/KH-VPĐP",
    "newDocuments.0.issuedOn": "2025-05-30",
    "newDocuments.0.issuer": "Văn phòng Điều phối NTM tỉnh",
    "newDocuments.0.title": "Kế hoạch kiểm tra năm 2025",
    "members.0.departmentCode": "GTVT",
    "members.0.role": "member",
    "members.0.representative": "Phó Giám đốc",
    "members.1.agencyName": "Hội Nông dân tỉnh",
    "members.1.role": "coordinating",
    unitCodes: ["184", "06277"],
    strengths: "Xã tích cực huy động nguồn lực.",
    shortcomings: "Tiêu chí 9 còn chậm.",
  };
}

async function snapshot() {
  const [inspections, basis, members, units, documents, audit, assessments, history] = await Promise.all([
    prisma.inspection.findMany({ select: { id: true, title: true, version: true, inspectedOn: true }, orderBy: { id: "asc" } }),
    prisma.inspectionBasis.count(),
    prisma.inspectionMember.count(),
    prisma.inspectionUnit.count(),
    prisma.document.count(),
    prisma.auditLog.count(),
    prisma.criterionAssessment.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: "asc" } }),
    prisma.assessmentHistory.count(),
  ]);
  return { inspections, basis, members, units, documents, audit, assessments, history };
}

let createdId = 0;

describe("getInspectionFormOptions", () => {
  it("offers the province's current districts with their communes, its departments and the documents on record", async () => {
    const { systemScope, scopeFor } = await import("@/lib/auth/scope");
    const options = (await data.getInspectionFormOptions(systemScope(), "20"))!;
    const vanQuan = options.districts.find((d) => d.code === "184")!;
    expect(vanQuan.name).toBe("Văn Quan");
    expect(vanQuan.communes.map((c) => c.code)).toEqual(expect.arrayContaining(["06277", "06322", "06253"]));
    expect(options.departments.map((d) => d.code)).toEqual(expect.arrayContaining(["GTVT", "VPDP"]));
    expect(options.documents.map((d) => d.number)).toContain("447/QĐ-UBND");
    await as("huule");
    expect(await data.getInspectionFormOptions(scopeFor(current), "20")).toBeNull();
  });
});

describe("saveInspectionAction", () => {
  it("refuses the signed-out, a commune official, a district officer, another province's office and a deactivated account — and writes nothing", async () => {
    const before = await snapshot();
    const input = await validInspection();
    for (const who of [null, "huule", "vanquan", "other"]) {
      await as(who);
      expect((await actions.saveInspectionAction(idle, form(input))).status).toBe("forbidden");
    }
    await prisma.user.update({ where: { username: "vpdp" }, data: { active: false } });
    await as("vpdp");
    expect((await actions.saveInspectionAction(idle, form(input))).status).toBe("forbidden");
    await prisma.user.update({ where: { username: "vpdp" }, data: { active: true } });
    expect(await snapshot()).toEqual(before);
  });

  it("lets the coordination office record an inspection with its basis, team and units, and an audit row", async () => {
    await as("vpdp");
    const state = await actions.saveInspectionAction(idle, form(await validInspection()));
    expect(state).toMatchObject({ status: "saved", version: 1, created: true });
    if (state.status !== "saved") return;
    createdId = state.id;
    const row = await prisma.inspection.findUniqueOrThrow({
      where: { id: createdId },
      include: { basis: { include: { document: true }, orderBy: { sortOrder: "asc" } }, members: { include: { department: true }, orderBy: { sortOrder: "asc" } }, units: { include: { unit: true } }, leadDepartment: true },
    });
    expect(row.title).toBe("Kiểm tra tiến độ xây dựng NTM tại xã Tú Xuyên");
    expect(row.inspectedOn.toISOString()).toBe("2025-06-10T00:00:00.000Z");
    expect(row.leadDepartment?.code).toBe("VPDP");
    expect(row.basis.map((b) => b.document.number)).toEqual(["447/QĐ-UBND", "12/KH-VPĐP"]);
    expect(row.members.map((m) => [m.department?.code ?? m.agencyName, m.role, m.representative])).toEqual([
      ["GTVT", "member", "Phó Giám đốc"],
      ["Hội Nông dân tỉnh", "coordinating", null],
    ]);
    expect(row.units.map((u) => u.unit.code).sort()).toEqual(["06277", "184"]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "inspection", entityId: String(createdId) } });
    expect(audit).toMatchObject({ action: "inspection.create", actorId: current!.userId });
  });

  it("reads follow the units visited: the province's officials and the visited district's officer, not another commune's official nor another province", async () => {
    const { scopeFor } = await import("@/lib/auth/scope");
    const now = new Date();
    await as("vpdp");
    const list = await data.listInspections(scopeFor(current), "20", now);
    expect(list[0]).toMatchObject({ id: createdId, recommendations: { total: 0, open: 0, overdue: 0 } });
    // the demo inspection's 32 recommendations, all open and (in 2026) overdue when they have a date
    const demo = list.find((r) => r.id !== createdId)!;
    expect(demo.recommendations.total).toBe(32);
    expect(demo.recommendations.open).toBe(32);
    expect(demo.recommendations.overdue).toBeGreaterThan(0);
    expect((await data.getInspection(scopeFor(current), createdId, now))?.provinceCode).toBe("20");
    // it visited Văn Quan and Tú Xuyên: Văn Quan's officer reads it (without the edit rights)
    await as("vanquan");
    expect((await data.getInspection(scopeFor(current), createdId, now))?.id).toBe(createdId);
    expect((await data.listInspections(scopeFor(current), "20", now)).map((r) => r.id)).toContain(createdId);
    // Hữu Lễ's official reads the demo inspection (it visited Hữu Lễ) but not this one
    await as("huule");
    expect(await data.getInspection(scopeFor(current), createdId, now)).toBeNull();
    expect((await data.listInspections(scopeFor(current), "20", now)).map((r) => r.id)).toEqual([demo.id]);
    await as("other");
    expect(await data.getInspection(scopeFor(current), createdId, now)).toBeNull();
    expect(await data.listInspections(scopeFor(current), "20", now)).toEqual([]);
  });

  it("lets a department inspector edit it; an edit from an old version is refused and names who changed it", async () => {
    await as("gtvt");
    const edit = { ...(await validInspection()), id: String(createdId), version: "1", title: "Kiểm tra NTM tại Tú Xuyên (sửa)" };
    expect(await actions.saveInspectionAction(idle, form(edit))).toMatchObject({ status: "saved", id: createdId, version: 2, created: false });
    const docs = await prisma.document.count({ where: { number: "12/KH-VPĐP" } });
    expect(docs).toBe(1); // the same new document again is reused, not duplicated
    await as("vpdp");
    const before = await snapshot();
    const stale = await actions.saveInspectionAction(idle, form({ ...edit, title: "Bản cũ" }));
    expect(stale).toMatchObject({ status: "stale", current: { version: 2, by: "Cán bộ Sở Giao thông vận tải (tài khoản mẫu)" }, values: { title: "Bản cũ" } });
    expect(await snapshot()).toEqual(before);
    // another province's office may not edit it either
    await as("other");
    expect((await actions.saveInspectionAction(idle, form({ ...edit, version: "2" }))).status).toBe("forbidden");
  });

  it("explains invalid choices next to their fields", async () => {
    await as("vpdp");
    const base = await validInspection();
    const check = async (patch: Entries) => {
      const state = await actions.saveInspectionAction(idle, form({ ...base, ...patch }));
      expect(state.status).toBe("invalid");
      return state.status === "invalid" ? state.fieldErrors : {};
    };
    expect(await check({ title: "  " })).toMatchObject({ title: ["inspections.v.titleRequired"] });
    expect(await check({ inspectedOn: "2020-02-30" })).toMatchObject({ inspectedOn: ["inspections.v.dateInvalid"] });
    expect(await check({ inspectedOn: "2099-01-01" })).toMatchObject({ inspectedOn: ["inspections.v.dateFuture"] });
    expect(await check({ unitCodes: undefined })).toMatchObject({ unitCodes: ["inspections.v.unitsRequired"] });
    expect(await check({ unitCodes: ["184", "99999"] })).toMatchObject({ unitCodes: ["inspections.v.unitsProvince"] });
    expect(await check({ unitCodes: ["20"] })).toMatchObject({ unitCodes: ["inspections.v.unitsKind"] });
    expect(await check({ unitCodes: ["77777"] })).toMatchObject({ unitCodes: ["inspections.v.unitUnknown"] });
    // districts were abolished on 1/7/2025; Liên Hội exists from 1/1/2020 (merger)
    expect(await check({ inspectedOn: "2025-08-01" })).toMatchObject({ unitCodes: ["inspections.v.unitsNotInForce"] });
    expect(await check({ inspectedOn: "2019-06-01", unitCodes: ["06268"] })).toMatchObject({ unitCodes: ["inspections.v.unitsNotInForce"] });
    expect(await check({ "members.1.agencyName": undefined, "members.1.departmentCode": "GTVT" })).toMatchObject({ "members.1.departmentCode": ["inspections.v.memberDuplicate"] });
    expect(await check({ "members.1.departmentCode": "NOPE" })).toMatchObject({ "members.1.agencyName": ["inspections.v.memberBoth"] });
    expect(await check({ "members.0.departmentCode": "NOPE" })).toMatchObject({ "members.0.departmentCode": ["inspections.v.memberUnknownDepartment"] });
    expect(await check({ "members.0.role": "boss" })).toMatchObject({ "members.0.role": ["inspections.v.memberRole"] });
    expect(await check({ "newDocuments.0.title": "" })).toMatchObject({ "newDocuments.0.title": ["inspections.v.documentTitleRequired"] });
    expect(await check({ basisDocumentIds: ["987654"] })).toMatchObject({ basisDocumentIds: ["inspections.v.documentUnknown"] });
    expect(await check({ leadDepartmentCode: "XX" })).toMatchObject({ leadDepartmentCode: ["inspections.v.departmentUnknown"] });
  });

  it("random fields give a translated invalid (or forbidden) state and change nothing (property-based)", async () => {
    await as("vpdp");
    const before = await snapshot();
    const anything = fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String), fc.constant(""), fc.constant(undefined), fc.string({ minLength: 6000, maxLength: 7000 }));
    const keys = ["id", "version", "title", "inspectedOn", "leadName", "leadTitle", "leadDepartmentCode", "strengths", "shortcomings", "basisDocumentIds", "unitCodes", "members.0.departmentCode", "members.0.role", "newDocuments.0.kind", "newDocuments.0.title", "newDocuments.0.issuedOn"];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), anything), async (input) => {
        const state = await actions.saveInspectionAction(idle, form(input as Entries));
        expect(["invalid", "forbidden"]).toContain(state.status);
        if (state.status === "invalid") for (const list of Object.values(state.fieldErrors)) for (const k of list) expect(k).toMatch(/^(validation|inspections\.v)\./);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });
});

function observationsForm(inspectionId: number, communeCode: string, criteria: Record<number, { status: string; note?: string; version: number }>): FormData {
  const entries: Entries = { inspectionId: String(inspectionId), communeCode };
  for (const [n, c] of Object.entries(criteria)) {
    entries[`c.${n}.status`] = c.status;
    entries[`c.${n}.note`] = c.note ?? "";
    entries[`c.${n}.version`] = String(c.version);
  }
  return form(entries);
}

describe("saveObservationsAction", () => {
  const all = (status: string, version = 0) => Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, { status, version }]));

  it("refuses those who may not manage the inspection, and a commune not listed as visited", async () => {
    const before = await snapshot();
    for (const who of [null, "tuxuyen", "vanquan", "other"]) {
      await as(who);
      expect((await actions.saveObservationsAction(idle, observationsForm(createdId, "06277", all("met")))).status).toBe("forbidden");
    }
    await as("vpdp");
    expect((await actions.saveObservationsAction(idle, observationsForm(createdId, "06322", all("met")))).status).toBe("forbidden");
    expect(await snapshot()).toEqual(before);
  });

  it("saves all criteria at once, with a history row per change dated the inspection day and linked to it", async () => {
    await as("gtvt");
    const criteria = { ...all("not_assessed"), 1: { status: "met", version: 0 }, 9: { status: "not_met", note: "Nhà văn hóa xã chưa xây", version: 0 }, 17: { status: "met", version: 0 } };
    const state = await actions.saveObservationsAction(idle, observationsForm(createdId, "06277", criteria));
    expect(state).toMatchObject({ status: "saved", changed: 3 });
    const history = await prisma.assessmentHistory.findMany({ where: { inspectionId: createdId, view: "inspection" }, include: { criterion: true }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.criterion?.number, h.newValue, h.reason])).toEqual([
      [1, "met", null],
      [9, "not_met", "Nhà văn hóa xã chưa xây"],
      [17, "met", null],
    ]);
    for (const h of history) expect(h.effectiveAt.toISOString()).toBe("2025-06-10T00:00:00.000Z");
    const rows = await prisma.criterionAssessment.findMany({ where: { commune: { code: "06277" }, view: "inspection" } });
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toMatchObject({ inspectionId: createdId, version: 1 });

    // A second save changes one criterion: one more history row, the older one kept.
    const again = await actions.saveObservationsAction(idle, observationsForm(createdId, "06277", { ...criteria, 1: { status: "met", version: 1 }, 9: { status: "nearly_met", note: "Đang xây", version: 1 }, 17: { status: "met", version: 1 } }));
    expect(again).toMatchObject({ status: "saved", changed: 1 });
    const nine = await prisma.assessmentHistory.findMany({ where: { inspectionId: createdId, view: "inspection", criterion: { number: 9 } }, orderBy: { id: "asc" } });
    expect(nine.map((h) => [h.oldValue, h.newValue])).toEqual([
      [null, "not_met"],
      ["not_met", "nearly_met"],
    ]);
  });

  it("refuses the whole form when one row is stale, naming the current value, and writes nothing", async () => {
    await as("vpdp");
    const before = await snapshot();
    const state = await actions.saveObservationsAction(idle, observationsForm(createdId, "06277", { 9: { status: "met", version: 1 }, 1: { status: "not_met", version: 1 } }));
    expect(state).toMatchObject({ status: "stale", stale: [{ number: 9, status: "nearly_met", version: 2 }] });
    expect(await snapshot()).toEqual(before);
  });

  it("malformed observations change nothing (property-based)", async () => {
    await as("vpdp");
    const before = await snapshot();
    const anything = fc.oneof(fc.string(), fc.integer().map(String), fc.constant(""), fc.constant("met"), fc.constant("99"), fc.string({ minLength: 2500, maxLength: 3000 }));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("inspectionId", "communeCode", "c.9.status", "c.9.note", "c.9.version", "c.77.status", "c.x.status"), anything),
        async (input) => {
          const state = await actions.saveObservationsAction(idle, form(input as Entries));
          // Only a fully valid form for a real criterion of a visited commune with the current version could write.
          expect(["invalid", "forbidden", "stale"]).toContain(state.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("once observations exist, the inspection's date cannot change", async () => {
    await as("vpdp");
    const version = (await prisma.inspection.findUniqueOrThrow({ where: { id: createdId } })).version;
    const state = await actions.saveInspectionAction(idle, form({ ...(await validInspection()), id: String(createdId), version: String(version), inspectedOn: "2025-06-11" }));
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { inspectedOn: ["inspections.v.dateLocked"] } });
  });
});

describe("the commune page's third view", () => {
  it("shows the team's observation as of a date, with the inspection and the disagreeing pairs", async () => {
    const { getCommuneDetail } = await import("@/lib/data/commune");
    const { systemScope, scopeFor } = await import("@/lib/auth/scope");
    const now = new Date();
    const on = new Date("2025-06-10T16:59:59.999Z"); // end of 10/6/2025 in Vietnam
    const detail = (await getCommuneDetail(systemScope(), "06277", on, now))!;
    const criterion = (n: number) => detail.groups.flatMap((g) => g.criteria).find((c) => c.number === n)!;
    expect(detail.hasObservations).toBe(true);
    expect(criterion(9).inspection).toMatchObject({ status: "nearly_met", note: "Đang xây", inspection: { id: createdId } });
    // Tú Xuyên: criterion 9 not met by itself and verified, nearly met as observed
    expect(criterion(9).self.status).toBe("not_met");
    expect(criterion(9).viewPairs).toEqual(expect.arrayContaining(["self_inspection", "verified_inspection"]));
    expect(criterion(2).inspection.status).toBe("not_assessed");
    expect(detail.inspections.map((i) => i.id)).toContain(createdId);
    // the day before the inspection, the third view is empty
    const before = (await getCommuneDetail(systemScope(), "06277", new Date("2025-06-09T16:59:59.999Z"), now))!;
    expect(before.hasObservations).toBe(false);
    expect(before.inspections.map((i) => i.id)).not.toContain(createdId);
    // the commune's own official sees the observation and may open each inspection the page lists
    await as("tuxuyen");
    const own = (await getCommuneDetail(scopeFor(current), "06277", on, now))!;
    expect(own.inspections.map((i) => i.id)).toContain(createdId);
    for (const i of own.inspections) expect((await data.getInspection(scopeFor(current), i.id, now))?.id).toBe(i.id);
  });
});

describe("two inspections of one commune", () => {
  it("the later inspection holds the current view; an edit of the earlier one goes into its history only, and the as-of date picks the right one", async () => {
    await as("vpdp");
    const later = await actions.saveInspectionAction(idle, form({ ...(await validInspection()), title: "Kiểm tra lần hai", inspectedOn: "2025-06-20", basisDocumentIds: undefined, "newDocuments.0.title": undefined, "newDocuments.0.number": undefined, "newDocuments.0.issuedOn": undefined, "newDocuments.0.issuer": undefined }));
    expect(later.status).toBe("saved");
    if (later.status !== "saved") return;
    const row9 = () => prisma.criterionAssessment.findFirstOrThrow({ where: { commune: { code: "06277" }, view: "inspection", criterion: { number: 9, set: { code: "QD1980-2016" } } } });
    const v = (await row9()).version;
    expect(await actions.saveObservationsAction(idle, observationsForm(later.id, "06277", { 9: { status: "met", note: "Đã hoàn thành", version: v } }))).toMatchObject({ status: "saved", changed: 1 });
    expect(await row9()).toMatchObject({ status: "met", inspectionId: later.id, version: v + 1 });
    // the earlier inspection corrects its own record of criterion 9
    expect(await actions.saveObservationsAction(idle, observationsForm(createdId, "06277", { 9: { status: "not_met", note: "Chưa xây", version: v + 1 } }))).toMatchObject({ status: "saved", changed: 1 });
    expect(await row9()).toMatchObject({ status: "met", inspectionId: later.id, version: v + 2 });
    const { getCommuneDetail } = await import("@/lib/data/commune");
    const { systemScope } = await import("@/lib/auth/scope");
    const nine = async (cutoff: string) =>
      (await getCommuneDetail(systemScope(), "06277", new Date(cutoff), new Date()))!.groups.flatMap((g) => g.criteria).find((c) => c.number === 9)!.inspection;
    expect(await nine("2025-06-15T16:59:59.999Z")).toMatchObject({ status: "not_met", inspection: { id: createdId } });
    expect(await nine("2026-01-01T00:00:00Z")).toMatchObject({ status: "met", inspection: { id: later.id } });
    // the observations page of the earlier inspection shows its own record and names the later one
    const ctx = (await data.getObservationContext(systemScope(), createdId, "06277"))!;
    expect(ctx.rows.find((r) => r.number === 9)).toMatchObject({ observed: { status: "not_met", note: "Chưa xây" }, laterInspection: { id: later.id } });
  });
});
