import { describe, expect, it } from "vitest";
import { can, type Viewer } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { canReadPlace } from "@/lib/data/scope";
import { inspectionAccess, inspectionArea, type UnitPlace } from "@/lib/domain/inspection";

// Who reads an inspection and its report, per role: the rule takes "may this reader read this
// place", which is can(viewer, "unit.read", …) in the permission table and canReadPlace(scope, …)
// in lib/data. Both must give the same answers, listed here per role and inspection.

const province = (p: string): UnitPlace => ({ provinceCode: p, districtCode: null, communeCode: null });
const district = (p: string, d: string): UnitPlace => ({ provinceCode: p, districtCode: d, communeCode: null });
const commune = (p: string, d: string, c: string): UnitPlace => ({ provinceCode: p, districtCode: d, communeCode: c });

// Inspections by the units they visited (Lạng Sơn 20, Văn Quan 184 with Hữu Lễ 06322 and Tú Xuyên
// 06277, another district 185, another province 01).
const inspections = {
  demo: [district("20", "184"), commune("20", "184", "06322"), commune("20", "184", "06277")],
  tuXuyenOnly: [commune("20", "184", "06277")],
  districtOnly: [district("20", "184")],
  otherDistrict: [district("20", "185"), commune("20", "185", "06400")],
  twoDistricts: [commune("20", "184", "06322"), commune("20", "185", "06400")],
  otherProvince: [district("01", "001"), commune("01", "001", "00001")],
} satisfies Record<string, UnitPlace[]>;
type Name = keyof typeof inspections;
const ALL = Object.keys(inspections) as Name[];

const base = { active: true, departmentCode: null } as const;
const cases: { who: string; viewer: Viewer; read: Name[]; report: Name[] }[] = [
  {
    who: "coordination office of the province",
    viewer: { ...base, userId: 1, role: "coordination_office", provinceCode: "20", districtCode: null, communeCode: null },
    read: ["demo", "tuXuyenOnly", "districtOnly", "otherDistrict", "twoDistricts"],
    report: ["demo", "tuXuyenOnly", "districtOnly", "otherDistrict", "twoDistricts"],
  },
  {
    who: "department inspector of the province",
    viewer: { ...base, userId: 2, role: "department_inspector", provinceCode: "20", districtCode: null, communeCode: null, departmentCode: "GTVT" },
    read: ["demo", "tuXuyenOnly", "districtOnly", "otherDistrict", "twoDistricts"],
    report: ["demo", "tuXuyenOnly", "districtOnly", "otherDistrict", "twoDistricts"],
  },
  {
    // reads what visited the district or one of its communes; the report of a visit across two
    // districts gives the province's figures, which the district officer does not read
    who: "district officer of Văn Quan",
    viewer: { ...base, userId: 3, role: "district_officer", provinceCode: "20", districtCode: "184", communeCode: null },
    read: ["demo", "tuXuyenOnly", "districtOnly", "twoDistricts"],
    report: ["demo", "tuXuyenOnly", "districtOnly"],
  },
  {
    // reads what visited the commune itself (a visit to the district alone is not one), never the
    // report: it states the district's figures and the other communes' standing
    who: "commune official of Hữu Lễ",
    viewer: { ...base, userId: 4, role: "commune_official", provinceCode: "20", districtCode: "184", communeCode: "06322" },
    read: ["demo", "twoDistricts"],
    report: [],
  },
  {
    who: "administrator",
    viewer: { ...base, userId: 5, role: "admin", provinceCode: null, districtCode: null, communeCode: null },
    read: ALL,
    report: ALL,
  },
  {
    who: "coordination office of another province",
    viewer: { ...base, userId: 6, role: "coordination_office", provinceCode: "01", districtCode: null, communeCode: null },
    read: ["otherProvince"],
    report: ["otherProvince"],
  },
  {
    who: "district officer of another province",
    viewer: { ...base, userId: 7, role: "district_officer", provinceCode: "01", districtCode: "001", communeCode: null },
    read: ["otherProvince"],
    report: ["otherProvince"],
  },
  {
    who: "deactivated district officer of Văn Quan",
    viewer: { ...base, userId: 8, role: "district_officer", provinceCode: "20", districtCode: "184", communeCode: null, active: false },
    read: [],
    report: [],
  },
  {
    who: "deactivated coordination office",
    viewer: { ...base, userId: 9, role: "coordination_office", provinceCode: "20", districtCode: null, communeCode: null, active: false },
    read: [],
    report: [],
  },
  {
    who: "unknown role",
    viewer: { ...base, userId: 10, role: "intern", provinceCode: "20", districtCode: "184", communeCode: "06322" },
    read: [],
    report: [],
  },
];

describe("inspectionAccess per role", () => {
  describe.each(cases)("$who", ({ viewer, read, report }) => {
    const readers = {
      "can(unit.read)": (p: UnitPlace) => can(viewer, "unit.read", p),
      "the read scope": (p: UnitPlace) => canReadPlace(scopeFor(viewer), p),
    };
    it.each(Object.entries(readers))("through %s", (_how, mayRead) => {
      const got = Object.fromEntries(ALL.map((name) => [name, inspectionAccess(inspections[name], mayRead)]));
      expect(ALL.filter((n) => got[n]!.read)).toEqual(read);
      expect(ALL.filter((n) => got[n]!.report)).toEqual(report);
    });
  });

  it("whoever reads the report reads the inspection; no visited unit, no access", () => {
    for (const { viewer } of cases)
      for (const name of ALL) {
        const a = inspectionAccess(inspections[name], (p) => can(viewer, "unit.read", p));
        if (a.report) expect(a.read).toBe(true);
      }
    expect(inspectionAccess([], () => true)).toEqual({ read: false, report: false });
  });
});

describe("inspectionArea", () => {
  it("is the one district of the visits, else their province, and none across provinces", () => {
    expect(inspectionArea(inspections.demo)).toEqual(district("20", "184"));
    expect(inspectionArea(inspections.tuXuyenOnly)).toEqual(district("20", "184"));
    expect(inspectionArea(inspections.twoDistricts)).toEqual(province("20"));
    expect(inspectionArea([district("20", "184"), commune("01", "001", "00001")])).toBeNull();
    expect(inspectionArea([])).toBeNull();
    // a commune directly under its province (no district) puts the report at province level
    expect(inspectionArea([{ provinceCode: "20", districtCode: null, communeCode: "07000" }])).toEqual(province("20"));
  });
});
