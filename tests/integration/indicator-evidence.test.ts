import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { validationVi } from "@/lib/i18n/messages/areas/editing";
import { parseDecimal } from "@/lib/validation/indicator";
import { pdfBytes, xlsxBytes } from "../unit/domain/fixtures/zip";
import { currentViewer, formData, idle, signedInAs } from "./signed-in";
import { createSeededDatabase } from "./test-db";

// Indicator values, evidence and the target year as public endpoints: validate → authorize
// against the database → write with a version check and a history row. The session is replaced
// by a chosen viewer; the database and the upload folder are real (temporary).

vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const uploadDir = mkdtempSync(path.join(tmpdir(), "ntm-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let indicatorActions: typeof import("@/lib/actions/indicator");
let evidenceActions: typeof import("@/lib/actions/evidence");
let targetYearActions: typeof import("@/lib/actions/target-year");
let evidenceData: typeof import("@/lib/data/evidence");
let prisma: import("@/generated/prisma/client").PrismaClient;
let scopeFor: typeof import("@/lib/auth/scope").scopeFor;
let getCommuneDetail: typeof import("@/lib/data/commune").getCommuneDetail;
let getCommuneEditContext: typeof import("@/lib/data/assessments").getCommuneEditContext;

beforeAll(async () => {
  db = await createSeededDatabase();
  indicatorActions = await import("@/lib/actions/indicator");
  evidenceActions = await import("@/lib/actions/evidence");
  targetYearActions = await import("@/lib/actions/target-year");
  evidenceData = await import("@/lib/data/evidence");
  prisma = (await import("@/lib/db")).prisma;
  scopeFor = (await import("@/lib/auth/scope")).scopeFor;
  getCommuneDetail = (await import("@/lib/data/commune")).getCommuneDetail;
  getCommuneEditContext = (await import("@/lib/data/assessments")).getCommuneEditContext;
});
afterAll(async () => {
  await db?.cleanup();
  rmSync(uploadDir, { recursive: true, force: true });
});

async function indicatorRow(code: string, indicator: string, view = "self") {
  return prisma.indicatorAssessment.findFirst({ where: { commune: { code }, view, indicator: { code: indicator, criterion: { set: { code: "QD1980-2016" } } } } });
}
async function versionOf(code: string, indicator: string, view = "self") {
  return (await indicatorRow(code, indicator, view))?.version ?? 0;
}
/** The result the commune page computes from the history (the read side of the same write). */
async function pageResult(code: string, indicator: string, view: "self" | "verified") {
  const detail = await getCommuneDetail(scopeFor(currentViewer()), code, new Date(), new Date());
  const ind = detail?.groups.flatMap((g) => g.criteria).flatMap((c) => c.indicators).find((i) => i.code === indicator);
  return ind?.results[view] ?? null;
}
async function snapshot() {
  const [indicators, history, evidence, units] = await Promise.all([
    prisma.indicatorAssessment.findMany({ orderBy: { id: "asc" } }),
    prisma.assessmentHistory.count(),
    prisma.evidence.findMany({ orderBy: { id: "asc" } }),
    prisma.adminUnit.findMany({ select: { id: true, targetYear: true, version: true }, orderBy: { id: "asc" } }),
  ]);
  return { indicators, history, evidence, units, files: readdirSync(uploadDir).sort() };
}
const translated = (errors: Record<string, string[]>) => {
  for (const keys of Object.values(errors)) for (const k of keys) expect(Object.keys(validationVi)).toContain(k.replace(/^validation\./, ""));
};

describe("saveIndicatorValueAction", () => {
  const base = { communeCode: "06322", indicatorCode: "15.1", view: "self" };

  it("lets the commune's own official record a value; the rules compute the result and the history gets the value", async () => {
    await signedInAs("huule");
    const historyBefore = await prisma.assessmentHistory.count();
    const state = await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 0, percent: "80", note: "Theo báo cáo BHXH huyện" }));
    expect(state).toEqual({ status: "saved", version: 1, changed: true, outcome: "not_met" });
    const row = await indicatorRow("06322", "15.1");
    expect(row).toMatchObject({ valueNumber: 80, denominator: null, status: null, note: "Theo báo cáo BHXH huyện", version: 1, assessedByName: currentViewer()?.displayName });
    const history = await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "value", indicatorId: row!.indicatorId, communeId: row!.communeId }, orderBy: { id: "desc" } });
    expect(await prisma.assessmentHistory.count()).toBe(historyBefore + 1);
    expect(history).toMatchObject({ view: "self", oldValue: null, actorName: currentViewer()?.displayName });
    expect(JSON.parse(history.newValue!)).toEqual({
      valueNumber: 80,
      denominator: null,
      valueBool: null,
      secondaryValue: null,
      referenceYear: null,
      status: null,
      overrideReason: null,
      note: "Theo báo cáo BHXH huyện",
    });
    // the commune page reads the same value from the history and computes the same result (TDMNPB: ≥ 85%)
    expect(await pageResult("06322", "15.1", "self")).toMatchObject({ outcome: "not_met", source: "computed", measured: 80, threshold: 85 });
  });

  it("recomputes the result when the value changes, and records the old value", async () => {
    await signedInAs("huule");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 1, percent: "90,5" }))).toEqual({ status: "saved", version: 2, changed: true, outcome: "met" });
    const history = await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "value", commune: { code: "06322" } }, orderBy: { id: "desc" } });
    expect(JSON.parse(history.oldValue!)).toMatchObject({ valueNumber: 80 });
    expect(JSON.parse(history.newValue!)).toMatchObject({ valueNumber: 90.5, note: null });
    expect(await pageResult("06322", "15.1", "self")).toMatchObject({ outcome: "met", measured: 90.5 });
    // the same value again changes nothing
    const count = await prisma.assessmentHistory.count();
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 2, percent: "90,5" }))).toEqual({ status: "saved", version: 2, changed: false, outcome: "met" });
    expect(await prisma.assessmentHistory.count()).toBe(count);
  });

  it("refuses a status that differs from the computed result without a reason, and accepts it with one", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const refused = await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 2, percent: "90,5", status: "not_met", overrideReason: "  " }));
    expect(refused).toEqual({
      status: "invalid",
      fieldErrors: { overrideReason: ["validation.overrideReasonRequired"] },
      values: expect.objectContaining({ percent: "90,5", status: "not_met" }),
      computed: "met",
    });
    expect(await snapshot()).toEqual(before);
    // "nearly met" is a judgement too: it differs from "met" and needs a reason
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 2, percent: "90,5", status: "nearly_met" }))).toMatchObject({ status: "invalid", computed: "met" });
    // the same status as the rules needs no reason
    const agree = await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 2, percent: "90,5", status: "met" }));
    expect(agree).toEqual({ status: "saved", version: 3, changed: true, outcome: "met" });
    const accepted = await indicatorActions.saveIndicatorValueAction(
      idle,
      formData({ ...base, version: 3, percent: "90,5", status: "not_met", overrideReason: "Số liệu BHXH chưa đối chiếu với danh sách hộ" }),
    );
    expect(accepted).toEqual({ status: "saved", version: 4, changed: true, outcome: "not_met" });
    expect(await pageResult("06322", "15.1", "self")).toMatchObject({ outcome: "not_met", source: "override", computedOutcome: "met" });
    const history = await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "value", commune: { code: "06322" } }, orderBy: { id: "desc" } });
    expect(history.reason).toBe("Số liệu BHXH chưa đối chiếu với danh sách hộ");
  });

  it("where no target is recorded, the assessor's status decides without a reason (2/7 villages)", async () => {
    await signedInAs("huule");
    const state = await indicatorActions.saveIndicatorValueAction(
      idle,
      formData({ communeCode: "06322", indicatorCode: "16", view: "self", version: 0, numerator: "5", denominator: "7", referenceYear: "2020", status: "met" }),
    );
    expect(state).toEqual({ status: "saved", version: 1, changed: true, outcome: "met" });
    expect(await indicatorRow("06322", "16")).toMatchObject({ valueNumber: 5, denominator: 7, referenceYear: 2020, status: "met" });
    expect(await pageResult("06322", "16", "self")).toMatchObject({ outcome: "met", source: "assessor", computedOutcome: "no_target" });
  });

  it("records yes/no answers, counts and amounts by kind", async () => {
    await signedInAs("huule");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "1.1", view: "self", version: 0, valueBool: "yes" }))).toMatchObject({ status: "saved", outcome: "met" });
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "9.1", view: "self", version: 0, count: "2" }))).toMatchObject({ status: "saved", outcome: "not_met" });
    // income: the target is the 2020 level, so a figure for 2020 is compared with it
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "10", view: "self", version: 0, amount: "36,5", referenceYear: "2020" }))).toMatchObject({
      status: "saved",
      outcome: "met",
    });
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "9.1", view: "self", version: 1, count: "1,5" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { count: ["validation.countInteger"] },
    });
  });

  it("reads an amount typed the Vietnamese way: 1.500 is fifteen hundred; a decimal dot is refused, not guessed", async () => {
    await signedInAs("huule");
    const version = await versionOf("06322", "10");
    const save = (amount: string, v: number) => indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "10", view: "self", version: v, amount, referenceYear: "2020" }));
    const before = await snapshot();
    for (const [amount, message] of [
      ["1.5", "validation.decimalDot"],
      ["36.75", "validation.decimalDot"],
      ["1.50.0", "validation.number"],
    ] as const) {
      const state = await save(amount, version);
      expect(state, amount).toMatchObject({ status: "invalid", fieldErrors: { amount: [message] } });
      if (state.status === "invalid") translated(state.fieldErrors);
    }
    expect(await snapshot()).toEqual(before);
    expect(await save("1.500", version)).toMatchObject({ status: "saved" });
    expect((await indicatorRow("06322", "10"))?.valueNumber).toBe(1500);
    expect(await save("1.500,5", version + 1)).toMatchObject({ status: "saved" });
    expect((await indicatorRow("06322", "10"))?.valueNumber).toBe(1500.5);
    expect(await save("36,5", version + 2)).toMatchObject({ status: "saved" });
    expect((await indicatorRow("06322", "10"))?.valueNumber).toBe(36.5);
  });

  it("refuses another commune's official, the district (for the self view), the signed-out and unknown indicators", async () => {
    const input = formData({ ...base, version: 4, percent: "50" });
    for (const who of [null, "tuxuyen", "vanquan", "gtvt", "vpdp", "admin"]) {
      await signedInAs(who);
      expect(await indicatorActions.saveIndicatorValueAction(idle, input)).toEqual({ status: "forbidden" });
    }
    await signedInAs("huule");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, indicatorCode: "15.9", version: 0, percent: "50" }))).toEqual({ status: "forbidden" });
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, communeCode: "184", version: 0, percent: "50" }))).toEqual({ status: "forbidden" });
    // the commune official may not write the verified view
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, view: "verified", version: 0, percent: "50" }))).toEqual({ status: "forbidden" });
    expect(await versionOf("06322", "15.1")).toBe(4);
  });

  it("lets the district and the department in charge record verified values, and no one else", async () => {
    await signedInAs("vanquan");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, view: "verified", version: 0, percent: "86" }))).toMatchObject({ status: "saved", outcome: "met" });
    await signedInAs("gtvt");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, view: "verified", version: 1, percent: "70" }))).toEqual({ status: "forbidden" });
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "2.1", view: "verified", version: 0, percent: "100" }))).toMatchObject({ status: "saved" });
  });

  it("refuses a stale edit and says who changed it", async () => {
    await signedInAs("huule");
    const state = await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 2, percent: "99" }));
    expect(state).toMatchObject({ status: "stale", current: { version: 4, by: currentViewer()?.displayName, outcome: "not_met" }, values: { percent: "99" } });
    // a first value written by someone else meanwhile: the form that started from 0 is stale
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ communeCode: "06322", indicatorCode: "1.1", view: "self", version: 0, valueBool: "no" }))).toMatchObject({
      status: "stale",
      current: { version: 1 },
    });
    expect(await versionOf("06322", "15.1")).toBe(4);
  });

  it("refuses self edits while an approved review locks the self-assessment", async () => {
    const commune = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" } });
    const submission = await prisma.assessmentSubmission.create({ data: { communeId: commune.id, status: "approved" } });
    await signedInAs("huule");
    expect(await indicatorActions.saveIndicatorValueAction(idle, formData({ ...base, version: 4, percent: "95" }))).toEqual({ status: "forbidden" });
    expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "2030", version: commune.version }))).toEqual({ status: "forbidden" });
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ communeCode: "06322", criterionNumber: 15, text: "x" }))).toEqual({ status: "forbidden" });
    await prisma.assessmentSubmission.delete({ where: { id: submission.id } });
  });
});

