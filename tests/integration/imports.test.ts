import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { currentViewer, idle, signedInAs } from "./signed-in";
import { createSeededDatabase } from "./test-db";

// Import through its real endpoints (POST /api/v1/imports, the apply/discard actions), against the
// seeded demo database: the viewer comes from a mocked session, everything else is real —
// including the export route, whose files must import back as "nothing changes".

vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/i18n/server", () => import("./mocks").then((m) => m.viI18nMock()));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let prisma: typeof import("@/lib/db").prisma;
let route: typeof import("@/app/api/v1/imports/route");
let exportRoute: typeof import("@/app/api/v1/units/[code]/export/route");
let actions: typeof import("@/lib/actions/import");
let statusActions: typeof import("@/lib/actions/assessment");
let data: typeof import("@/lib/data/imports");

beforeAll(async () => {
  db = await createSeededDatabase();
  process.env.UPLOAD_DIR = `${db.dir}/uploads`;
  ({ prisma } = await import("@/lib/db"));
  route = await import("@/app/api/v1/imports/route");
  exportRoute = await import("@/app/api/v1/units/[code]/export/route");
  actions = await import("@/lib/actions/import");
  statusActions = await import("@/lib/actions/assessment");
  data = await import("@/lib/data/imports");
});
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

async function upload(bytes: Uint8Array | string, fileName: string, unitCode: string) {
  const form = new FormData();
  form.set("unitCode", unitCode);
  const body = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  form.set("file", new File([new Uint8Array(body)], fileName));
  const res = await route.POST(new NextRequest("http://localhost/api/v1/imports", { method: "POST", body: form }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function pendingOf(id: unknown) {
  const p = await data.getPendingImport(currentViewer()!.userId, String(id));
  if (!p) throw new Error("no pending import");
  return p;
}

function idForm(id: unknown) {
  const f = new FormData();
  f.set("id", String(id));
  return f;
}

/** Everything an import could write, to prove that a refusal wrote nothing. */
async function snapshot() {
  const [criteria, indicators, history] = await Promise.all([
    prisma.criterionAssessment.findMany({ select: { id: true, status: true, version: true, view: true }, orderBy: { id: "asc" } }),
    prisma.indicatorAssessment.findMany({ select: { id: true, valueNumber: true, denominator: true, valueBool: true, status: true, version: true }, orderBy: { id: "asc" } }),
    prisma.assessmentHistory.count(),
  ]);
  return JSON.stringify({ criteria, indicators, history });
}

const HEADER = ["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu", ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];

/** A matrix CSV (the export's layout) with one row per commune: status label per criterion number. */
function matrixCsv(rows: { code: string; name?: string; cells: Partial<Record<number, string>> }[]): string {
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
  return (
    "\uFEFF" +
    [line(HEADER), ...rows.map((r) => line([r.code, r.name ?? "", "", "", "", ...Array.from({ length: 19 }, (_, i) => r.cells[i + 1] ?? "")]))].join("\r\n") +
    "\r\n"
  );
}

async function statusOf(code: string, criterion: number, view: string) {
  const row = await prisma.criterionAssessment.findFirst({ where: { commune: { code }, criterion: { number: criterion, set: { code: "QD1980-2016" } }, view } });
  return row ? { status: row.status, version: row.version } : null;
}

async function exportFile(unit: string, query: string): Promise<Uint8Array> {
  const res = await exportRoute.GET(new NextRequest(`http://localhost/api/v1/units/${unit}/export?${query}`), { params: Promise.resolve({ code: unit }) });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe("export → import round trip", () => {
  it("re-importing the district's exported matrix (XLSX and CSV) changes nothing, for each role that writes", async () => {
    const before = await snapshot();
    for (const user of ["vanquan", "gtvt"]) {
      await signedInAs(user);
      const xlsx = await exportFile("184", "kind=matrix&format=xlsx");
      const up = await upload(xlsx, "van-quan.xlsx", "184");
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ errors: 0, statusChanges: 0, valueChanges: 0 });
      expect(Number(up.body.unchanged)).toBeGreaterThan(0);
      const p = await pendingOf(up.body.id);
      expect(p.view).toBe("verified");
      expect(p.sheetsIgnored).toEqual(["Tự đánh giá"]);
      expect(await actions.applyImportAction(idle, idForm(up.body.id))).toMatchObject({ status: "applied", summary: { historyRows: 0 } });

      const csv = await exportFile("184", "kind=matrix&format=csv&view=verified");
      const upCsv = await upload(csv, "van-quan-verified.csv", "184");
      expect(upCsv.body).toMatchObject({ errors: 0, statusChanges: 0, valueChanges: 0 });
    }
    expect(await snapshot()).toBe(before);
  });
});

describe("a commune official imports their self-assessment", () => {
  it("previews exactly one change, applies it with a history row naming the file, then a re-import changes nothing", async () => {
    await signedInAs("huule");
    const cells = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, "Đạt"]));
    const up = await upload(matrixCsv([{ code: "06322", name: "Hữu Lễ", cells: { ...cells, 10: "Gần đạt" } }]), "huu-le.csv", "06322");
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ errors: 0, statusChanges: 1, valueChanges: 0, unchanged: 18 });
    const p = await pendingOf(up.body.id);
    expect(p.plan.statusChanges).toMatchObject([{ communeCode: "06322", criterionNumber: 10, from: "met", to: "nearly_met" }]);
    const historyBefore = await prisma.assessmentHistory.count();
    const result = await actions.applyImportAction(idle, idForm(up.body.id));
    expect(result).toMatchObject({ status: "applied", summary: { statusChanges: 1, historyRows: 1 } });
    expect((await statusOf("06322", 10, "self"))?.status).toBe("nearly_met");
    expect((await statusOf("06322", 10, "verified"))?.status).toBe("nearly_met"); // untouched view
    const history = await prisma.assessmentHistory.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "desc" }, take: 1 });
    expect(await prisma.assessmentHistory.count()).toBe(historyBefore + 1);
    expect(history[0]).toMatchObject({ field: "status", view: "self", oldValue: "met", newValue: "nearly_met", actorName: currentViewer()!.displayName });
    expect(history[0]!.reason).toContain("huu-le.csv");
    // applying the same preview twice is refused
    expect(await actions.applyImportAction(idle, idForm(up.body.id))).toEqual({ status: "expired" });
    // the file again: nothing left to change
    const again = await upload(matrixCsv([{ code: "06322", cells: { ...cells, 10: "Gần đạt" } }]), "huu-le.csv", "06322");
    expect(again.body).toMatchObject({ errors: 0, statusChanges: 0, unchanged: 19 });
  });

  it("reads indicator values from the indicator layout (value and denominator), with history", async () => {
    await signedInAs("tuxuyen");
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { kind: "percent_min", criterion: { set: { code: "QD1980-2016" } } }, select: { id: true, code: true } });
    const csv = `Mã xã,Mã chỉ tiêu,Giá trị,Mẫu số\r\n06277,${indicator.code},3,7\r\n`;
    const up = await upload(csv, "chi-tieu.csv", "06277");
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ errors: 0, statusChanges: 0, valueChanges: 1 });
    expect(await actions.applyImportAction(idle, idForm(up.body.id))).toMatchObject({ status: "applied" });
    const row = await prisma.indicatorAssessment.findFirstOrThrow({ where: { commune: { code: "06277" }, indicatorId: indicator.id, view: "self" } });
    expect(row).toMatchObject({ valueNumber: 3, denominator: 7 });
    const h = await prisma.assessmentHistory.findFirstOrThrow({ where: { indicatorId: indicator.id, communeId: row.communeId, field: "value" }, orderBy: { id: "desc" } });
    expect(h.reason).toContain("chi-tieu.csv");
    expect(JSON.parse(h.newValue!)).toMatchObject({ valueNumber: 3, denominator: 7 });
    // numerator above the denominator is a row error, and nothing is written
    const before = await snapshot();
    const bad = await upload(`Mã xã,Mã chỉ tiêu,Giá trị,Mẫu số\r\n06277,${indicator.code},9,7\r\n`, "bad.csv", "06277");
    const p = await pendingOf(bad.body.id);
    expect(p.plan.errors).toMatchObject([{ row: 2, column: "Giá trị", code: "value", detail: "validation.numeratorAboveDenominator" }]);
    expect(await actions.applyImportAction(idle, idForm(bad.body.id))).toMatchObject({ status: "forbidden" });
    expect(await snapshot()).toBe(before);
  });
});

