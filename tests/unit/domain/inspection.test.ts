import { describe, expect, it } from "vitest";
import { inspectionDateProblem, observableCommunes, observationChanges, teamProblems, unitInForceOn, viewDisagreements, visitedUnitsProvince, type TeamMemberInput } from "@/lib/domain/inspection";
import { STATUSES, type Status } from "@/lib/domain/types";

const member = (m: Partial<TeamMemberInput>): TeamMemberInput => ({ departmentCode: null, agencyName: null, role: "member", representative: null, ...m });
const known = new Set(["GTVT", "VPDP", "NHNN"]);

describe("teamProblems", () => {
  it("accepts departments and named agencies, each once", () => {
    expect(teamProblems([member({ departmentCode: "GTVT" }), member({ departmentCode: "VPDP", role: "coordinating" }), member({ agencyName: "Hội Nông dân tỉnh" })], known).size).toBe(0);
    expect(teamProblems([], known).size).toBe(0);
  });
  it("names the row that is empty, names both, repeats one, or names an unknown department", () => {
    const problems = teamProblems(
      [
        member({}),
        member({ departmentCode: "GTVT", agencyName: "Sở GTVT" }),
        member({ departmentCode: "GTVT" }),
        member({ departmentCode: "GTVT" }),
        member({ departmentCode: "XYZ" }),
        member({ agencyName: "Hội  Nông dân" }),
        member({ agencyName: "hội nông dân" }),
        member({ departmentCode: "  ", agencyName: "  " }),
      ],
      known,
    );
    expect([...problems]).toEqual([
      [0, "memberEmpty"],
      [1, "memberBoth"],
      [3, "memberDuplicate"],
      [4, "memberUnknownDepartment"],
      [6, "memberDuplicate"],
      [7, "memberEmpty"],
    ]);
  });
});

describe("visitedUnitsProvince", () => {
  it("needs at least one district or commune, all in one province", () => {
    expect(visitedUnitsProvince([])).toEqual({ ok: false, problem: "unitsRequired" });
    expect(visitedUnitsProvince([{ code: "184", kind: "district", provinceCode: "20" }, { code: "06277", kind: "commune", provinceCode: "20" }])).toEqual({ ok: true, provinceCode: "20" });
    expect(visitedUnitsProvince([{ code: "06253", kind: "township", provinceCode: "20" }])).toEqual({ ok: true, provinceCode: "20" });
    expect(visitedUnitsProvince([{ code: "20", kind: "province", provinceCode: "20" }])).toEqual({ ok: false, problem: "unitsKind" });
    expect(visitedUnitsProvince([{ code: "x", kind: "village", provinceCode: "20" }])).toEqual({ ok: false, problem: "unitsKind" });
    expect(visitedUnitsProvince([{ code: "184", kind: "district", provinceCode: "20" }, { code: "001", kind: "commune", provinceCode: "01" }])).toEqual({ ok: false, problem: "unitsProvince" });
    expect(visitedUnitsProvince([{ code: "184", kind: "district", provinceCode: null }])).toEqual({ ok: false, problem: "unitsProvince" });
  });
});

describe("observableCommunes", () => {
  it("lists the communes listed as visited, not the communes of a visited district", () => {
    expect(observableCommunes([{ code: "184", kind: "district" }, { code: "06322", kind: "commune" }, { code: "06253", kind: "township" }])).toEqual(["06322", "06253"]);
    expect(observableCommunes([{ code: "184", kind: "district" }])).toEqual([]);
  });
});

describe("unitInForceOn", () => {
  const day = (year: number, month: number, d: number) => ({ year, month, day: d });
  it("includes both ends of the unit's existence and treats null as open", () => {
    const district = { validFrom: null, validTo: day(2025, 6, 30) };
    expect(unitInForceOn(district, day(2025, 6, 30))).toBe(true);
    expect(unitInForceOn(district, day(2025, 7, 1))).toBe(false);
    const merged = { validFrom: day(2020, 1, 1), validTo: null };
    expect(unitInForceOn(merged, day(2019, 12, 31))).toBe(false);
    expect(unitInForceOn(merged, day(2020, 1, 1))).toBe(true);
    expect(unitInForceOn({ validFrom: null, validTo: null }, day(1990, 1, 1))).toBe(true);
  });
});

describe("inspectionDateProblem", () => {
  const today = { year: 2020, month: 5, day: 20 };
  it("refuses a date after today and accepts today and before", () => {
    expect(inspectionDateProblem({ year: 2020, month: 5, day: 21 }, today)).toBe("dateFuture");
    expect(inspectionDateProblem(today, today)).toBeNull();
    expect(inspectionDateProblem({ year: 2019, month: 12, day: 31 }, today)).toBeNull();
  });
});

describe("viewDisagreements", () => {
  it("names each pair of assessed views that differ", () => {
    expect(viewDisagreements({ self: "met", verified: "nearly_met", inspection: "not_met" })).toEqual(["self_verified", "self_inspection", "verified_inspection"]);
    expect(viewDisagreements({ self: "met", verified: "nearly_met", inspection: "nearly_met" })).toEqual(["self_verified", "self_inspection"]);
    expect(viewDisagreements({ self: "met", verified: "met", inspection: "met" })).toEqual([]);
  });
  it("a view not assessed disagrees with nothing", () => {
    expect(viewDisagreements({ self: "met", verified: "not_assessed", inspection: "not_met" })).toEqual(["self_inspection"]);
    expect(viewDisagreements({ self: "not_assessed", verified: "not_assessed", inspection: "met" })).toEqual([]);
  });
  it("is symmetric in what it reports for every combination", () => {
    for (const a of STATUSES)
      for (const b of STATUSES)
        for (const c of STATUSES) {
          const pairs = viewDisagreements({ self: a, verified: b, inspection: c });
          const differ = (x: Status, y: Status) => x !== "not_assessed" && y !== "not_assessed" && x !== y;
          expect(pairs.includes("self_verified")).toBe(differ(a, b));
          expect(pairs.includes("self_inspection")).toBe(differ(a, c));
          expect(pairs.includes("verified_inspection")).toBe(differ(b, c));
        }
  });
});

describe("observationChanges", () => {
  it("records new and changed observations only", () => {
    const before = new Map<number, { status: Status; note: string | null }>([
      [1, { status: "met", note: null }],
      [2, { status: "not_met", note: "Chợ chưa đạt" }],
    ]);
    const changes = observationChanges(before, [
      { criterionNumber: 1, status: "met", note: null },
      { criterionNumber: 2, status: "not_met", note: "Chợ chưa xây" },
      { criterionNumber: 3, status: "not_assessed", note: null },
      { criterionNumber: 4, status: "nearly_met", note: null },
      { criterionNumber: 5, status: "not_assessed", note: "Chưa đến" },
    ]);
    expect(changes.map((c) => c.criterionNumber)).toEqual([2, 4, 5]);
    expect(changes[0]).toEqual({ criterionNumber: 2, from: { status: "not_met", note: "Chợ chưa đạt" }, to: { status: "not_met", note: "Chợ chưa xây" } });
  });
});