describe("evidence", () => {
  const base = { communeCode: "06322", criterionNumber: 15 };
  const pdf = () => new File([pdfBytes()], "Biên bản kiểm tra BHYT.pdf", { type: "application/pdf" });

  it("adds a note and a link, each with a history row", async () => {
    await signedInAs("huule");
    const before = await prisma.assessmentHistory.count();
    const note = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, text: "Danh sách hộ tham gia BHYT năm 2020", indicatorCode: "15.1" }));
    expect(note).toMatchObject({ status: "saved" });
    const link = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, url: "https://vanquan.langson.gov.vn/bao-cao-bhyt", text: "Báo cáo của huyện" }));
    expect(link).toMatchObject({ status: "saved" });
    const rows = await prisma.evidence.findMany({ where: { commune: { code: "06322" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.kind, r.view, r.text, r.url])).toEqual([
      ["note", "self", "Danh sách hộ tham gia BHYT năm 2020", null],
      ["link", "self", "Báo cáo của huyện", "https://vanquan.langson.gov.vn/bao-cao-bhyt"],
    ]);
    expect(await prisma.assessmentHistory.count()).toBe(before + 2);
    const last = await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "evidence" }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ view: "self", oldValue: null, newValue: "https://vanquan.langson.gov.vn/bao-cao-bhyt — Báo cáo của huyện" });
  });

  it("stores an uploaded PDF under a random name and serves it only within scope", async () => {
    await signedInAs("huule");
    const state = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, file: pdf() }));
    expect(state).toMatchObject({ status: "saved" });
    const id = (state as { id: number }).id;
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "file", fileName: "Biên bản kiểm tra BHYT.pdf", mimeType: "application/pdf", sizeBytes: pdfBytes().length });
    expect(row.filePath).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(readdirSync(uploadDir)).toContain(row.filePath);
    expect(readFileSync(path.join(uploadDir, row.filePath!))).toEqual(Buffer.from(pdfBytes()));

    const own = await evidenceData.getEvidenceFile(scopeFor(currentViewer()), id);
    expect(own).toMatchObject({ fileName: "Biên bản kiểm tra BHYT.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(own!.bytes)).toEqual(Buffer.from(pdfBytes()));
    await signedInAs("vanquan");
    expect(await evidenceData.getEvidenceFile(scopeFor(currentViewer()), id)).not.toBeNull();
    await signedInAs("tuxuyen");
    expect(await evidenceData.getEvidenceFile(scopeFor(currentViewer()), id)).toBeNull();
    expect(await evidenceData.getEvidenceFile(scopeFor(null), id)).toBeNull();

    // an Excel file is accepted too, and a name without extension gets one
    await signedInAs("huule");
    const xlsx = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, file: new File([xlsxBytes()], "bang-tong-hop") }));
    expect(xlsx).toMatchObject({ status: "saved" });
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: (xlsx as { id: number }).id } })).toMatchObject({ fileName: "bang-tong-hop.xlsx", mimeType: expect.stringContaining("spreadsheetml") });
  });

  it("refuses a file that is too big, of the wrong type, or misnamed, and writes nothing", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    for (const [file, message] of [
      [new File([big], "lon.pdf"), "validation.fileTooLarge"],
      [new File([new TextEncoder().encode("<html><script>alert(1)</script></html>")], "bao-cao.pdf", { type: "application/pdf" }), "validation.fileType"],
      [new File([new TextEncoder().encode("MZ\u0090\u0000")], "setup.exe"), "validation.fileType"],
      [new File([pdfBytes()], "anh.png", { type: "image/png" }), "validation.fileNameMismatch"],
      [new File([], "rong.pdf"), "validation.fileEmpty"],
    ] as const) {
      const state = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, file }));
      expect(state).toMatchObject({ status: "invalid", fieldErrors: { file: [message] } });
    }
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, url: "javascript:alert(1)" }))).toMatchObject({ status: "invalid", fieldErrors: { url: ["validation.urlInvalid"] } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses other communes' officials and writes nothing", async () => {
    const before = await snapshot();
    for (const who of [null, "tuxuyen", "vpdp", "admin"]) {
      await signedInAs(who);
      expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, file: pdf() }))).toEqual({ status: "forbidden" });
    }
    // the commune's official may not add verification evidence; the department in charge of 15 may
    await signedInAs("huule");
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, view: "verified", text: "x" }))).toEqual({ status: "forbidden" });
    await signedInAs("gtvt");
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, view: "verified", text: "x" }))).toEqual({ status: "forbidden" });
    await signedInAs("huule");
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, indicatorCode: "2.1", text: "chỉ tiêu của tiêu chí khác" }))).toEqual({ status: "forbidden" });
    expect(await snapshot()).toEqual(before);
    await signedInAs("vanquan");
    expect(await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ ...base, view: "verified", text: "Đã đối chiếu danh sách" }))).toMatchObject({ status: "saved" });
  });

  it("removes evidence by marking it, records it, and no longer lists or serves it", async () => {
    await signedInAs("huule");
    const file = await prisma.evidence.findFirstOrThrow({ where: { kind: "file", commune: { code: "06322" }, removedAt: null }, orderBy: { id: "asc" } });
    const verified = await prisma.evidence.findFirstOrThrow({ where: { view: "verified", commune: { code: "06322" } } });
    const listed = async () => (await getCommuneEditContext("06322"))!.criteria.find((c) => c.number === 15)!.evidence.map((e) => e.id);
    expect(await listed()).toContain(file.id);

    // someone else's commune, or the verified view, is not the commune official's to remove
    await signedInAs("tuxuyen");
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: file.id }))).toEqual({ status: "forbidden" });
    await signedInAs("huule");
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: verified.id }))).toEqual({ status: "forbidden" });
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: "abc" }))).toEqual({ status: "invalid" });
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: 999_999 }))).toEqual({ status: "forbidden" });

    const before = await prisma.assessmentHistory.count();
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: file.id }))).toEqual({ status: "removed" });
    expect(await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId: file.id }))).toEqual({ status: "gone" });
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.removedAt).not.toBeNull(); // kept, only marked
    expect(await prisma.assessmentHistory.count()).toBe(before + 1);
    expect(await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "evidence" }, orderBy: { id: "desc" } })).toMatchObject({
      oldValue: "Biên bản kiểm tra BHYT.pdf",
      newValue: null,
    });
    expect(await listed()).not.toContain(file.id);
    expect((await evidenceData.listCommuneEvidence(scopeFor(currentViewer()), "06322", new Date()))[15]?.map((e) => e.id)).not.toContain(file.id);
    expect(await evidenceData.getEvidenceFile(scopeFor(currentViewer()), file.id)).toBeNull();
    // as of a day before it was added, nothing was there; as of the moment before removal, it was
    expect(await evidenceData.listCommuneEvidence(scopeFor(currentViewer()), "06322", new Date("2020-05-20T16:59:59Z"))).toEqual({});
    expect((await evidenceData.listCommuneEvidence(scopeFor(currentViewer()), "06322", new Date(row.removedAt!.getTime() - 1)))[15]?.map((e) => e.id)).toContain(file.id);
    // another commune's official reads nothing of it
    await signedInAs("tuxuyen");
    expect(await evidenceData.listCommuneEvidence(scopeFor(currentViewer()), "06322", new Date())).toEqual({});
  });

  it("saves a link or a note sent with an untouched file input; an empty form says what to give", async () => {
    await signedInAs("huule");
    // The browser sends an empty part with filename="" for the untouched input; in a server action
    // it arrives as a 0-byte File named "undefined" (Next's multipart decoding), in a FormData built
    // by hand as one named "".
    for (const name of ["", "undefined"]) {
      const untouched = () => new File([], name, { type: "application/octet-stream" });
      const link = await evidenceActions.addEvidenceAction(idle, formData({ ...base, url: "https://vanquan.langson.gov.vn/qd-ntm.pdf", text: `Quyết định (${name || "rỗng"})`, file: untouched() }));
      expect(link, name).toMatchObject({ status: "saved" });
      expect(await prisma.evidence.findUniqueOrThrow({ where: { id: (link as { id: number }).id } })).toMatchObject({ kind: "link", url: "https://vanquan.langson.gov.vn/qd-ntm.pdf", filePath: null });
      const note = await evidenceActions.addEvidenceAction(idle, formData({ ...base, url: "", text: `Biên bản họp thôn (${name || "rỗng"})`, file: untouched() }));
      expect(note, name).toMatchObject({ status: "saved" });
      expect(await prisma.evidence.findUniqueOrThrow({ where: { id: (note as { id: number }).id } })).toMatchObject({ kind: "note", url: null, filePath: null });

      const before = await snapshot();
      const empty = await evidenceActions.addEvidenceAction(idle, formData({ ...base, url: "", text: "", file: untouched() }));
      expect(empty, name).toMatchObject({ status: "invalid", fieldErrors: { text: ["validation.evidenceEmpty"] } });
      expect(validationVi.evidenceEmpty).toMatch(/ghi chú.*đường dẫn.*tệp/);
      expect(await snapshot()).toEqual(before);
    }
    // a file that was chosen but holds nothing is still refused
    expect(await evidenceActions.addEvidenceAction(idle, formData({ ...base, file: new File([], "rong.pdf", { type: "application/pdf" }) }))).toMatchObject({
      status: "invalid",
      fieldErrors: { file: ["validation.fileEmpty"] },
    });
  });
});

