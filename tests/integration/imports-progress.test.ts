import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeFor } from "@/lib/auth/scope";
import { currentViewer, formData, idle, signedInAs } from "./signed-in";
import { createSeededDatabase } from "./test-db";

// The progress of applying an import (GET /api/v1/imports/{id}/progress and the progress file the
// apply action records): only the import's owner sees it; it says "applying" while the
// transaction runs and "applied" only once the pending import says so — a failed apply, or a
// progress file claiming the end, never looks applied.

vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/i18n/server", () => import("./mocks").then((m) => m.viI18nMock()));
// Each bulk INSERT of the apply waits 40 ms first, so that an apply of a few thousand changes lasts
// long enough (about a second) for the progress recorder, which writes at most every 250 ms, to
// be seen between 0 and the total however fast or loaded the machine is. The writes are real.
vi.mock("@/lib/data/bulk-insert", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/bulk-insert")>();
  const slowly: typeof real.insertRows = (tx, ...rest) =>
    real.insertRows({ $executeRaw: async (q) => (await new Promise((r) => setTimeout(r, 40)), tx.$executeRaw(q)) }, ...rest);
  return { ...real, insertRows: slowly };
});

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let prisma: typeof import("@/lib/db").prisma;
let uploadRoute: typeof import("@/app/api/v1/imports/route");
let progressRoute: typeof import("@/app/api/v1/imports/[id]/progress/route");
let actions: typeof import("@/lib/actions/import");
let statusActions: typeof import("@/lib/actions/assessment");
let data: typeof import("@/lib/data/imports");
let uploads: string;

beforeAll(async () => {
  db = await createSeededDatabase();
  uploads = path.join(db.dir, "uploads");
  process.env.UPLOAD_DIR = uploads;
  ({ prisma } = await import("@/lib/db"));
  uploadRoute = await import("@/app/api/v1/imports/route");
  progressRoute = await import("@/app/api/v1/imports/[id]/progress/route");
  actions = await import("@/lib/actions/import");
  statusActions = await import("@/lib/actions/assessment");
  data = await import("@/lib/data/imports");
});
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