describe("an import racing an edit of the same commune", () => {
  it("refuses the stale import, writes nothing, and keeps the other edit", async () => {
    await signedInAs("tuxuyen");
    const base = Object.fromEntries(
      await Promise.all(
        Array.from({ length: 19 }, async (_, i) => {
          const s = await statusOf("06277", i + 1, "self");
          const label = { met: "Đạt", nearly_met: "Gần đạt", not_met: "Chưa đạt", not_assessed: "Chưa đánh giá" }[s?.status ?? "not_assessed"]!;
          return [i + 1, label] as const;
        }),
      ),
    );
    const up = await upload(matrixCsv([{ code: "06277", cells: { ...base, 6: "Gần đạt" } }]), "tu-xuyen.csv", "06277");
    expect(up.body).toMatchObject({ errors: 0, statusChanges: 1 });
    // meanwhile the same official saves criterion 3 on the editing page (a cell the file names unchanged)
    const v3 = (await statusOf("06277", 3, "self"))?.version ?? 0;
    const edit = new FormData();
    Object.entries({ communeCode: "06277", criterionNumber: "3", status: "nearly_met", note: "Sửa trên trang", version: String(v3) }).forEach(([k, v]) => edit.set(k, v));
    expect(await statusActions.saveSelfStatusAction({ status: "idle" }, edit)).toMatchObject({ status: "saved" });
    const before = await snapshot();
    const result = await actions.applyImportAction(idle, idForm(up.body.id));
    expect(result.status).toBe("stale");
    if (result.status === "stale") expect(result.stale).toEqual([expect.objectContaining({ communeCode: "06277", subject: "criterion:3" })]);
    expect(await snapshot()).toBe(before);
    expect((await statusOf("06277", 3, "self"))?.status).toBe("nearly_met");
    expect((await statusOf("06277", 6, "self"))?.status).not.toBe("nearly_met");
  });
});

