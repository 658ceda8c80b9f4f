import { describe, expect, it } from "vitest";
import {
  averageBasis,
  buildInspectionReport,
  deriveRecipients,
  groupTasks,
  numberSuffix,
  signerTitle,
  type InspectionReportInput,
  type ReportCommuneInput,
  type ReportDepartment,
  type ReportRecommendationInput,
  type ReportUnit,
} from "@/lib/domain/inspection-report";
import type { Status } from "@/lib/domain/types";
import { CRITERION_NAMES, huuLe2020, TU_XUYEN_DEPARTMENTS, tuXuyen2020, vanQuan2020Figures } from "./fixtures/van-quan-2020";

// The report model on the Văn Quan 2020 inspection: the district's figures computed from the
// communes (never the document's), each visited commune's standing, tasks by addressee, Nơi nhận.

const dept = (code: string, name: string, shortName: string, kind = "department"): ReportDepartment => ({ code, name, shortName, kind });
const DEPTS = {
  TTTT: dept("TTTT", "Sở Thông tin và Truyền thông", "TT&TT"),
  GTVT: dept("GTVT", "Sở Giao thông vận tải", "GTVT"),
  CT: dept("CT", "Sở Công Thương", "Công Thương"),
  GDDT: dept("GDDT", "Sở Giáo dục và Đào tạo", "GD&ĐT"),
  VHTTDL: dept("VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "VHTT&DL"),
  TNMT: dept("TNMT", "Sở Tài nguyên và Môi trường", "TN&MT"),
  XD: dept("XD", "Sở Xây dựng", "Xây dựng"),
  LDTBXH: dept("LDTBXH", "Sở Lao động - Thương binh và Xã hội", "LĐTB&XH"),
  YT: dept("YT", "Sở Y tế", "Y tế"),
  NHNN: dept("NHNN", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Lạng Sơn", "NHNN tỉnh", "agency"),
  VPDP: dept("VPDP", "Văn phòng Điều phối xây dựng nông thôn mới tỉnh", "VPĐP NTM tỉnh", "office"),
};
const DISTRICT: ReportUnit = { code: "184", name: "Văn Quan", kind: "district" };
const HUU_LE: ReportUnit = { code: "06322", name: "Hữu Lễ", kind: "commune" };
const TU_XUYEN: ReportUnit = { code: "06277", name: "Tú Xuyên", kind: "commune" };

const byNumber = (rows: { criterionNumber: number; status: Status }[]) =>
  Object.fromEntries(rows.map((r) => [r.criterionNumber, r.status])) as Record<number, Status>;

const tuXuyenSelf = byNumber(tuXuyen2020.verified); // the commune rates itself as verified: 10/19

/** The 16 communes: Hữu Lễ and Tú Xuyên in detail, the other 14 by the document's totals. */
const communes: ReportCommuneInput[] = vanQuan2020Figures.map((f) => {
  if (f.unitCode === huuLe2020.code)
    return { unitCode: f.unitCode, unitName: f.unitName, criteriaMet: 16, basis: "detailed", statuses: { self: byNumber(huuLe2020.self), verified: byNumber(huuLe2020.verified) } };
  if (f.unitCode === tuXuyen2020.code)
    return { unitCode: f.unitCode, unitName: f.unitName, criteriaMet: 10, basis: "detailed", statuses: { self: tuXuyenSelf, verified: byNumber(tuXuyen2020.verified) } };
  return { unitCode: f.unitCode, unitName: f.unitName, criteriaMet: f.criteriaMet, basis: "document", statuses: { self: {}, verified: {} } };
});

const criteria = Object.entries(CRITERION_NAMES).map(([n, name]) => {
  const d = TU_XUYEN_DEPARTMENTS[Number(n)];
  const full = d ? Object.values(DEPTS).find((x) => x.code === d.code) : undefined;
  return { number: Number(n), name, departments: full ? [{ code: full.code, name: full.name, shortName: full.shortName, role: "lead" }] : [] };
});

let nextId = 1;
const rec = (addressee: ReportRecommendationInput["addressee"], extra: Partial<ReportRecommendationInput> = {}): ReportRecommendationInput => {
  const id = nextId++;
  return { id, addressee, commune: null, criterionNumber: null, indicatorCode: null, text: `Nhiệm vụ ${id}`, dueDate: null, dueText: null, status: "open", sortOrder: id, ...extra };
};
const unitTo = (unit: ReportUnit) => ({ kind: "unit" as const, unit });
const deptTo = (d: ReportDepartment) => ({ kind: "department" as const, department: d });

const recommendations: ReportRecommendationInput[] = [
  rec(unitTo(DISTRICT), { commune: { code: "06322", name: "Hữu Lễ" }, dueText: "trong tháng 6/2020", dueDate: { year: 2020, month: 6, day: 30 } }),
  rec(unitTo(DISTRICT), { commune: { code: "06277", name: "Tú Xuyên" }, dueText: "cuối năm 2020", dueDate: { year: 2020, month: 12, day: 31 } }),
  rec(unitTo(DISTRICT)),
  rec(unitTo(HUU_LE), { criterionNumber: 10 }),
  rec(unitTo(TU_XUYEN), { criterionNumber: 2 }),
  rec(unitTo(TU_XUYEN), { criterionNumber: 9, indicatorCode: "9.1" }),
  rec({ kind: "text", text: "Các sở, ngành được phân công phụ trách tiêu chí", addresseeKind: "department" }, { commune: { code: "06322", name: "Hữu Lễ" } }),
  rec({ kind: "text", text: "Các sở, ngành được phân công phụ trách tiêu chí ", addresseeKind: "department" }, { commune: { code: "06277", name: "Tú Xuyên" } }),
  rec(deptTo(DEPTS.GTVT), { criterionNumber: 2 }),
  rec(deptTo(DEPTS.CT), { criterionNumber: 4 }),
  rec(deptTo(DEPTS.GDDT), { criterionNumber: 5 }),
  rec(deptTo(DEPTS.VHTTDL), { criterionNumber: 6 }),
  rec(deptTo(DEPTS.VHTTDL), { criterionNumber: 16 }),
  rec(deptTo(DEPTS.XD), { criterionNumber: 9 }),
  rec(deptTo(DEPTS.LDTBXH), { criterionNumber: 11 }),
  rec(deptTo(DEPTS.YT), { criterionNumber: 15 }),
  rec(deptTo(DEPTS.TNMT), { criterionNumber: 17 }),
  rec(deptTo(DEPTS.GTVT), { status: "cancelled", text: "Đã hủy" }),
];

const input: InspectionReportInput = {
  inspection: {
    id: 1,
    title: "Kiểm tra tình hình thực hiện nhiệm vụ xây dựng NTM năm 2020 trên địa bàn huyện Văn Quan",
    inspectedOn: { year: 2020, month: 5, day: 20 },
    leadName: "Nguyễn Quang Huy",
    leadTitle: "Giám đốc Sở Thông tin và Truyền thông",
    leadDepartment: DEPTS.TTTT,
    members: [
      { department: DEPTS.NHNN, agencyName: null, role: "coordinating", representative: "Giám đốc" },
      { department: DEPTS.VPDP, agencyName: null, role: "coordinating", representative: null },
      { department: DEPTS.GTVT, agencyName: null, role: "member", representative: null },
      { department: DEPTS.CT, agencyName: null, role: "member", representative: null },
      { department: DEPTS.GDDT, agencyName: null, role: "member", representative: null },
      { department: DEPTS.VHTTDL, agencyName: null, role: "member", representative: null },
      { department: DEPTS.TNMT, agencyName: null, role: "member", representative: null },
      { department: DEPTS.TTTT, agencyName: null, role: "member", representative: null },
    ],
    basis: [
      { kind: "decision", number: "447/QĐ-UBND", title: "Quyết định phân công", issuer: "UBND tỉnh Lạng Sơn", issuedOn: { year: 2020, month: 3, day: 12 }, issuedOnText: null },
    ],
    strengths: "  Nỗ lực trong điều kiện khó khăn. ",
    shortcomings: "",
  },
  province: { code: "20", name: "Lạng Sơn" },
  area: DISTRICT,
  unitsVisited: [DISTRICT, HUU_LE, TU_XUYEN],
  totalCriteria: 19,
  criteria,
  communes,
  recommendations,
};

describe("buildInspectionReport on the Văn Quan 2020 inspection", () => {
  const report = buildInspectionReport(input);

  it("computes the district's distribution 3·1·4·3·2·2·1 with the communes' names", () => {
    const d = report.results.area.distribution;
    expect(d.map((b) => [b.criteriaMet, b.communeCount])).toEqual([
      [19, 3], [16, 1], [10, 4], [9, 3], [8, 2], [7, 2], [6, 1],
    ]);
    expect(d[0]?.names).toEqual(["Tân Đoàn", "Tràng Phái", "Yên Phúc"]);
    expect(d[1]?.names).toEqual(["Hữu Lễ"]);
    expect(d[2]?.names).toContain("Tú Xuyên");
  });

  it("computes the average 11 (not the stated 10,9) from 2 detailed and 14 document figures", () => {
    const a = report.results.area;
    expect(a.communeCount).toBe(16);
    expect(a.average).toBe(11);
    expect(a.averageBasis).toBe("mixed");
    expect([a.detailedCount, a.documentCount, a.missingCount]).toEqual([2, 14, 0]);
    expect(a.meetingAll).toBe(3);
    expect(a.belowFloor).toBe(0);
    expect(a.floor).toBe(5);
  });

  it("gives Hữu Lễ 16/19 verified beside 19/19 self-assessed, with 10, 11, 17 nearly met", () => {
    const h = report.results.communes.find((c) => c.code === "06322")!;
    expect(h.verified).toMatchObject({ met: 16, nearlyMet: 3, notMet: 0, total: 19 });
    expect(h.self).toMatchObject({ met: 19, total: 19 });
    expect(h.listsFrom).toBe("verified");
    expect(h.nearlyMet.map((c) => c.number)).toEqual([10, 11, 17]);
    expect(h.nearlyMet[2]).toMatchObject({ name: "Môi trường và an toàn thực phẩm", departments: [{ code: "TNMT" }] });
    expect(h.notMet).toEqual([]);
    expect(h.disagreements).toEqual([10, 11, 17]);
  });

  it("gives Tú Xuyên 10/19 with its 9 unmet criteria and their departments", () => {
    const tx = report.results.communes.find((c) => c.code === "06277")!;
    expect(tx.verified?.met).toBe(10);
    expect(tx.notMet.map((c) => c.number)).toEqual([2, 4, 5, 6, 9, 11, 15, 16, 17]);
    expect(tx.notMet.map((c) => c.departments[0]?.shortName)).toEqual(["GTVT", "Công Thương", "GD&ĐT", "VHTT&DL", "Xây dựng", "LĐTB&XH", "Y tế", "VHTT&DL", "TN&MT"]);
  });

  it("lists visited communes in visit order and leaves the district out of them", () => {
    expect(report.results.communes.map((c) => c.code)).toEqual(["06322", "06277"]);
  });

  it("groups tasks: district, Hữu Lễ, Tú Xuyên, then departments (worded addressee first), cancelled left out", () => {
    const kinds = report.tasks.map((g) => (g.kind === "unit" ? g.unit.code : g.kind));
    expect(kinds).toEqual(["184", "06322", "06277", "departments"]);
    const district = report.tasks[0];
    if (district?.kind !== "unit") throw new Error("expected the district first");
    expect(district.tasks.map((t) => t.dueText)).toEqual(["trong tháng 6/2020", "cuối năm 2020", null]);
    const depts = report.tasks[3];
    if (depts?.kind !== "departments") throw new Error("expected departments");
    expect(depts.subgroups.map((s) => (s.addressee.kind === "department" ? s.addressee.department.code : s.addressee.kind))).toEqual([
      "text", "GTVT", "CT", "GDDT", "VHTTDL", "XD", "LDTBXH", "YT", "TNMT",
    ]);
    // The same worded addressee with a trailing space is one group of two tasks.
    expect(depts.subgroups[0]?.tasks).toHaveLength(2);
    expect(depts.subgroups.find((s) => s.addressee.kind === "department" && s.addressee.department.code === "GTVT")!.tasks.map((t) => t.text)).not.toContain("Đã hủy");
    expect(depts.subgroups.find((s) => s.addressee.kind === "department" && s.addressee.department.code === "VHTTDL")!.tasks.map((t) => t.criterion?.number)).toEqual([6, 16]);
  });

  it("derives the recipients from the addressees and the team, each once, issuer left out, filing last", () => {
    const r = report.recipients;
    expect(r[0]).toEqual({ kind: "province_committee", provinceName: "Lạng Sơn" });
    expect(r[1]).toEqual({ kind: "steering_committee", provinceName: "Lạng Sơn" });
    expect(r.filter((x) => x.kind === "agency").map((x) => x.kind === "agency" && x.name)).toEqual([DEPTS.NHNN.name, DEPTS.VPDP.name]);
    const line = r.find((x) => x.kind === "departments");
    expect(line).toEqual({ kind: "departments", shortNames: ["GTVT", "Công Thương", "GD&ĐT", "VHTT&DL", "Xây dựng", "LĐTB&XH", "Y tế", "TN&MT"] });
    expect(r.filter((x) => x.kind === "unit").map((x) => x.kind === "unit" && x.unit.code)).toEqual(["184", "06322", "06277"]);
    // The worded "Các sở, ngành …" addressee is covered by the departments line.
    expect(r.filter((x) => x.kind === "text")).toEqual([]);
    expect(r).toHaveLength(2 + 2 + 1 + 3 + 1);
    expect(r.at(-1)).toEqual({ kind: "filing" });
  });

  it("fills the header, team, findings and signer", () => {
    expect(report.header).toMatchObject({ parentName: "Lạng Sơn", numberSuffix: "BC-STTTT", place: "Lạng Sơn" });
    expect(report.team.coordinating.map((c) => c.name)).toEqual([DEPTS.NHNN.name, DEPTS.VPDP.name]);
    expect(report.team.members).not.toContain(DEPTS.TTTT.name);
    expect(report.team.members).toHaveLength(5);
    expect(report.findings).toEqual({ strengths: "Nỗ lực trong điều kiện khó khăn.", shortcomings: null });
    expect(report.signer).toEqual({ title: "Giám đốc", name: "Nguyễn Quang Huy" });
  });
});

describe("report rules", () => {
  it("names the kind of figure behind an average", () => {
    expect(averageBasis(2, 14)).toBe("mixed");
    expect(averageBasis(3, 0)).toBe("detailed");
    expect(averageBasis(0, 5)).toBe("document");
    expect(averageBasis(0, 0)).toBe("none");
  });

  it("gives no average (null, never NaN) before any data exists", () => {
    const empty = buildInspectionReport({ ...input, communes: communes.map((c) => ({ ...c, criteriaMet: null, basis: "none", statuses: { self: {}, verified: {} } })) });
    expect(empty.results.area.average).toBeNull();
    expect(empty.results.area.averageBasis).toBe("none");
    expect(empty.results.area.distribution).toEqual([]);
    expect(empty.results.communes[0]).toMatchObject({ verified: null, self: null, listsFrom: "none", notMet: [], nearlyMet: [] });
  });

  it("strips the issuer from the signer's title only when it names the issuer", () => {
    expect(signerTitle("Phó Giám đốc Sở Thông tin và Truyền thông", DEPTS.TTTT)).toBe("Phó Giám đốc");
    expect(signerTitle("Chánh Văn phòng", DEPTS.TTTT)).toBe("Chánh Văn phòng");
    expect(signerTitle(null, DEPTS.TTTT)).toBeNull();
  });

  it("writes the number line's suffix from the issuer", () => {
    expect(numberSuffix(DEPTS.TTTT)).toBe("BC-STTTT");
    expect(numberSuffix(DEPTS.NHNN)).toBe("BC-NHNN");
    expect(numberSuffix(null)).toBe("BC");
  });

  it("puts a commune addressed but not visited after the visited ones, and other worded addressees last", () => {
    const other: ReportUnit = { code: "06283", name: "An Sơn", kind: "commune" };
    const groups = groupTasks(
      [
        rec({ kind: "text", text: "Công an huyện", addresseeKind: "district" }),
        rec(unitTo(other)),
        rec(unitTo(TU_XUYEN)),
        rec(unitTo(DISTRICT)),
      ],
      criteria,
      [DISTRICT, HUU_LE, TU_XUYEN],
    );
    expect(groups.map((g) => (g.kind === "unit" ? g.unit.code : g.kind === "text" ? g.text : g.kind))).toEqual(["184", "06277", "06283", "Công an huyện"]);
    const recipients = deriveRecipients({ province: { name: "Lạng Sơn" }, issuer: null, groups, members: [], unitsVisited: [DISTRICT, HUU_LE, TU_XUYEN] });
    expect(recipients.filter((r) => r.kind === "unit").map((r) => r.kind === "unit" && r.unit.code)).toEqual(["184", "06277", "06283", "06322"]);
    expect(recipients.filter((r) => r.kind === "departments")).toEqual([]);
    expect(recipients.at(-2)).toEqual({ kind: "text", text: "Công an huyện" });
  });

  it("keeps a worded group of departments as a recipient when no department is named", () => {
    const groups = groupTasks([rec({ kind: "text", text: "Các sở, ngành liên quan", addresseeKind: "department" })], criteria, [DISTRICT]);
    const recipients = deriveRecipients({ province: { name: "Lạng Sơn" }, issuer: null, groups, members: [], unitsVisited: [DISTRICT] });
    expect(recipients.filter((r) => r.kind === "text")).toEqual([{ kind: "text", text: "Các sở, ngành liên quan" }]);
  });
});