const HEADER = ["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu", ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
function matrixCsv(rows: { code: string; cells: Partial<Record<number, string>> }[]): string {
  return "\uFEFF" + [HEADER, ...rows.map((r) => [r.code, "", "", "", "", ...Array.from({ length: 19 }, (_, i) => r.cells[i + 1] ?? "")])].map((r) => r.join(",")).join("\r\n") + "\r\n";
}

async function upload(text: string, fileName: string, unitCode: string): Promise<string> {
  const form = new FormData();
  form.set("unitCode", unitCode);
  form.set("file", new File([new TextEncoder().encode(text)], fileName));
  const res = await uploadRoute.POST(new NextRequest("http://localhost/api/v1/imports", { method: "POST", body: form }));
  const body = (await res.json()) as { id: string; errors: number };
  expect(res.status).toBe(201);
  expect(body.errors).toBe(0);
  return body.id;
}

async function progress(id: string) {
  const res = await progressRoute.GET(new NextRequest(`http://localhost/api/v1/imports/${id}/progress`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function idForm(id: string) {
  const f = new FormData();
  f.set("id", id);
  return f;
}

const LABELS = ["Đạt", "Gần đạt", "Chưa đạt", "Chưa đánh giá"];
const STATUS_LABEL = { met: "Đạt", nearly_met: "Gần đạt", not_met: "Chưa đạt", not_assessed: "Chưa đánh giá" } as const;

/** Test communes in Văn Quan (codes 81000…), so that an apply has thousands of changes. */
async function addCommunes(count: number, from: number): Promise<string[]> {
  const district = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
  const codes = Array.from({ length: count }, (_, i) => String(from + i));
  await prisma.adminUnit.createMany({ data: codes.map((code) => ({ code, kind: "commune", name: `Xã thử ${code}`, searchName: `xa thu ${code}`, parentId: district.id })) });
  return codes;
}

describe("GET /api/v1/imports/{id}/progress", () => {
  it("answers the owner {state: pending, done: 0, total}; 404 for another user, an unknown or malformed id; 401 signed out", async () => {
    await signedInAs("tuxuyen");
    const id = await upload(matrixCsv([{ code: "06277", cells: { 1: "Chưa đánh giá", 2: "Chưa đánh giá" } }]), "tu-xuyen.csv", "06277");
    const own = await progress(id);
    expect(own.status).toBe(200);
    const total = Number(own.body.total);
    expect(own.body).toEqual({ state: "pending", done: 0, total });
    expect(total).toBeGreaterThanOrEqual(0);

    for (const other of ["huule", "vanquan", "vpdp", "admin"]) {
      await signedInAs(other);
      const res = await progress(id);
      expect(res.status, other).toBe(404);
      expect(res.body.error).toBe("not_found");
    }
    await signedInAs("tuxuyen");
    expect((await progress("0".repeat(32))).status).toBe(404);
    expect((await progress("not-an-id")).status).toBe(404);
    expect((await progress("../../etc/passwd")).status).toBe(404);
    await signedInAs(null);
    expect((await progress(id)).status).toBe(401);
  });

  it("says applying (with the changes written) while the apply runs, applied with done = total once it committed, and removes the progress file", async () => {
    const codes = await addCommunes(300, 81000);
    await signedInAs("vanquan");
    // Hữu Lễ's empty row lets the CSV find its criteria set from the history (as the kill test does).
    const id = await upload(matrixCsv([{ code: "06322", cells: {} }, ...codes.map((code, k) => ({ code, cells: Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, LABELS[(k + i) % 3]!])) }))]), "lon.csv", "184");
    const total = 300 * 19;
    expect((await progress(id)).body).toEqual({ state: "pending", done: 0, total });

    const seen: { state: string; done: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const p = await progress(id);
        expect(p.status).toBe(200);
        seen.push({ state: String(p.body.state), done: Number(p.body.done) });
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const result = await actions.applyImportAction(idle, idForm(id));
    polling = false;
    await poller;
    expect(result).toMatchObject({ status: "applied", summary: { statusChanges: total } });

    // Only these states, "applied" only after the commit, and the count never goes back.
    expect(seen.every((s) => ["pending", "applying", "applied"].includes(s.state))).toBe(true);
    const applying = seen.filter((s) => s.state === "applying");
    expect(applying.length).toBeGreaterThan(0);
    expect(applying.some((s) => s.done > 0 && s.done < total)).toBe(true);
    for (let i = 1; i < applying.length; i++) expect(applying[i]!.done).toBeGreaterThanOrEqual(applying[i - 1]!.done);
    const firstApplied = seen.findIndex((s) => s.state === "applied");
    if (firstApplied >= 0) expect(seen.slice(firstApplied).every((s) => s.state === "applied")).toBe(true);

    expect((await progress(id)).body).toEqual({ state: "applied", done: total, total });
    expect((await readdir(path.join(uploads, "imports"))).filter((n) => n.startsWith(id) && n !== `${id}.json`)).toEqual([]);
  }, 120_000);

  it("a stale apply ends as failed with done 0, never applied; the import stays pending", async () => {
    await signedInAs("tuxuyen");
    const statuses = await prisma.criterionAssessment.findMany({ where: { commune: { code: "06277" }, view: "self", criterion: { set: { code: "QD1980-2016" } } }, select: { status: true, version: true, criterion: { select: { number: true } } } });
    const of = (n: number) => statuses.find((s) => s.criterion.number === n);
    const cells = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [i + 1, STATUS_LABEL[(of(i + 1)?.status ?? "not_assessed") as keyof typeof STATUS_LABEL]]));
    const next = of(6)?.status === "nearly_met" ? "Đạt" : "Gần đạt";
    const id = await upload(matrixCsv([{ code: "06277", cells: { ...cells, 6: next } }]), "tu-xuyen-6.csv", "06277");
    const edit = new FormData();
    Object.entries({ communeCode: "06277", criterionNumber: "3", status: of(3)?.status === "met" ? "not_met" : "met", note: "Sửa trên trang", version: String(of(3)?.version ?? 0) }).forEach(([k, v]) => edit.set(k, v));
    expect(await statusActions.saveSelfStatusAction({ status: "idle" }, edit)).toMatchObject({ status: "saved" });

    const result = await actions.applyImportAction(idle, idForm(id));
    expect(result.status).toBe("stale");
    const after = await progress(id);
    expect(after.body).toEqual({ state: "failed", done: 0, total: 1 });
    expect((await data.getPendingImport(currentViewer()!.userId, id))?.status).toBe("pending");
  });

  it("a progress file never makes an import look applied: a forged 'applied' or a finished count is still applying, a forgotten one (the process died) is pending, another user's is ignored", async () => {
    await signedInAs("huule");
    const id = await upload(matrixCsv([{ code: "06322", cells: { 2: "Chưa đánh giá", 4: "Chưa đánh giá" } }]), "huu-le.csv", "06322");
    const pending = (await data.getPendingImport(currentViewer()!.userId, id))!;
    const total = data.changeCount(pending.plan);
    expect(total).toBeGreaterThan(0);
    const file = path.join(uploads, "imports", `${id}.progress.json`);
    const put = (r: Record<string, unknown>) => writeFile(file, JSON.stringify({ id, userId: pending.userId, total, updatedAt: new Date().toISOString(), ...r }));

    await put({ state: "applied", done: total });
    expect((await progress(id)).body).toEqual({ state: "pending", done: 0, total });
    await put({ state: "applying", done: total });
    expect((await progress(id)).body).toEqual({ state: "applying", done: total, total });
    await put({ state: "applying", done: total * 10 });
    expect((await progress(id)).body).toEqual({ state: "applying", done: total, total });
    await put({ state: "applying", done: 1, updatedAt: new Date(Date.now() - data.PROGRESS_STALE_MS - 1000).toISOString() });
    expect((await progress(id)).body).toEqual({ state: "pending", done: 0, total });
    await put({ state: "applying", done: 1, userId: pending.userId + 1 });
    expect((await progress(id)).body).toEqual({ state: "pending", done: 0, total });
    await put({ state: "failed", done: total });
    expect((await progress(id)).body).toEqual({ state: "failed", done: 0, total });
    await writeFile(file, "{ not json");
    expect((await progress(id)).body).toEqual({ state: "pending", done: 0, total });
  });

  it("the recorder writes at most every 250 ms, in order, counts changes (not rows), and a failure resets the count", async () => {
    await signedInAs("huule");
    const id = await upload(matrixCsv([{ code: "06322", cells: { 5: "Chưa đánh giá", 8: "Chưa đánh giá" } }]), "huu-le-2.csv", "06322");
    const pending = (await data.getPendingImport(currentViewer()!.userId, id))!;
    const total = data.changeCount(pending.plan);
    let clock = 1_000_000;
    const recorder = data.importProgressRecorder(pending, () => clock);
    const nowMs = () => clock;
    await recorder.start();
    expect(await data.getImportProgress(scopeOf(), id, nowMs())).toEqual({ state: "applying", done: 0, total });
    clock += 100;
    recorder.onProgress(total, total * 2); // half the rows: too soon to write
    await recorder.flushed();
    expect(await data.getImportProgress(scopeOf(), id, nowMs())).toEqual({ state: "applying", done: 0, total });
    clock += 200;
    recorder.onProgress(total, total * 2);
    await recorder.flushed();
    expect(await data.getImportProgress(scopeOf(), id, nowMs())).toEqual({ state: "applying", done: Math.floor(total / 2), total });
    await recorder.failed();
    expect(await data.getImportProgress(scopeOf(), id, nowMs())).toEqual({ state: "failed", done: 0, total });
    expect((await data.getPendingImport(currentViewer()!.userId, id))?.status).toBe("pending");
  });
});

