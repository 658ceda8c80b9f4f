// Benchmark of the import: 10 000 commune rows (× 19 criteria) of a district, as XLSX and as CSV,
// plus 10 000 rows of indicator values (the XLSX names its criteria set; the CSV files then find
// it from the history the XLSX import wrote), read → checked → applied in one transaction, against a
// fresh migrated and seeded SQLite database in a temporary folder (nothing else is touched).
//
//   node --expose-gc --conditions=react-server --import tsx scripts/bench-import.ts [rows]
//
// Prints the time of each phase and the peak memory (RSS and heap) of the process during the
// upload (read + check + keep) and during the apply.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const ROWS = Number(process.argv[2] ?? 10_000);
const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "ntm-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;
process.env.UPLOAD_DIR = path.join(dir, "uploads");

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 10);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;

async function main() {
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
  const { seed } = await import("@/prisma/seed");
  await seed(url, { demo: true, log: () => {} });
  const { prisma } = await import("@/lib/db");
  const { getViewerFacts } = await import("@/lib/data/auth");
  const { scopeFor } = await import("@/lib/auth/scope");
  const { prepareImport, applyImportPlan } = await import("@/lib/data/imports");
  const { readImportFile } = await import("@/lib/import/read");

  // 10 000 communes in Văn Quan (codes 80000…), written by the district officer (verified view).
  const district = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
  const codes = Array.from({ length: ROWS }, (_, i) => String(80000 + i));
  for (let i = 0; i < codes.length; i += 1000)
    await prisma.adminUnit.createMany({ data: codes.slice(i, i + 1000).map((code) => ({ code, kind: "commune", name: `Xã thử ${code}`, searchName: `xa thu ${code}`, parentId: district.id })) });
  const user = await prisma.user.findUniqueOrThrow({ where: { username: "vanquan" }, select: { id: true } });
  const viewer = (await getViewerFacts(user.id))!;
  const scope = scopeFor(viewer);
  const labels = ["Đạt", "Gần đạt", "Chưa đạt", "Chưa đánh giá"];
  const header = ["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu", ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
  const rowOf = (code: string, k: number) => [code, `Xã thử ${code}`, "Văn Quan", "", "", ...Array.from({ length: 19 }, (_, i) => labels[(k + i) % 4]!)];

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Thẩm định");
  ws.addRow(header);
  codes.forEach((c, k) => ws.addRow(rowOf(c, k)));
  wb.addWorksheet("Thông tin").addRows([["Mục", "Giá trị"], ["Phiên bản định dạng", 1], ["Mã bộ tiêu chí", "QD1980-2016"]]);
  const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
  ws.destroy?.();
  // The CSV moves every status one step on: each cell that the XLSX wrote changes again (updates).
  const csv = new TextEncoder().encode("\uFEFF" + [header, ...codes.map((c, k) => rowOf(c, k + 1))].map((r) => r.join(",")).join("\r\n"));
  const indicator = await prisma.indicator.findFirstOrThrow({ where: { kind: "percent_min", criterion: { set: { code: "QD1980-2016" } } }, select: { code: true } });
  const indicatorCsv = new TextEncoder().encode(["Mã xã,Mã chỉ tiêu,Giá trị,Mẫu số", ...codes.map((c, k) => `${c},${indicator.code},${k % 8},8`)].join("\r\n"));

  const results: string[][] = [];
  for (const [name, bytes, fileName] of [
    ["XLSX matrix", xlsx, "bench.xlsx"],
    ["CSV matrix", csv, "bench.csv"],
    ["CSV indicators", indicatorCsv, "bench-indicators.csv"],
  ] as const) {
    global.gc?.();
    peakRss = 0;
    peakHeap = 0;
    sample();
    const tRead = performance.now();
    const read = await readImportFile(bytes);
    const parseOnly = performance.now() - tRead;
    if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problem)}`);
    const t0 = performance.now();
    const prepared = await prepareImport({ bytes, fileName, unitCode: "184", viewer, scope });
    const prepareMs = performance.now() - t0;
    if (!prepared.ok) throw new Error(`${name}: ${JSON.stringify(prepared.problem)}`);
    const { plan } = prepared.pending;
    if (plan.errors.length) throw new Error(`${name}: ${plan.errors.length} errors, first ${JSON.stringify(plan.errors[0])}`);
    const checkPeak = { rss: peakRss, heap: peakHeap };
    peakRss = 0;
    peakHeap = 0;
    const t1 = performance.now();
    const applied = await applyImportPlan({ plan, view: "verified", fileName, actor: { userId: viewer.userId, displayName: viewer.displayName } });
    const applyMs = performance.now() - t1;
    if (!applied.ok) throw new Error(`${name}: stale`);
    sample();
    results.push([
      name,
      `${(bytes.length / 1024).toFixed(0)} KB`,
      String(ROWS),
      String(plan.statusChanges.length + plan.valueChanges.length),
      ms(parseOnly),
      ms(prepared.timings.checkMs),
      ms(prepareMs),
      ms(applyMs),
      String(applied.summary.historyRows),
      `${mb(checkPeak.rss)} / ${mb(checkPeak.heap)}`,
      `${mb(peakRss)} / ${mb(peakHeap)}`,
    ]);
    // The same file again: everything unchanged (the re-import path).
    const again = await prepareImport({ bytes, fileName, unitCode: "184", viewer, scope });
    if (!again.ok || again.pending.plan.statusChanges.length + again.pending.plan.valueChanges.length !== 0) throw new Error(`${name}: re-import changed something`);
  }
  clearInterval(sampler);
  sample();
  const head = ["file", "size", "rows", "changes", "parse", "check", "upload total", "apply", "history rows", "peak RSS/heap upload", "peak RSS/heap apply"];
  console.log(`Import benchmark: ${ROWS} rows, SQLite, Node ${process.version}`);
  console.log([head, ...results].map((r) => r.map((c, i) => c.padEnd(i === 0 ? 16 : i >= 9 ? 22 : 13)).join("")).join("\n"));
  await prisma.$disconnect();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  });
