import { readFileSync } from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pdfBytes, pngBytes, xlsxBytes } from "../unit/domain/fixtures/zip";
import { currentViewer, formData, idle, signedInAs } from "./signed-in";
import { createSeededDatabase } from "./test-db";

// The report-vs-data checker against a real migrated and seeded SQLite: the snapshot of Văn Quan
// on 20/5/2020 compared with verbatim excerpts of the report, the form's server action (text,
// DOCX, refused files, rights) and the API. Nothing is written.

vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));

const EXCERPTS = readFileSync(path.resolve(import.meta.dirname, "../fixtures/report-check/van-quan-2020-excerpts.md"), "utf8");
const endOf = (iso: string) => new Date(new Date(`${iso}T00:00:00+07:00`).getTime() + 86_400_000 - 1);

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let data: typeof import("@/lib/data/report-check");
let domain: typeof import("@/lib/domain/report-check");
let actions: typeof import("@/lib/actions/report-check");
let route: typeof import("@/app/api/v1/report-check/route");
let prisma: import("@/generated/prisma/client").PrismaClient;
let systemScope: typeof import("@/lib/auth/scope").systemScope;
let scopeFor: typeof import("@/lib/auth/scope").scopeFor;

beforeAll(async () => {
  db = await createSeededDatabase();
  data = await import("@/lib/data/report-check");
  domain = await import("@/lib/domain/report-check");
  actions = await import("@/lib/actions/report-check");
  route = await import("@/app/api/v1/report-check/route");
  prisma = (await import("@/lib/db")).prisma;
  ({ systemScope, scopeFor } = await import("@/lib/auth/scope"));
});
afterAll(() => db?.cleanup());

/** Row counts of every table a write could touch: the checker must leave them all unchanged. */
async function counts() {
  const [history, audit, assessments, units, recommendations] = await Promise.all([
    prisma.assessmentHistory.count(),
    prisma.auditLog.count(),
    prisma.criterionAssessment.count(),
    prisma.adminUnit.count(),
    prisma.recommendation.count(),
  ]);
  return { history, audit, assessments, units, recommendations };
}

function threeFindings(findings: import("@/lib/domain/report-check").Finding[]) {
  const avg = findings.find((f) => f.statement.kind === "average_criteria");
  const huuLe = findings.find((f) => f.statement.kind === "criteria_met_of" && f.statement.met === 19 && f.statement.selfAssessed);
  const vanLang = findings.find((f) => f.statement.kind === "unit_mention" && f.statement.name === "Văn Lãng");
  return { avg, huuLe, vanLang };
}