function scopeOf() {
  return scopeFor(currentViewer()!);
}

describe("grouped updates of indicator values", () => {
  it("updates existing values of many communes (same new value, same version → one conditional updateMany per group) with one history row each", async () => {
    const codes = await addCommunes(40, 82000);
    await signedInAs("vanquan");
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { kind: "percent_min", criterion: { set: { code: "QD1980-2016" } } }, select: { id: true, code: true } });
    const csv = (value: (k: number) => number) => ["Mã xã,Mã chỉ tiêu,Giá trị,Mẫu số", `06322,${indicator.code},1,8`, ...codes.map((c, k) => `${c},${indicator.code},${value(k)},8`)].join("\r\n");
    // First import creates the rows (version 1), the second updates them in two groups (2/8, 5/8).
    expect(await actions.applyImportAction(idle, idForm(await upload(csv(() => 1), "v1.csv", "184")))).toMatchObject({ status: "applied" });
    const id = await upload(csv((k) => (k % 2 ? 2 : 5)), "v2.csv", "184");
    const p = (await data.getPendingImport(currentViewer()!.userId, id))!;
    expect(p.plan.valueChanges.length).toBe(40); // Hữu Lễ's row keeps its value
    expect(await actions.applyImportAction(idle, idForm(id))).toMatchObject({ status: "applied", summary: { valueChanges: 40, historyRows: 40 } });
    const rows = await prisma.indicatorAssessment.findMany({ where: { commune: { code: { in: codes } }, indicatorId: indicator.id, view: "verified" }, select: { valueNumber: true, denominator: true, version: true, commune: { select: { code: true } } } });
    expect(rows).toHaveLength(40);
    for (const r of rows) expect(r, r.commune.code).toMatchObject({ valueNumber: (Number(r.commune.code) - 82000) % 2 ? 2 : 5, denominator: 8, version: 2 });
    expect(await prisma.assessmentHistory.count({ where: { indicatorId: indicator.id, reason: { contains: "v2.csv" } } })).toBe(40);
  });
});