describe("malformed files write nothing", () => {
  async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("refuses each kind of bad file as a whole with a translated message naming the parameter", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const cases: [string, Uint8Array | string, string, string][] = [
      ["empty", "", "x.csv", "empty"],
      ["only a BOM and blank lines", "\uFEFF\r\n\r\n", "x.csv", "empty"],
      ["a PDF named .xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", "x.xlsx", "notSpreadsheet"],
      ["binary", new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0]), "x.csv", "notSpreadsheet"],
      ["a ZIP that is not a workbook", await zipWithout(), "x.xlsx", "notSpreadsheet"],
      ["Windows-1258 text", new Uint8Array([0x4d, 0xe3, 0x20, 0x78, 0xe3, 0x0a]), "x.csv", "notUtf8"],
      ["wrong columns", "Mã,Tên,Điểm\r\n06322,Hữu Lễ,19\r\n", "x.csv", "wrongColumns"],
      ["a criterion column the set does not have", matrixCsv([]).replace("TC19", "TC25"), "x.csv", "wrongColumns"],
      ["header only", matrixCsv([]), "x.csv", "empty"],
      ["oversized", "a".repeat(5 * 1024 * 1024 + 10), "x.csv", "tooLarge"],
      ["too many rows", matrixCsv(Array.from({ length: 20_001 }, () => ({ code: "06322", cells: {} }))), "x.csv", "tooManyRows"],
      ["a workbook of another layout version", await workbook((wb) => {
        wb.addWorksheet("Tự đánh giá").addRow(HEADER);
        wb.addWorksheet("Thông tin").addRows([["Mục", "Giá trị"], ["Phiên bản định dạng", 99]]);
      }), "x.xlsx", "formatVersion"],
    ];
    for (const [name, bytes, fileName, code] of cases) {
      const up = await upload(bytes, fileName, "06322");
      expect(up.status, name).toBeGreaterThanOrEqual(400);
      expect(up.body, name).toMatchObject({ error: code === "tooLarge" ? "too_large" : "bad_request", code });
      expect(String(up.body.message), name).not.toMatch(/^imports\./);
    }
    const unknown = await upload(matrixCsv([]), "x.csv", "99999");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: "not_found", parameter: "unitCode", code: "unitUnknown" });
    expect(await snapshot()).toBe(before);
    await signedInAs(null);
    expect((await upload(matrixCsv([]), "x.csv", "06322")).status).toBe(401);
  });

  it("marks formula injection, unknown and out-of-scope communes and invalid statuses by row and column; apply refuses", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const csv = matrixCsv([
      { code: "06322", cells: { 1: "=HYPERLINK(\"http://x\",\"Đạt\")", 2: "@SUM(A1)", 3: "+Đạt", 4: "-1", 5: "Tốt", 6: "Đạt" } },
      { code: "99999", cells: { 1: "Đạt" } },
      { code: "06277", cells: { 1: "Chưa đạt" } },
      { code: "=1+1", cells: { 1: "Đạt" } },
    ]);
    const up = await upload(csv, "xau.csv", "06322");
    expect(up.status).toBe(201);
    const p = await pendingOf(up.body.id);
    const errors = p.plan.errors.map((e) => [e.row, e.column, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [2, "TC1", "formula"],
        [2, "TC2", "formula"],
        [2, "TC3", "formula"],
        [2, "TC4", "formula"],
        [2, "TC5", "statusInvalid"],
        [3, "Mã xã", "communeUnknown"],
        [4, "Mã xã", "communeOutOfScope"],
        [5, "Mã xã", "formula"],
      ]),
    );
    expect(await actions.applyImportAction(idle, idForm(up.body.id))).toMatchObject({ status: "forbidden" });
    // a formula cell in a workbook is refused even when its cached result is a valid status
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tự đánh giá");
    ws.addRow(HEADER);
    const row = ws.addRow(["06322", "Hữu Lễ", "", "", ""]);
    row.getCell(6).value = { formula: '"Đạt"', result: "Đạt" };
    const upX = await upload(new Uint8Array(await wb.xlsx.writeBuffer()), "cong-thuc.xlsx", "06322");
    const px = await pendingOf(upX.body.id);
    expect(px.plan.errors).toMatchObject([{ sheet: "Tự đánh giá", row: 2, column: "TC1", code: "formula" }]);
    expect(await snapshot()).toBe(before);
  });
});

