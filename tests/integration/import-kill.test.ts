import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSeededDatabase } from "./test-db";

// A process killed (SIGKILL) in the middle of applying a large import leaves the database exactly
// as it was: the apply is one transaction, and SQLite rolls the interrupted one back.

const root = path.resolve(import.meta.dirname, "..", "..");
let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let prisma: typeof import("@/lib/db").prisma;

beforeAll(async () => {
  db = await createSeededDatabase();
  process.env.UPLOAD_DIR = path.join(db.dir, "uploads");
  ({ prisma } = await import("@/lib/db"));
});
afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

/** Row counts and a hash of every row an import writes. */
async function fingerprint() {
  const [criteria, indicators, history] = await Promise.all([
    prisma.criterionAssessment.findMany({ orderBy: { id: "asc" } }),
    prisma.indicatorAssessment.findMany({ orderBy: { id: "asc" } }),
    prisma.assessmentHistory.findMany({ orderBy: { id: "asc" } }),
  ]);
  const hash = createHash("sha256").update(JSON.stringify([criteria, indicators, history])).digest("hex");
  return { criteria: criteria.length, indicators: indicators.length, history: history.length, hash };
}

it("SIGKILL in the middle of the apply transaction leaves the database as before; the import then applies whole", async () => {
  const ROWS = 600;
  const district = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
  const codes = Array.from({ length: ROWS }, (_, i) => String(80000 + i));
  await prisma.adminUnit.createMany({ data: codes.map((code) => ({ code, kind: "commune", name: `Xã thử ${code}`, searchName: `xa thu ${code}`, parentId: district.id })) });
  const { getViewerFacts } = await import("@/lib/data/auth");
  const { scopeFor } = await import("@/lib/auth/scope");
  const { prepareImport, getPendingImport, applyImportPlan } = await import("@/lib/data/imports");
  const user = await prisma.user.findUniqueOrThrow({ where: { username: "vanquan" }, select: { id: true } });
  const viewer = (await getViewerFacts(user.id))!;
  const header = ["Mã xã", ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
  const labels = ["Đạt", "Gần đạt", "Chưa đạt"];
  // A CSV names no criteria set: the history of the communes it names says which (Hữu Lễ's row,
  // left empty, changes nothing).
  const rows = [header, ["06322", ...Array.from({ length: 19 }, () => "")], ...codes.map((c, k) => [c, ...Array.from({ length: 19 }, (_, i) => labels[(k + i) % 3]!)])];
  const csv = rows.map((r) => r.join(",")).join("\n");
  const prepared = await prepareImport({ bytes: new TextEncoder().encode(csv), fileName: "lon.csv", unitCode: "184", viewer, scope: scopeFor(viewer) });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
  expect(prepared.pending.plan.errors).toEqual([]);
  expect(prepared.pending.plan.statusChanges.length).toBe(ROWS * 19);

  const before = await fingerprint();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/support/import-apply-child.ts", String(viewer.userId), prepared.pending.id], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, UPLOAD_DIR: process.env.UPLOAD_DIR },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const killedAt = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += String(d);
      const m = [...out.matchAll(/progress (\d+) (\d+)\n/g)].at(-1);
      // Well inside the transaction: thousands of rows written, far from the end.
      if (m && Number(m[1]) >= 3000 && !child.killed) {
        child.kill("SIGKILL");
        resolve(Number(m[1]));
      }
      if (out.includes("done")) reject(new Error("the apply finished before it could be killed"));
    });
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? undefined : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
  await new Promise((r) => child.on("exit", r));
  expect(killedAt).toBeGreaterThanOrEqual(3000);
  expect(killedAt).toBeLessThan(ROWS * 19 * 2);

  // A fresh connection sees exactly the database from before.
  await prisma.$disconnect();
  expect(await fingerprint()).toEqual(before);

  // The pending import is intact and applies whole afterwards.
  const pending = (await getPendingImport(viewer.userId, prepared.pending.id))!;
  expect(pending.status).toBe("pending");
  const applied = await applyImportPlan({ plan: pending.plan, view: pending.view, fileName: pending.fileName, actor: { userId: viewer.userId, displayName: viewer.displayName } });
  expect(applied).toMatchObject({ ok: true, summary: { statusChanges: ROWS * 19, historyRows: ROWS * 19 } });
  const after = await fingerprint();
  expect(after.criteria).toBe(before.criteria + ROWS * 19);
  expect(after.history).toBe(before.history + ROWS * 19);
}, 180_000);