describe("saveTargetYearAction", () => {
  it("lets the commune's official set the target year with the unit's version, recorded as a profile change", async () => {
    const unit = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" } });
    await signedInAs("huule");
    const state = await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "2027", version: unit.version }));
    expect(state).toEqual({ status: "saved", version: unit.version + 1, targetYear: 2027 });
    expect(await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" } })).toMatchObject({ targetYear: 2027, version: unit.version + 1 });
    expect(await prisma.assessmentHistory.findFirstOrThrow({ where: { field: "target_year" }, orderBy: { id: "desc" } })).toMatchObject({
      view: "profile",
      oldValue: String(unit.targetYear),
      newValue: "2027",
      actorName: currentViewer()?.displayName,
    });

    // stale: the old version is refused with the newer value and who set it
    expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "2026", version: unit.version }))).toMatchObject({
      status: "stale",
      current: { targetYear: 2027, version: unit.version + 1, by: currentViewer()?.displayName },
      values: { targetYear: "2026" },
    });
    // cleared = not decided
    expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "", version: unit.version + 1 }))).toMatchObject({ status: "saved", targetYear: null });
    expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "2009", version: unit.version + 2 }))).toMatchObject({
      status: "invalid",
      fieldErrors: { targetYear: ["validation.targetYearInvalid"] },
    });
  });

  it("refuses everyone but the commune's own officials", async () => {
    const unit = await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" } });
    for (const who of [null, "tuxuyen", "vanquan", "vpdp", "gtvt", "admin"]) {
      await signedInAs(who);
      expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "06322", targetYear: "2028", version: unit.version }))).toEqual({ status: "forbidden" });
    }
    await signedInAs("huule");
    expect(await targetYearActions.saveTargetYearAction({ status: "idle" }, formData({ communeCode: "184", targetYear: "2028", version: 1 }))).toEqual({ status: "forbidden" });
    expect(await prisma.adminUnit.findUniqueOrThrow({ where: { code: "06322" } })).toMatchObject({ targetYear: unit.targetYear, version: unit.version });
  });
});

