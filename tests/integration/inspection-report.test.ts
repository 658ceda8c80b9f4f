import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "./test-db";

// The demo inspection's report (20/5/2020, Văn Quan) loaded from a seeded SQLite: figures as of
// the inspection date, computed from the data; the DOCX built from it carries the same figures.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let data: typeof import("@/lib/data/inspection-report");
let scopes: typeof import("@/lib/auth/scope");

beforeAll(async () => {
  db = await createSeededDatabase();
  data = await import("@/lib/data/inspection-report");
  scopes = await import("@/lib/auth/scope");
});
afterAll(() => db?.cleanup());

const viewer = (role: string, codes: { provinceCode?: string; districtCode?: string; communeCode?: string } = {}) => ({
  userId: 1,
  role,
  active: true,
  provinceCode: codes.provinceCode ?? null,
  districtCode: codes.districtCode ?? null,
  communeCode: codes.communeCode ?? null,
  departmentCode: null,
});

describe("getInspectionReport on the demo inspection", () => {
  it("computes the district figures and both visited communes as of 20/5/2020", async () => {
    const r = await data.getInspectionReport(scopes.systemScope(), 1);
    expect(r).not.toBeNull();
    expect(r!.asOf.iso).toBe("2020-05-20");
    const a = r!.report.results.area;
    expect(a.code).toBe("184");
    expect(a.communeCount).toBe(16);
    expect(a.average).toBe(11);
    expect(a.averageBasis).toBe("mixed");
    expect(a.distribution.map((b) => [b.criteriaMet, b.communeCount])).toEqual([
      [19, 3], [16, 1], [10, 4], [9, 3], [8, 2], [7, 2], [6, 1],
    ]);
    const byCode = new Map(r!.report.results.communes.map((c) => [c.code, c]));
    expect(byCode.get("06322")).toMatchObject({ verified: { met: 16, total: 19 }, self: { met: 19 } });
    expect(byCode.get("06322")!.nearlyMet.map((c) => c.number)).toEqual([10, 11, 17]);
    const tx = byCode.get("06277")!;
    expect(tx.verified?.met).toBe(10);
    expect(tx.notMet.map((c) => [c.number, c.departments[0]?.code])).toEqual([
      [2, "GTVT"], [4, "CT"], [5, "GDDT"], [6, "VHTTDL"], [9, "XD"], [11, "LDTBXH"], [15, "YT"], [16, "VHTTDL"], [17, "TNMT"],
    ]);
  });

  it("groups the 32 recommendations by addressee and derives the recipients", async () => {
    const r = (await data.getInspectionReport(scopes.systemScope(), 1))!;
    const count = r.report.tasks.reduce((n, g) => n + (g.kind === "departments" ? g.subgroups.reduce((m, s) => m + s.tasks.length, 0) : g.tasks.length), 0);
    expect(count).toBe(32);
    expect(r.report.tasks.map((g) => (g.kind === "unit" ? g.unit.code : g.kind))).toEqual(["184", "06322", "06277", "departments"]);
    const recipients = r.report.recipients;
    expect(recipients.find((x) => x.kind === "departments")).toEqual({
      kind: "departments",
      shortNames: expect.arrayContaining(["GTVT", "Công Thương", "GD&ĐT", "VHTT&DL", "Xây dựng", "LĐTB&XH", "Y tế", "TN&MT"]),
    });
    expect(recipients.filter((x) => x.kind === "unit").map((x) => x.kind === "unit" && x.unit.code)).toEqual(["184", "06322", "06277"]);
    expect(recipients.at(-1)).toEqual({ kind: "filing" });
    expect(r.report.header.numberSuffix).toBe("BC-STTTT");
  });

  it("notes the document's figures that the data contradicts (10,9 vs 11)", async () => {
    const r = (await data.getInspectionReport(scopes.systemScope(), 1))!;
    expect(r.differences.map((d) => [d.unitCode, d.metric, d.stated, d.computed])).toEqual(
      expect.arrayContaining([["184", "average_criteria_met", 10.9, 11]]),
    );
  });

  it("answers null for an unknown inspection, and for viewers who may not read the district", async () => {
    expect(await data.getInspectionReport(scopes.systemScope(), 999)).toBeNull();
    expect(await data.getInspectionReport(scopes.scopeFor(viewer("coordination_office", { provinceCode: "20" })), 1)).not.toBeNull();
    expect(await data.getInspectionReport(scopes.scopeFor(viewer("district_officer", { provinceCode: "20", districtCode: "184" })), 1)).not.toBeNull();
    expect(await data.getInspectionReport(scopes.scopeFor(viewer("coordination_office", { provinceCode: "01" })), 1)).toBeNull();
    expect(await data.getInspectionReport(scopes.scopeFor(viewer("commune_official", { provinceCode: "20", districtCode: "184", communeCode: "06322" })), 1)).toBeNull();
    expect(await data.getInspectionReport(scopes.scopeFor(null), 1)).toBeNull();
  });
});

describe("the DOCX of the demo inspection", () => {
  it("contains the computed figures and the recipients in word/document.xml", async () => {
    const { renderInspectionReportDocx } = await import("@/lib/report/docx");
    const { reportBlocks } = await import("@/lib/report/inspection-report-text");
    const { translatorFor } = await import("@/lib/i18n/messages");
    const r = (await data.getInspectionReport(scopes.systemScope(), 1))!;
    const buffer = await renderInspectionReportDocx(reportBlocks(r.report, { locale: "vi", t: translatorFor("vi"), asOfIso: r.asOf.iso }));
    const zip = await JSZip.loadAsync(buffer);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("11,0");
    expect(text).toContain("16/19");
    expect(text).toContain("10/19");
    expect(text).toContain("19/19");
    expect(text).toContain("Tân Đoàn, Tràng Phái, Yên Phúc");
    expect(text).toContain("UBND huyện Văn Quan");
    expect(text).toContain("UBND xã Tú Xuyên");
    expect(text).toContain("GTVT, Công Thương");
    expect(text).toContain("Lưu: VT");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).not.toContain("10,9");
    expect(xml).toContain("Times New Roman");
  });
});