describe("permissions per row", () => {
  it("a department inspector writes only the criteria it is in charge of; the others are row errors", async () => {
    await signedInAs("gtvt");
    const c2 = await statusOf("06322", 2, "verified");
    const c5 = await statusOf("06322", 5, "verified");
    const flip = (s: string | undefined) => (s === "met" ? "Chưa đạt" : "Đạt");
    const up = await upload(matrixCsv([{ code: "06322", cells: { 2: flip(c2?.status), 5: flip(c5?.status) } }]), "gtvt.csv", "184");
    const p = await pendingOf(up.body.id);
    expect(p.plan.statusChanges.map((c) => c.criterionNumber)).toEqual([2]);
    expect(p.plan.errors).toMatchObject([{ row: 2, column: "TC5", code: "forbidden" }]);
    expect(await actions.applyImportAction(idle, idForm(up.body.id))).toMatchObject({ status: "forbidden" });
  });

  it("the district writes the verified view of its communes; a commune official cannot import into the district page's other communes; a province officer cannot import", async () => {
    await signedInAs("vanquan");
    const c17 = await statusOf("06322", 17, "verified");
    const up = await upload(matrixCsv([{ code: "06322", cells: { 17: c17?.status === "met" ? "Gần đạt" : "Đạt" } }]), "huyen.csv", "184");
    expect(up.body).toMatchObject({ errors: 0, statusChanges: 1 });
    const applied = await actions.applyImportAction(idle, idForm(up.body.id));
    expect(applied).toMatchObject({ status: "applied" });
    await signedInAs("tuxuyen");
    const other = await upload(matrixCsv([{ code: "06322", cells: { 1: "Chưa đạt" } }]), "x.csv", "06277");
    expect((await pendingOf(other.body.id)).plan.errors).toMatchObject([{ code: "communeOutOfScope" }]);
    // another user's pending import is not found
    await signedInAs("huule");
    expect(await actions.applyImportAction(idle, idForm(other.body.id))).toEqual({ status: "notFound" });
    await signedInAs("vpdp");
    expect((await upload(matrixCsv([{ code: "06322", cells: { 1: "Đạt" } }]), "x.csv", "184")).body).toMatchObject({ code: "noImportRight" });
  });

  it("a commune official's self-assessment locked by an approved review: changes are row errors", async () => {
    await signedInAs("huule");
    const commune = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" }, select: { id: true } });
    const submission = await prisma.assessmentSubmission.create({
      data: { communeId: commune.id, status: "approved", submittedAt: new Date(), reviewedAt: new Date(), submittedById: currentViewer()!.userId },
    });
    try {
      const up = await upload(matrixCsv([{ code: "06322", cells: { 1: "Chưa đạt" } }]), "khoa.csv", "06322");
      expect((await pendingOf(up.body.id)).plan.errors).toMatchObject([{ row: 2, column: "TC1", code: "locked" }]);
    } finally {
      await prisma.assessmentSubmission.delete({ where: { id: submission.id } });
    }
  });

  it("discard writes nothing and the preview cannot be applied afterwards", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const up = await upload(matrixCsv([{ code: "06322", cells: { 1: "Chưa đạt" } }]), "huy.csv", "06322");
    expect(await actions.discardImportAction(idle, idForm(up.body.id))).toEqual({ status: "discarded" });
    expect(await actions.applyImportAction(idle, idForm(up.body.id))).toEqual({ status: "expired" });
    expect(await actions.applyImportAction(idle, idForm("../../etc/passwd"))).toEqual({ status: "notFound" });
    expect(await snapshot()).toBe(before);
  });
});