async function docxOf(paragraphs: string[]): Promise<File> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  const buffer = await Packer.toBuffer(doc);
  return new File([new Uint8Array(buffer)], "Báo cáo kiểm tra.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}

describe("snapshot of Văn Quan on 20/5/2020 and the report's excerpts", () => {
  it("finds 10,9 vs 11,0, Hữu Lễ's self-assessed 19/19 vs the verified 16/19, and huyện Văn Lãng", async () => {
    const snap = await data.getReportCheckSnapshot(systemScope(), "184", { iso: "2020-05-20", cutoff: endOf("2020-05-20") });
    expect(snap).not.toBeNull();
    expect(snap!.totalCriteria).toBe(19);
    expect(snap!.communes).toHaveLength(16);
    expect(snap!.units.find((u) => u.code === "06280")?.aliases).toEqual(["Diềm He"]);
    const { findings, summary } = domain.checkReport(EXCERPTS, snap!);
    const { avg, huuLe, vanLang } = threeFindings(findings);
    expect(avg).toMatchObject({ outcome: "disagrees", comparisons: [{ view: "computed", value: 11, agrees: false }] });
    expect(huuLe).toMatchObject({ outcome: "disagrees", subject: { code: "06322" } });
    expect(huuLe!.comparisons.map((c) => [c.view, c.value, c.agrees])).toEqual([
      ["self", 19, true],
      ["verified", 16, false],
    ]);
    expect(vanLang).toMatchObject({ outcome: "unknown_unit", suggestion: { code: "184", name: "Văn Quan" } });
    expect(summary).toMatchObject({ disagrees: 3, unknownUnits: 1 });
    // Every 'Số xã đạt N tiêu chí' line agrees with the recorded figures.
    expect(findings.filter((f) => f.statement.kind === "communes_with_criteria").every((f) => f.outcome === "agrees")).toBe(true);
  });

  it("has nothing to compare the figures with the day before the inspection", async () => {
    const snap = await data.getReportCheckSnapshot(systemScope(), "184", { iso: "2020-05-19", cutoff: endOf("2020-05-19") });
    const { findings } = domain.checkReport(EXCERPTS, snap!);
    expect(findings.filter((f) => f.statement.kind !== "unit_mention").every((f) => f.outcome === "not_checkable")).toBe(true);
  });

  it("lists the districts a viewer may check, and none for a commune official", async () => {
    await signedInAs("vanquan");
    expect((await data.listCheckableDistricts(scopeFor(currentViewer()))).map((d) => d.code)).toEqual(["184"]);
    await signedInAs("vpdp");
    expect((await data.listCheckableDistricts(scopeFor(currentViewer()))).map((d) => d.code)).toEqual(["184"]);
    await signedInAs("huule");
    expect(await data.listCheckableDistricts(scopeFor(currentViewer()))).toEqual([]);
    expect(await data.getReportCheckSnapshot(scopeFor(currentViewer()), "184", { iso: "2020-05-20", cutoff: endOf("2020-05-20") })).toBeNull();
  });
});

describe("checkReportAction", () => {
  it("checks pasted text for the district officer, writing nothing", async () => {
    await signedInAs("vanquan");
    const before = await counts();
    const state = await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: EXCERPTS }));
    expect(state.status).toBe("done");
    if (state.status !== "done") return;
    const { avg, huuLe, vanLang } = threeFindings(state.result.findings);
    expect([avg?.outcome, huuLe?.outcome, vanLang?.outcome]).toEqual(["disagrees", "disagrees", "unknown_unit"]);
    expect(state.result.suggestedAsOf).toBe("2020-05-20");
    expect(await counts()).toEqual(before);
  });

  it("reads the text of a DOCX upload", async () => {
    await signedInAs("vpdp");
    const file = await docxOf([
      "Kết quả bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã, không còn xã dưới 05 tiêu chí.",
      "Tại thời điểm kiểm tra riêng xã Hữu Lễ tự đánh giá đã có đạt 19/19 tiêu chí đạt chuẩn; xã Tú Xuyên có 10/19 tiêu chí đạt chuẩn.",
      "hỗ trợ huyện Văn Lãng và đặc biệt xã đặc biệt khó khăn Hữu Lễ",
    ]);
    const state = await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: "", file }));
    expect(state.status).toBe("done");
    if (state.status !== "done") return;
    expect(state.fileName).toBe("Báo cáo kiểm tra.docx");
    expect(state.values.text).toContain("bình quân toàn huyện Văn Quan");
    const { avg, huuLe, vanLang } = threeFindings(state.result.findings);
    expect([avg?.outcome, huuLe?.outcome, vanLang?.outcome]).toEqual(["disagrees", "disagrees", "unknown_unit"]);
  });

  it("reads a UTF-8 .md upload (with a byte order mark)", async () => {
    await signedInAs("vanquan");
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(EXCERPTS)]);
    const state = await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", file: new File([bytes], "bao-cao.md", { type: "text/markdown" }) }));
    expect(state.status).toBe("done");
    if (state.status === "done") expect(state.result.summary.disagrees).toBe(3);
  });

  it.each<[string, () => File, string]>([
    ["a PNG", () => new File([pngBytes()], "anh.png", { type: "image/png" }), "fileType"],
    ["a PDF", () => new File([pdfBytes()], "bao-cao.pdf", { type: "application/pdf" }), "fileType"],
    ["a PDF renamed .txt", () => new File([pdfBytes()], "bao-cao.txt", { type: "text/plain" }), "fileType"],
    ["an XLSX", () => new File([xlsxBytes()], "bang.xlsx"), "fileType"],
    ["a binary renamed .docx", () => new File([new Uint8Array([1, 2, 3, 0, 5, 6])], "bao-cao.docx"), "fileNameMismatch"],
    ["binary data named .txt", () => new File([new Uint8Array([0x41, 0, 0x42, 0, 0x43])], "bao-cao.txt"), "fileType"],
    ["UTF-16 text", () => new File([new Uint8Array([0xff, 0xfe, 0x41, 0x00])], "bao-cao.txt"), "notUtf8"],
    ["Windows-1258 text", () => new File([new Uint8Array([0x78, 0xe3, 0x20, 0x48, 0xf5, 0x75])], "bao-cao.txt"), "notUtf8"],
    ["a file over 2 MB", () => new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61)], "dai.txt"), "fileTooLarge"],
  ])("refuses %s with a message at the file field", async (_label, file, error) => {
    await signedInAs("vanquan");
    const before = await counts();
    const state = await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: "giữ nguyên", file: file() }));
    expect(state).toMatchObject({ status: "invalid", errors: { file: error }, values: { text: "giữ nguyên", district: "184" } });
    expect(await counts()).toEqual(before);
  });

  it("treats an empty file part as no file: the pasted text is checked, or text is asked for", async () => {
    await signedInAs("vanquan");
    const empty = () => new File([new Uint8Array(0)], "rong.txt");
    expect((await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: EXCERPTS, file: empty() }))).status).toBe("done");
    expect(await actions.checkReportAction(idle, formData({ district: "184", text: "", file: empty() }))).toMatchObject({ status: "invalid", errors: { text: "textEmpty" } });
  });

  it("refuses a commune official, a signed-out visitor and an unknown district", async () => {
    await signedInAs("huule");
    expect((await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: EXCERPTS }))).status).toBe("forbidden");
    await signedInAs(null);
    expect((await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-05-20", text: EXCERPTS }))).status).toBe("forbidden");
    await signedInAs("vpdp");
    expect((await actions.checkReportAction(idle, formData({ district: "99999", text: EXCERPTS }))).status).toBe("forbidden");
    expect((await actions.checkReportAction(idle, formData({ district: "06322", text: EXCERPTS }))).status).toBe("forbidden");
  });

  it("names the invalid fields: district, a future or unreal date, empty or too long text", async () => {
    await signedInAs("vpdp");
    expect(await actions.checkReportAction(idle, formData({ district: "Văn Quan", asOf: "2999-01-01", text: "" }))).toMatchObject({
      status: "invalid",
      errors: { district: "district", asOf: "asOf", text: "textEmpty" },
    });
    expect(await actions.checkReportAction(idle, formData({ district: "184", asOf: "2020-02-30", text: "x" }))).toMatchObject({ errors: { asOf: "asOf" } });
    expect(await actions.checkReportAction(idle, formData({ district: "184", text: "a".repeat(300_001) }))).toMatchObject({ errors: { text: "textTooLong" } });
  });

  it("answers any malformed input with a refusal, never a crash or a write", async () => {
    await signedInAs("vanquan");
    const before = await counts();
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constant(undefined), fc.integer().map(String), fc.constantFrom("184", "", "2020-05-20", "9".repeat(400)));
    await fc.assert(
      fc.asyncProperty(value, value, fc.option(fc.string({ maxLength: 200 }), { nil: undefined }), fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }), async (district, asOf, text, fileBytes) => {
        const entries: Record<string, string | File | undefined> = { district, asOf, text };
        if (fileBytes) entries.file = new File([Uint8Array.from(fileBytes)], "x.bin");
        const state = await actions.checkReportAction(idle, formData(entries));
        expect(["invalid", "forbidden", "done"]).toContain(state.status);
        if (state.status === "done") expect(district).toBe("184");
      }),
      { numRuns: 60 },
    );
    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/v1/report-check", () => {
  const post = (body: string) =>
    route.POST(new NextRequest("http://localhost/api/v1/report-check", { method: "POST", body, headers: { "content-type": "application/json" } }), {});

  it("returns the findings", async () => {
    await signedInAs("vanquan");
    const res = await post(JSON.stringify({ district: "184", asOf: "2020-05-20", text: EXCERPTS }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.summary).toMatchObject({ disagrees: 3, unknownUnits: 1 });
    const { avg, huuLe, vanLang } = threeFindings(body.findings);
    expect([avg?.outcome, huuLe?.outcome, vanLang?.outcome]).toEqual(["disagrees", "disagrees", "unknown_unit"]);
  });

  it.each<[string, string]>([
    ["not json", "body"],
    ["[1]", "body"],
    [JSON.stringify({ asOf: "2020-05-20", text: "x" }), "district"],
    [JSON.stringify({ district: "184", asOf: "20/05/2020", text: "x" }), "asOf"],
    [JSON.stringify({ district: "184", asOf: 2020, text: "x" }), "asOf"],
    [JSON.stringify({ district: "184", text: 5 }), "text"],
    [JSON.stringify({ district: "184", text: "   " }), "text"],
  ])("answers 400 naming the parameter for %s", async (body, parameter) => {
    await signedInAs("vanquan");
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe(parameter);
  });

  it("answers 401 signed out and 404 for a district the caller may not read", async () => {
    await signedInAs(null);
    expect((await post(JSON.stringify({ district: "184", text: "x" }))).status).toBe(401);
    await signedInAs("huule");
    expect((await post(JSON.stringify({ district: "184", text: "x" }))).status).toBe(404);
  });
});
