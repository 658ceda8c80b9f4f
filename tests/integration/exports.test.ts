import ExcelJS from "exceljs";
import Papa from "papaparse";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSeededDatabase } from "./test-db";

// Exports through their route handlers, against the seeded demo database: the viewer comes from a
// mocked session (as a signed-in demo account would), everything else is real.

let viewer: unknown = null;
vi.mock("@/lib/auth/session", () => ({ getApiViewer: async () => viewer }));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
type UnitsRoute = typeof import("@/app/api/v1/units/[code]/export/route");
type RecsRoute = typeof import("@/app/api/v1/recommendations/export/route");
let unitsRoute: UnitsRoute;
let recsRoute: RecsRoute;
let prisma: typeof import("@/lib/db").prisma;

async function signInAs(username: string) {
  const { getViewerFacts } = await import("@/lib/data/auth");
  const u = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  viewer = await getViewerFacts(u.id);
}

async function unitExport(code: string, query: string) {
  const req = new NextRequest(`http://localhost/api/v1/units/${code}/export?${query}`);
  return unitsRoute.GET(req, { params: Promise.resolve({ code }) });
}

async function registerExport(query: string) {
  const req = new NextRequest(`http://localhost/api/v1/recommendations/export?${query}`);
  return recsRoute.GET(req, {});
}

async function workbookOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? "" : typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : String(v));

function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) cells.push(text(row.getCell(i).value));
    out.push(cells);
  });
  return out;
}

beforeAll(async () => {
  db = await createSeededDatabase();
  ({ prisma } = await import("@/lib/db"));
  unitsRoute = await import("@/app/api/v1/units/[code]/export/route");
  recsRoute = await import("@/app/api/v1/recommendations/export/route");
});

afterAll(async () => {
  await prisma.$disconnect();
  db.cleanup();
});