/** A valid ZIP holding one text file (not a workbook). */
async function zipWithout(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("a");
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  // Rename every "xl/workbook.xml" entry so the ZIP no longer is a workbook (same length).
  const text = Buffer.from(bytes);
  let at = text.indexOf("xl/workbook.xml");
  while (at >= 0) {
    text.write("xl/workbook.xmz", at);
    at = text.indexOf("xl/workbook.xml", at + 1);
  }
  return new Uint8Array(text);
}

describe("rows the apply writes in bulk (one INSERT for many rows)", () => {
  it("are rows like any other: dates equal to the apply's time, versions, history, the standing as of the import's day", async () => {
    await signedInAs("vanquan");
    const { scopeFor } = await import("@/lib/auth/scope");
    const commune = await import("@/lib/data/commune");
    const scope = scopeFor(currentViewer()!);
    // An Sơn is known only by a document total: every verified row is new.
    const cells = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, i < 12 ? "Đạt" : i < 15 ? "Gần đạt" : "Chưa đạt"]));
    const boolIndicator = await prisma.indicator.findFirstOrThrow({ where: { kind: "boolean", criterion: { set: { code: "QD1980-2016" } } }, select: { id: true, code: true } });
    const prepared = await data.prepareImport({ bytes: new TextEncoder().encode(matrixCsv([{ code: "06283", cells }])), fileName: "an-son.csv", unitCode: "184", viewer: currentViewer()!, scope });
    const values = await data.prepareImport({
      bytes: new TextEncoder().encode(`Mã xã,Mã chỉ tiêu,Giá trị,Mẫu số\r\n06283,${boolIndicator.code},Có,\r\n`),
      fileName: "an-son-chi-tieu.csv",
      unitCode: "184",
      viewer: currentViewer()!,
      scope,
    });
    if (!prepared.ok || !values.ok) throw new Error("not prepared");
    expect(prepared.pending.plan.errors).toEqual([]);
    expect(values.pending.plan.errors).toEqual([]);
    const now = new Date("2026-11-20T03:00:00.123Z");
    const actor = { userId: currentViewer()!.userId, displayName: currentViewer()!.displayName };
    const applied = await data.applyImportPlan({ plan: prepared.pending.plan, view: "verified", fileName: "an-son.csv", actor, now });
    expect(applied).toMatchObject({ ok: true, summary: { statusChanges: 19, historyRows: 19 } });
    expect(await data.applyImportPlan({ plan: values.pending.plan, view: "verified", fileName: "an-son-chi-tieu.csv", actor, now })).toMatchObject({ ok: true, summary: { valueChanges: 1 } });

    // Equality on the stored dates finds every row: they are stored exactly as the ORM stores them.
    const rows = await prisma.criterionAssessment.findMany({ where: { commune: { code: "06283" }, view: "verified", effectiveAt: now, updatedAt: now }, select: { status: true, version: true, assessedById: true, assessedByName: true } });
    expect(rows).toHaveLength(19);
    expect(rows.filter((r) => r.status === "met")).toHaveLength(12);
    expect(rows.every((r) => r.version === 1 && r.assessedById === actor.userId && r.assessedByName === actor.displayName)).toBe(true);
    const value = await prisma.indicatorAssessment.findFirstOrThrow({ where: { commune: { code: "06283" }, indicatorId: boolIndicator.id, view: "verified", effectiveAt: now, updatedAt: now } });
    expect(value).toMatchObject({ valueBool: true, valueNumber: null, version: 1 });
    const history = await prisma.assessmentHistory.findMany({ where: { commune: { code: "06283" }, view: "verified", effectiveAt: now, recordedAt: now }, orderBy: { id: "asc" } });
    expect(history).toHaveLength(20);
    expect(history.filter((h) => h.field === "status").every((h) => h.oldValue === null && h.indicatorId === null && h.reason!.includes("an-son.csv"))).toBe(true);
    expect(history.filter((h) => h.field === "value")).toMatchObject([{ indicatorId: boolIndicator.id, reason: expect.stringContaining("an-son-chi-tieu.csv") }]);

    // The commune page as of the day before shows no verified standing; as of the day, the imported one.
    const before = await commune.getCommuneDetail(scope, "06283", new Date("2026-11-19T16:59:59Z"), now);
    const after = await commune.getCommuneDetail(scope, "06283", new Date("2026-11-20T16:59:59Z"), now);
    expect(before!.standing.verified?.met ?? 0).toBe(0);
    expect(after!.standing.verified).toMatchObject({ met: 12, nearlyMet: 3, notMet: 4, total: 19 });

    // A second import of the same file changes nothing; a changed one updates the bulk-written rows.
    const again = await data.prepareImport({ bytes: new TextEncoder().encode(matrixCsv([{ code: "06283", cells: { ...cells, 19: "Đạt" } }])), fileName: "an-son-2.csv", unitCode: "184", viewer: currentViewer()!, scope });
    if (!again.ok) throw new Error("not prepared");
    expect(again.pending.plan.statusChanges).toMatchObject([{ criterionNumber: 19, from: "not_met", to: "met", version: 1 }]);
    expect(await data.applyImportPlan({ plan: again.pending.plan, view: "verified", fileName: "an-son-2.csv", actor })).toMatchObject({ ok: true });
    expect((await statusOf("06283", 19, "verified"))).toEqual({ status: "met", version: 2 });
  });
});

