import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "./test-db";

// The figures of the 2020 Văn Quan inspection report, reproduced through lib/data from a real
// migrated SQLite file loaded with the reference and demo data.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let data: typeof import("@/lib/data/standing");
let commune: typeof import("@/lib/data/commune");
let units: typeof import("@/lib/data/units");
let scope: import("@/lib/auth/scope").ReadScope;
const today = new Date("2026-11-26T03:00:00Z");
const endOf = (iso: string) => new Date(new Date(`${iso}T00:00:00+07:00`).getTime() + 86_400_000 - 1);

beforeAll(async () => {
  db = await createSeededDatabase();
  data = await import("@/lib/data/standing");
  commune = await import("@/lib/data/commune");
  units = await import("@/lib/data/units");
  scope = (await import("@/lib/auth/scope")).systemScope();
});
afterAll(() => db?.cleanup());

describe("Văn Quan district (184) as the report describes it", () => {
  it("has 16 communes (the township is listed apart) averaging 11 criteria, not the stated 10,9", async () => {
    const area = await data.getAreaStanding(scope, "184", today);
    expect(area).not.toBeNull();
    expect(area!.set?.code).toBe("QD1980-2016");
    expect(area!.summary.communeCount).toBe(16);
    expect(area!.otherUnits.map((u) => u.code)).toEqual(["06253"]);
    expect(area!.summary.averageCriteriaMet).toBe(11);
    expect(area!.summary.communesMeetingAll).toBe(3);
    expect(area!.summary.communesBelowFloor).toBe(0);
    expect(area!.summary.detailedCount).toBe(2);
    expect(area!.summary.documentCount).toBe(14);
    expect(area!.summary.distribution.map((b) => [b.criteriaMet, b.communeCount])).toEqual([
      [19, 3], [16, 1], [10, 4], [9, 3], [8, 2], [7, 2], [6, 1],
    ]);
  });

  it("flags the stated average and Hữu Lễ's second self-assessment figure, and nothing that agrees", async () => {
    const area = await data.getAreaStanding(scope, "184", today);
    const bad = area!.consistency.filter((r) => r.checkable && !r.consistent);
    expect(bad.map((r) => [r.unitCode, r.metric, r.stated, r.computed])).toEqual(
      expect.arrayContaining([
        ["184", "average_criteria_met", 10.9, 11],
        ["06322", "criteria_met_self", 16, 19],
      ]),
    );
    expect(bad).toHaveLength(2);
    const ok = area!.consistency.filter((r) => r.consistent);
    expect(ok.find((r) => r.metric === "communes_below")?.computed).toBe(0);
    expect(ok.filter((r) => r.metric === "communes_with_criteria_met")).toHaveLength(7);
  });

  it("shows nothing before the inspection date (standing on 19/5/2020 has no detailed data)", async () => {
    const area = await data.getAreaStanding(scope, "184", endOf("2020-05-19"));
    expect(area!.summary.withFigureCount).toBe(0);
    expect(area!.summary.averageCriteriaMet).toBeNull();
  });

  it("province 20 recomputes the same figures from its district's communes", async () => {
    const province = await data.getAreaStanding(scope, "20", today);
    expect(province!.summary.communeCount).toBe(16);
    expect(province!.summary.averageCriteriaMet).toBe(11);
    expect(province!.districts.map((d) => [d.code, d.summary.communeCount])).toEqual([["184", 16]]);
  });
});

describe("communes", () => {
  it("Hữu Lễ: 19/19 self-assessed, 16/19 verified with 10, 11 and 17 nearly met", async () => {
    const c = await commune.getCommuneDetail(scope, "06322", today, today);
    expect(c!.standing.self).toMatchObject({ met: 19, nearlyMet: 0, notMet: 0 });
    expect(c!.standing.verified).toMatchObject({ met: 16, nearlyMet: 3, notMet: 0, notAssessed: 0 });
    expect(c!.disagreements.map((d) => d.number)).toEqual([10, 11, 17]);
    expect(c!.gaps.items.map((g) => [g.number, g.status])).toEqual([[10, "nearly_met"], [11, "nearly_met"], [17, "nearly_met"]]);
    expect(c!.gaps.items.find((g) => g.number === 10)?.departments).toEqual([]);
    expect(c!.gaps.items.find((g) => g.number === 11)?.departments.map((d) => d.code)).toEqual(["LDTBXH"]);
    expect(c!.unit.especiallyDisadvantaged).toBe(true);
    expect(c!.groups.map((g) => [g.code, g.criteria.length])).toEqual([["I", 1], ["II", 8], ["III", 4], ["IV", 4], ["V", 2]]);
  });

  it("Tú Xuyên: 10/19 met, the nine unmet criteria with their departments and open tasks", async () => {
    const c = await commune.getCommuneDetail(scope, "06277", today, today);
    expect(c!.figure).toMatchObject({ basis: "detailed", criteriaMet: 10 });
    expect(c!.gaps.items.map((g) => g.number)).toEqual([2, 4, 5, 6, 9, 11, 15, 16, 17]);
    expect(c!.gaps.items.map((g) => g.departments[0]?.code ?? null)).toEqual(["GTVT", "CT", "GDDT", "VHTTDL", "XD", "LDTBXH", "YT", "VHTTDL", "TNMT"]);
    const housing = c!.gaps.items.find((g) => g.number === 9)!;
    expect(housing.failingIndicators.map((i) => [i.code, i.gap])).toEqual([["9.1", 1], ["9.2", null]]);
    const culture = c!.groups.flatMap((g) => g.criteria).find((x) => x.number === 16)!;
    const v = culture.indicators[0]!.results.verified!;
    expect(v.outcome).toBe("not_met");
    expect(v.source).toBe("assessor"); // no TDMNPB target is recorded for 16: the assessor's result stands
    expect(v.measured).toBeCloseTo(28.571, 2);
    // every open recommendation about Tú Xuyên is overdue by today
    expect(c!.gaps.items.flatMap((g) => g.recommendations).every((r) => r.overdue || r.dueDate === null)).toBe(true);
  });

  it("a commune known only by a document total has no invented criteria", async () => {
    const c = await commune.getCommuneDetail(scope, "06283", today, today);
    expect(c!.figure).toMatchObject({ basis: "document", criteriaMet: 6 });
    expect(c!.standing.verified).toBeNull();
    expect(c!.groups.flatMap((g) => g.criteria).every((x) => x.verified.status === "not_assessed")).toBe(true);
  });

  it("finds units by code with parent and children; unknown codes give null", async () => {
    const d = await units.getUnit(scope, "184");
    expect(d).toMatchObject({ code: "184", name: "Văn Quan", kind: "district", parentCode: "20" });
    expect(d!.children).toHaveLength(17);
    const dh = await units.getUnit(scope, "06280");
    expect(dh).toMatchObject({ name: "Điềm He", aliases: ["Diềm He"], regionCode: "TDMNPB" });
    expect(await units.getUnit(scope, "99999")).toBeNull();
  });
});