describe("matrix export", () => {
  it("the XLSX parsed back equals the area standing, in both views", async () => {
    await signInAs("vpdp");
    const res = await unitExport("184", "kind=matrix&format=xlsx&asOf=2020-05-20");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="ntm-ma-tran-184-2020-05-20.xlsx"');
    const wb = await workbookOf(res);
    const { MATRIX_SHEETS, META_SHEET, STATUS_LABELS, readMatrixHeader, parseStatusCell, MATRIX_META_LABELS, MATRIX_FORMAT_VERSION } = await import("@/lib/export/matrix-format");
    expect(wb.worksheets.map((w) => w.name)).toEqual([MATRIX_SHEETS.self, MATRIX_SHEETS.verified, META_SHEET]);

    const { getAreaStanding } = await import("@/lib/data/standing");
    const { systemScope } = await import("@/lib/auth/scope");
    const { endOfVietnamDay } = await import("@/lib/domain/as-of");
    const area = await getAreaStanding(systemScope(), "184", endOfVietnamDay({ year: 2020, month: 5, day: 20 }));
    if (!area) throw new Error("no area");
    const numbers = area.criteria.map((c) => c.number);
    expect(numbers).toHaveLength(19);

    for (const view of ["self", "verified"] as const) {
      const ws = wb.getWorksheet(MATRIX_SHEETS[view]);
      if (!ws) throw new Error("missing sheet");
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const rows = rowsOf(ws);
      const header = readMatrixHeader(rows[0] ?? [], numbers);
      if (!header.ok) throw new Error(JSON.stringify(header.problems));
      const body = rows.slice(1);
      expect(body).toHaveLength(16);
      expect(body).toHaveLength(area.communes.length);
      for (const c of area.communes) {
        const row = body.find((r) => r[header.layout.codeColumn] === c.unitCode);
        expect(row, c.unitCode).toBeDefined();
        if (!row) continue;
        expect(row[header.layout.nameColumn ?? 1]).toBe(c.unitName);
        const statuses = c.statuses[view];
        for (const n of numbers) {
          const cell = parseStatusCell(row[header.layout.criterionColumns.get(n) ?? -1]);
          if (Object.keys(statuses).length === 0) expect(cell).toEqual({ kind: "empty" });
          else expect(cell).toEqual({ kind: "status", status: statuses[n] ?? "not_assessed" });
        }
        if (c.basis === "document" && Object.keys(statuses).length === 0) expect(row[3]).toBe(String(c.criteriaMet));
      }
      // Colour and text together.
      const huuLe = body.findIndex((r) => r[0] === "06322");
      const cell = ws.getRow(huuLe + 2).getCell(header.layout.criterionColumns.get(1)! + 1);
      expect([STATUS_LABELS.met, STATUS_LABELS.nearly_met, STATUS_LABELS.not_met]).toContain(text(cell.value));
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    }
    // Hữu Lễ: self 19/19, verified 16/19; document-only communes carry the total and no cells.
    const verified = rowsOf(wb.getWorksheet(MATRIX_SHEETS.verified)!);
    expect(verified.find((r) => r[0] === "06322")?.[3]).toBe("16");
    expect(rowsOf(wb.getWorksheet(MATRIX_SHEETS.self)!).find((r) => r[0] === "06322")?.[3]).toBe("19");
    const meta = rowsOf(wb.getWorksheet(META_SHEET)!);
    expect(meta.find((r) => r[0] === MATRIX_META_LABELS.version)?.[1]).toBe(String(MATRIX_FORMAT_VERSION));
    expect(meta.find((r) => r[0] === MATRIX_META_LABELS.asOf)?.[1]).toBe("20/05/2020");
    expect(meta.find((r) => r[0] === MATRIX_META_LABELS.unitCode)?.[1]).toBe("184");
    expect(meta.find((r) => r[0] === MATRIX_META_LABELS.setCode)?.[1]).toBe("QD1980-2016");
    expect(meta.find((r) => r[0] === MATRIX_META_LABELS.generatedBy)?.[1]).toContain("vpdp");
  });

  it("CSV: BOM first, one view, the same rows", async () => {
    await signInAs("vanquan");
    const res = await unitExport("184", "kind=matrix&format=csv&view=self&asOf=2020-05-20");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("ntm-ma-tran-tu-danh-gia-184-2020-05-20.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes.slice(3)), { skipEmptyLines: true });
    expect(parsed.data[0]?.slice(0, 2)).toEqual(["Mã xã", "Tên xã"]);
    expect(parsed.data).toHaveLength(17);
    const huuLe = parsed.data.find((r) => r[0] === "06322");
    expect(huuLe?.slice(5).every((c) => c === "Đạt")).toBe(true);
  });

  it("honours the as-of date: a later change is not in the export for the earlier date", async () => {
    await signInAs("vpdp");
    const huuLe = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" }, select: { id: true } });
    const c1 = await prisma.criterion.findFirstOrThrow({ where: { number: 1, set: { code: "QD1980-2016" } }, select: { id: true } });
    await prisma.assessmentHistory.create({
      data: { communeId: huuLe.id, criterionId: c1.id, view: "verified", field: "status", oldValue: "met", newValue: "not_met", effectiveAt: new Date("2021-03-01T03:00:00Z"), actorName: "test" },
    });
    const cellOn = async (asOf: string) => {
      const wb = await workbookOf(await unitExport("184", `kind=matrix&format=xlsx&asOf=${asOf}`));
      const rows = rowsOf(wb.getWorksheet("Thẩm định")!);
      const col = rows[0]!.indexOf("TC1");
      return rows.find((r) => r[0] === "06322")?.[col];
    };
    expect(await cellOn("2020-05-20")).toBe("Đạt");
    expect(await cellOn("2021-02-28")).toBe("Đạt");
    expect(await cellOn("2021-03-01")).toBe("Chưa đạt");
    // Before any history: no cells at all.
    const wb = await workbookOf(await unitExport("184", "kind=matrix&format=xlsx&asOf=2019-01-01"));
    const before = rowsOf(wb.getWorksheet("Thẩm định")!);
    expect(before.find((r) => r[0] === "06322")?.slice(5).every((c) => c === "")).toBe(true);
  });
});

describe("summary and gaps", () => {
  it("summary: key figures, distribution and the documents' figures with their result", async () => {
    await signInAs("vpdp");
    const res = await unitExport("184", "kind=summary&format=xlsx&asOf=2020-05-20");
    expect(res.status).toBe(200);
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Phân bố", "Đối chiếu văn bản", "Thông tin"]);
    const key = rowsOf(wb.getWorksheet("Tổng hợp")!);
    expect(key.find((r) => r[0] === "Số xã")?.[1]).toBe("16");
    const avg = key.find((r) => r[0]?.startsWith("Bình quân tiêu chí/xã (tính"));
    expect(avg?.[2]).toMatch(/^Hỗn hợp: tính trên 16\/16 xã/);
    const checks = rowsOf(wb.getWorksheet("Đối chiếu văn bản")!);
    expect(checks.length).toBeGreaterThan(1);
    expect(checks.slice(1).every((r) => ["Khớp", "Không khớp", "Không kiểm tra được"].includes(r[6] ?? ""))).toBe(true);
    // the report's average: stated 10,9, computed 11,0, difference 0,1 without floating-point noise
    const average = checks.find((r) => r[2]?.startsWith("Bình quân") && r[3] === "10.9");
    expect(average?.slice(3, 6)).toEqual(["10.9", "11", "0.1"]);
    const dist = rowsOf(wb.getWorksheet("Phân bố")!);
    expect(dist.slice(1).reduce((s, r) => s + Number(r[1]), 0)).toBe(16);

    const csv = await unitExport("20", "kind=summary&format=csv&asOf=2020-05-20");
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Theo huyện");
  });

  it("gaps: one row per gap criterion and open recommendation, commune only", async () => {
    await signInAs("tuxuyen");
    const res = await unitExport("06277", "kind=gaps&format=xlsx&asOf=2020-05-20");
    expect(res.status).toBe(200);
    const wb = await workbookOf(res);
    const rows = rowsOf(wb.getWorksheet("Danh sách còn thiếu")!);
    expect(rows[0]?.slice(0, 3)).toEqual(["TC", "Tiêu chí", "Trạng thái"]);
    const criteria = new Set(rows.slice(1).filter((r) => r[2] !== "").map((r) => r[0]));
    expect(criteria.size).toBe(9); // Tú Xuyên: 9 criteria not met
    await signInAs("vpdp");
    expect((await unitExport("184", "kind=gaps")).status).toBe(400);
    expect((await unitExport("06277", "kind=matrix")).status).toBe(400);
  });
});

describe("scope and parameters", () => {
  it("a commune official gets 404 for another commune and for the district", async () => {
    await signInAs("huule");
    expect((await unitExport("06322", "kind=gaps&format=csv")).status).toBe(200);
    const other = await unitExport("06277", "kind=gaps&format=csv");
    expect(other.status).toBe(404);
    expect((await unitExport("184", "kind=matrix&format=xlsx")).status).toBe(404);
    expect((await unitExport("184", "kind=summary&format=csv")).status).toBe(404);
    expect((await unitExport("99999", "kind=gaps")).status).toBe(404);
  });

  it("signed out: 401", async () => {
    viewer = null;
    expect((await unitExport("184", "kind=matrix")).status).toBe(401);
    expect((await registerExport("")).status).toBe(401);
  });

  it("bad parameters answer 400 naming the parameter", async () => {
    await signInAs("vpdp");
    const param = async (res: Response) => {
      expect(res.status).toBe(400);
      return ((await res.json()) as { parameter: string }).parameter;
    };
    expect(await param(await unitExport("184", "kind=everything"))).toBe("kind");
    expect(await param(await unitExport("184", "format=xlsx"))).toBe("kind");
    expect(await param(await unitExport("184", "kind=matrix&format=pdf"))).toBe("format");
    expect(await param(await unitExport("184", "kind=matrix&view=inspection"))).toBe("view");
    expect(await param(await unitExport("184", "kind=matrix&asOf=2020-02-30"))).toBe("asOf");
    expect(await param(await unitExport("184", "kind=matrix&asOf=2999-01-01"))).toBe("asOf");
    expect(await param(await registerExport("format=doc"))).toBe("format");
    expect(await param(await registerExport("status=later"))).toBe("status");
    expect(await param(await registerExport("criterion=x"))).toBe("criterion");
    expect(await param(await registerExport("asOf=yesterday"))).toBe("asOf");
  });
});

describe("recommendation register export", () => {
  it("lists every recommendation in scope with its columns; a commune official sees only theirs", async () => {
    await signInAs("vpdp");
    const wb = await workbookOf(await registerExport("status=all&asOf=2020-05-20"));
    const rows = rowsOf(wb.getWorksheet("Kiến nghị")!);
    const { REGISTER_HEADERS } = await import("@/lib/export/register");
    expect(rows[0]).toEqual([...REGISTER_HEADERS]);
    const total = await prisma.recommendation.count();
    expect(rows.length - 1).toBe(total);

    await signInAs("huule");
    const own = rowsOf((await workbookOf(await registerExport("status=all"))).getWorksheet("Kiến nghị")!);
    expect(own.length).toBeGreaterThan(1);
    expect(own.slice(1).every((r) => r[3] === "06322" || r[3] === "")).toBe(true);
    expect(own.some((r) => r[3] === "06277")).toBe(false);
  });

  it("status and last note as of the date (history of status changes)", async () => {
    await signInAs("vpdp");
    const rec = await prisma.recommendation.findFirstOrThrow({ where: { commune: { code: "06322" } }, select: { id: true, status: true } });
    expect(rec.status).toBe("open");
    await prisma.recommendation.update({ where: { id: rec.id }, data: { status: "done", closingNote: "xong" } });
    await prisma.recommendationNote.create({ data: { recommendationId: rec.id, body: "Đã hoàn thành", statusFrom: "open", statusTo: "done", authorName: "Kiểm thử", createdAt: new Date("2021-06-01T03:00:00Z") } });
    const statusOn = async (asOf: string) => {
      const rows = rowsOf((await workbookOf(await registerExport(`status=all&asOf=${asOf}`))).getWorksheet("Kiến nghị")!);
      const r = rows.find((x) => x[0] === String(rec.id));
      return { status: r?.[12], note: r?.[14] };
    };
    expect(await statusOn("2020-05-20")).toEqual({ status: "Chưa thực hiện", note: "" });
    expect(await statusOn("2021-06-01")).toEqual({ status: "Đã hoàn thành", note: "01/06/2021, Kiểm thử: Đã hoàn thành" });
    // Filters are those of the register page: unfinished by default.
    const unfinished = rowsOf((await workbookOf(await registerExport("asOf=2021-06-01"))).getWorksheet("Kiến nghị")!);
    expect(unfinished.some((r) => r[0] === String(rec.id))).toBe(false);
  });

  it("escapes formula-like text in XLSX and CSV", async () => {
    await signInAs("vpdp");
    const huuLe = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" }, select: { id: true } });
    const texts = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-3+4", "@SUM(A1:A2)", "\t=1", "\r=1"];
    for (const t of texts) {
      await prisma.recommendation.create({ data: { addresseeKind: "commune", addresseeUnitId: huuLe.id, communeId: huuLe.id, text: t, addresseeText: "=cmd|' /C calc'!A0", status: "open" } });
    }
    const rows = rowsOf((await workbookOf(await registerExport("commune=06322"))).getWorksheet("Kiến nghị")!);
    // XML reads a carriage return back as a line feed: compare with that normalisation.
    const xml = (t: string) => t.replace(/\r/g, "\n");
    for (const t of texts) expect(rows.map((r) => r[8]), JSON.stringify(t)).toContain(`'${xml(t)}`);
    for (const r of rows) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);

    const csv = await (await registerExport("commune=06322&format=csv")).text();
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    for (const t of texts) expect(parsed.data.some((r) => r[8] === `'${t}`)).toBe(true);
    for (const r of parsed.data) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);

    // The gap list carries them too (open recommendations of the commune), escaped.
    const gaps = rowsOf((await workbookOf(await unitExport("06322", "kind=gaps"))).getWorksheet("Danh sách còn thiếu")!);
    for (const r of gaps) for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
    expect(gaps.some((r) => r[5] === `'${texts[0]}`)).toBe(true);
  });
});