describe("a file of more communes than one query asks about (500)", () => {
  it("1 200 new communes × 19 criteria: checked and applied whole, every row and history row written once", async () => {
    await signedInAs("vanquan");
    const { scopeFor } = await import("@/lib/auth/scope");
    const district = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
    // Synthetic communes (test data only), created for this test in its temporary database.
    const codes = Array.from({ length: 1200 }, (_, i) => String(90000 + i));
    await prisma.adminUnit.createMany({ data: codes.map((code) => ({ code, kind: "commune", name: `Xã thử ${code}`, searchName: `xa thu ${code}`, parentId: district.id })) });
    await prisma.documentFigure.createMany({
      data: await (async () => {
        // One stated total per commune, as the demo communes have: it names the criteria set.
        const sample = await prisma.documentFigure.findFirstOrThrow({ where: { unit: { code: "06283" } } });
        const ids = await prisma.adminUnit.findMany({ where: { name: { startsWith: "Xã thử " } }, select: { id: true } });
        const { id: _id, ...rest } = sample;
        return ids.map((u) => ({ ...rest, unitId: u.id }));
      })(),
    });
    const labels = ["Đạt", "Gần đạt", "Chưa đạt"];
    const csv = matrixCsv(codes.map((code, k) => ({ code, cells: Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, labels[(k + i) % 3]!])) })));
    const prepared = await data.prepareImport({ bytes: new TextEncoder().encode(csv), fileName: "nhieu-xa.csv", unitCode: "184", viewer: currentViewer()!, scope: scopeFor(currentViewer()!) });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
    expect(prepared.pending.plan.errors).toEqual([]);
    expect(prepared.pending.plan.statusChanges).toHaveLength(1200 * 19);
    const historyBefore = await prisma.assessmentHistory.count();
    const progress: number[] = [];
    const applied = await data.applyImportPlan({
      plan: prepared.pending.plan,
      view: "verified",
      fileName: "nhieu-xa.csv",
      actor: { userId: currentViewer()!.userId, displayName: currentViewer()!.displayName },
      onProgress: (written) => progress.push(written),
    });
    expect(applied).toMatchObject({ ok: true, summary: { statusChanges: 22_800, historyRows: 22_800, communes: 1200 } });
    // (by name: a list of 1 200 codes is over the 999 values Prisma's SQLite compiler allows in one query)
    const synthetic = { name: { startsWith: "Xã thử " } };
    expect(await prisma.criterionAssessment.count({ where: { commune: synthetic, view: "verified" } })).toBe(22_800);
    expect(await prisma.criterionAssessment.count({ where: { commune: synthetic, view: "verified", status: "met" } })).toBe(7600);
    expect(await prisma.assessmentHistory.count()).toBe(historyBefore + 22_800);
    expect(progress.at(-1)).toBe(2 * 22_800);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The same file again: nothing left to change.
    const again = await data.prepareImport({ bytes: new TextEncoder().encode(csv), fileName: "nhieu-xa.csv", unitCode: "184", viewer: currentViewer()!, scope: scopeFor(currentViewer()!) });
    if (!again.ok) throw new Error("not prepared");
    expect(again.pending.plan.statusChanges).toHaveLength(0);
  });
});