describe("malformed input (property-based)", () => {
  const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(""), fc.constant(undefined), fc.constant("1e308"), fc.string({ minLength: 2100, maxLength: 3000 }));

  it("random indicator forms give a translated invalid (or forbidden/stale) state and change nothing", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { communeCode: anything, indicatorCode: anything, view: anything, version: anything, percent: anything, numerator: anything, denominator: anything, status: anything, overrideReason: anything, note: anything },
          { requiredKeys: [] },
        ),
        async (input) => {
          const state = await indicatorActions.saveIndicatorValueAction(idle, formData(input));
          if (state.status === "invalid") translated(state.fieldErrors);
          else expect(["forbidden", "stale"]).toContain(state.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("a well-addressed form with a malformed value is refused with a translated message and changes nothing", async () => {
    await signedInAs("huule");
    const version = await versionOf("06322", "15.1");
    const before = await snapshot();
    // Never a number any of the four fields could accept: not a number, negative, or too large.
    const badNumber = fc.oneof(
      fc.string({ minLength: 1 }).filter((s) => !parseDecimal(s).ok),
      fc.double({ min: 1_000_001, max: 1e300, noNaN: true }).map(String),
      fc.double({ min: -1e300, max: -0.0001, noNaN: true }).map((n) => String(n).replace(".", ",")),
      fc.constantFrom("1e308", "NaN", "Infinity", "-Infinity", "1.000,5", "9".repeat(400)),
    );
    await fc.assert(
      fc.asyncProperty(badNumber, fc.constantFrom("percent", "numerator", "denominator", "referenceYear"), async (bad, field) => {
        const input: Record<string, unknown> = { communeCode: "06322", indicatorCode: "15.1", view: "self", version, [field]: bad };
        if (field === "numerator") input.denominator = "7";
        if (field === "denominator") input.numerator = "2";
        if (field === "referenceYear") input.percent = "50";
        const state = await indicatorActions.saveIndicatorValueAction(idle, formData(input));
        expect(state.status).toBe("invalid");
        if (state.status === "invalid") translated(state.fieldErrors);
      }),
      { numRuns: 200 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("random evidence forms and files give a translated invalid (or forbidden) state and write nothing", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    const notALink = fc.string().filter((s) => !/^https?:\/\/[^\s/]/i.test(s.trim()) && s.trim() !== "");
    const randomFile = fc
      .uint8Array({ minLength: 1, maxLength: 2048 })
      .filter((b) => !(b[0] === 0x25 && b[1] === 0x50) && !(b[0] === 0x89) && !(b[0] === 0xff) && !(b[0] === 0x50 && b[1] === 0x4b))
      .map((b) => new File([Uint8Array.from(b)], "tep.pdf"));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ communeCode: anything, criterionNumber: anything, indicatorCode: anything, view: anything, text: anything, url: anything }, { requiredKeys: [] }),
        async (input) => {
          const state = await evidenceActions.addEvidenceAction({ status: "idle" }, formData(input));
          if (state.status === "invalid") translated(state.fieldErrors);
          else expect(state.status).toBe("forbidden");
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(notALink.map((url) => ({ url })), randomFile.map((file) => ({ file }))), async (extra) => {
        const state = await evidenceActions.addEvidenceAction({ status: "idle" }, formData({ communeCode: "06322", criterionNumber: 15, ...extra }));
        expect(state.status).toBe("invalid");
        if (state.status === "invalid") translated(state.fieldErrors);
      }),
      { numRuns: 100 },
    );
    // anything but the id of an existing piece of evidence
    const notAnId = anything.filter((v) => !(v !== undefined && String(v).trim() !== "" && Number.isInteger(Number(v)) && Number(v) > 0 && Number(v) < 1e9));
    await fc.assert(
      fc.asyncProperty(notAnId, async (evidenceId) => {
        const state = await evidenceActions.removeEvidenceAction({ status: "idle" }, formData({ evidenceId }));
        expect(["invalid", "forbidden"]).toContain(state.status);
      }),
      { numRuns: 100 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("random target-year forms change nothing", async () => {
    await signedInAs("huule");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.record({ communeCode: anything, targetYear: anything, version: anything }, { requiredKeys: [] }), async (input) => {
        const state = await targetYearActions.saveTargetYearAction({ status: "idle" }, formData(input));
        if (state.status === "invalid") translated(state.fieldErrors);
        else expect(["forbidden", "stale"]).toContain(state.status);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
