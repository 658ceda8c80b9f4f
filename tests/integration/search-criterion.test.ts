import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadScope } from "@/lib/auth/scope";
import { createSeededDatabase } from "./test-db";
import { scopeFor } from "@/lib/auth/scope";
/** The read scope of a coordination office in the given province (as lib/auth mints it). */
function provinceScope(provinceCode: string) {
  return scopeFor({ userId: 0, role: "coordination_office", active: true, provinceCode, districtCode: null, communeCode: null, departmentCode: null });
}


// Unit search and the criterion-across-communes page's data, against a real migrated SQLite file
// loaded with the reference data and the Văn Quan 2020 demo data.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let search: typeof import("@/lib/data/search");
let criterion: typeof import("@/lib/data/criterion");
let scope: ReadScope;
const today = new Date("2026-11-26T03:00:00Z");
const endOf = (iso: string) => new Date(new Date(`${iso}T00:00:00+07:00`).getTime() + 86_400_000 - 1);

beforeAll(async () => {
  db = await createSeededDatabase();
  search = await import("@/lib/data/search");
  criterion = await import("@/lib/data/criterion");
  scope = (await import("@/lib/auth/scope")).systemScope();
});
afterAll(() => db?.cleanup());

describe("searchUnits", () => {
  it.each(["huu le", "HỮU LỄ", "Hữu Lễ", "xã hữu lễ", "huu"])("%j finds Hữu Lễ first, with its district", async (query) => {
    const results = await search.searchUnits(scope, query);
    expect(results[0]).toMatchObject({ code: "06322", name: "Hữu Lễ", kind: "commune", parentCode: "184", parentName: "Văn Quan", matchedAlias: null });
  });

  it("finds Tú Xuyên without diacritics", async () => {
    const results = await search.searchUnits(scope, "tu xuyen");
    expect(results.map((r) => r.code)).toEqual(["06277"]);
  });

  it("finds Điềm He by its name without diacritics, and through its alias Diềm He", async () => {
    const plain = await search.searchUnits(scope, "diem he");
    expect(plain.map((r) => [r.code, r.name, r.matchedAlias])).toEqual([["06280", "Điềm He", null]]);
    const alias = await search.searchUnits(scope, "Diềm He");
    expect(alias.map((r) => [r.code, r.name, r.matchedAlias])).toEqual([["06280", "Điềm He", "Diềm He"]]);
  });

  it("finds a unit by its full GSO code, and every unit whose code starts with the digits", async () => {
    expect((await search.searchUnits(scope, "06322")).map((r) => r.code)).toEqual(["06322"]);
    const district = await search.searchUnits(scope, "184");
    expect(district[0]).toMatchObject({ code: "184", name: "Văn Quan", kind: "district", parentCode: "20", parentName: "Lạng Sơn" });
    expect(district).toHaveLength(1);
    const prefix = await search.searchUnits(scope, "063", { limit: 100 });
    expect(prefix.map((r) => r.code)).toEqual(expect.arrayContaining(["06322", "06313", "06316", "06319", "06307", "06301"]));
    expect(prefix.every((r) => r.code.startsWith("063") || r.matchedAlias?.startsWith("063"))).toBe(true);
  });

  it("finds a commune by a former code and says so", async () => {
    const results = await search.searchUnits(scope, "06265");
    expect(results.map((r) => [r.code, r.matchedAlias])).toEqual([["06280", "06265"]]);
  });

  it("ranks the district before the township of the same name, and the township first when asked", async () => {
    expect((await search.searchUnits(scope, "van quan")).map((r) => r.code).slice(0, 2)).toEqual(["184", "06253"]);
    expect((await search.searchUnits(scope, "thị trấn Văn Quan")).map((r) => r.code)[0]).toBe("06253");
  });

  it("returns nothing for an empty, too long or unknown query, and respects the limit", async () => {
    expect(await search.searchUnits(scope, "")).toEqual([]);
    expect(await search.searchUnits(scope, "a".repeat(101))).toEqual([]);
    expect(await search.searchUnits(scope, "khong co xa nay")).toEqual([]);
    expect(await search.searchUnits(scope, "%")).toEqual([]);
    expect(await search.searchUnits(scope, "06", { limit: 3 })).toHaveLength(3);
  });

  it("keeps to the provinces of the scope", async () => {
    const other = provinceScope("01");
    expect(await search.searchUnits(other, "huu le")).toEqual([]);
    const own = provinceScope("20");
    expect((await search.searchUnits(own, "huu le")).map((r) => r.code)).toEqual(["06322"]);
    expect((await search.searchUnits(own, "lang son")).map((r) => r.code)).toEqual(["20"]);
  });
});

describe("getCriterionAcross", () => {
  it("criterion 16 in Văn Quan: Tú Xuyên not met with 2/7 villages, Hữu Lễ met, 14 communes known only by a document total", async () => {
    const data = await criterion.getCriterionAcross(scope, "184", 16, today);
    expect(data).not.toBeNull();
    const d = data!;
    expect(d.set.code).toBe("QD1980-2016");
    expect(d.criterion).toMatchObject({ number: 16, name: expect.stringContaining("Văn hóa") });
    expect(d.criterion.departments.map((x) => [x.code, x.role])).toEqual([["VHTTDL", "lead"]]);
    expect(d.tally).toMatchObject({ met: 1, nearlyMet: 0, notMet: 1, notAssessed: 0, documentOnly: 14, communeCount: 16 });
    expect(d.communes).toHaveLength(16);
    expect(d.communes.some((c) => c.code === "06253")).toBe(false); // the township is not a commune

    const tx = d.communes.find((c) => c.code === "06277")!;
    expect(tx).toMatchObject({ basis: "detailed", verified: { status: "not_met" }, self: { status: "not_met" }, regionCode: "TDMNPB" });
    expect(tx.verified.note).toContain("2/7");
    const ind = tx.indicators.find((i) => i.code === "16")!;
    expect(ind.values.verified).toMatchObject({ valueNumber: 2, denominator: 7, referenceYear: 2019 });
    expect(ind.results.verified).toMatchObject({ outcome: "not_met", source: "assessor" });
    expect(ind.results.verified?.measured).toBeCloseTo(28.571, 2);

    const hl = d.communes.find((c) => c.code === "06322")!;
    expect(hl).toMatchObject({ basis: "detailed", verified: { status: "met" }, self: { status: "met" } });
    expect(hl.indicators.every((i) => i.values.verified === null && i.values.self === null)).toBe(true);

    const docOnly = d.communes.filter((c) => c.basis === "document");
    expect(docOnly).toHaveLength(14);
    for (const c of docOnly) {
      expect(c.indicators).toEqual([]);
      expect(c.verified.status).toBe("not_assessed");
      expect(c.documentTotal?.criteriaMet).toBeGreaterThan(0);
    }
    expect(docOnly.find((c) => c.name === "Tràng Các")?.documentTotal?.criteriaMet).toBe(8);
    expect(d.communes.slice(0, 2).map((c) => c.code)).toEqual(["06277", "06322"]); // not met first
  });

  it("shows the criteria Hữu Lễ nearly meets (10, 11, 17) as nearly met there", async () => {
    for (const n of [10, 11, 17]) {
      const d = await criterion.getCriterionAcross(scope, "184", n, today);
      expect(d!.communes.find((c) => c.code === "06322")?.verified.status).toBe("nearly_met");
      expect(d!.tally.nearlyMet).toBe(1);
    }
  });

  it("gives the target of the communes' region (TDMNPB) for each indicator", async () => {
    const d = await criterion.getCriterionAcross(scope, "184", 16, today);
    expect(d!.regionTargets).toHaveLength(1);
    expect(d!.regionTargets[0]).toMatchObject({ regionCode: "TDMNPB", communeCount: 16 });
    expect(d!.regionTargets[0]!.targets.map((x) => x.code)).toEqual(["16"]);
  });

  it("as of 19/5/2020, before the inspection, nothing is assessed and no document total exists yet", async () => {
    const d = await criterion.getCriterionAcross(scope, "184", 16, endOf("2020-05-19"));
    expect(d!.tally).toMatchObject({ met: 0, nearlyMet: 0, notMet: 0, notAssessed: 16, documentOnly: 0 });
    expect(d!.communes.every((c) => c.basis === "none" && c.indicators.length === 0)).toBe(true);
  });

  it("as of 20/5/2020, the inspection day, gives the report's standing", async () => {
    const d = await criterion.getCriterionAcross(scope, "184", 16, endOf("2020-05-20"));
    expect(d!.tally).toMatchObject({ met: 1, notMet: 1, documentOnly: 14 });
  });

  it("works for the province too, naming each commune's district", async () => {
    const d = await criterion.getCriterionAcross(scope, "20", 16, today);
    expect(d!.area.kind).toBe("province");
    expect(d!.tally).toMatchObject({ met: 1, notMet: 1, documentOnly: 14, communeCount: 16 });
    expect(d!.communes.find((c) => c.code === "06277")?.district).toEqual({ code: "184", name: "Văn Quan" });
  });

  it("is null for a criterion not in the set, a commune, an unknown unit or another province's scope", async () => {
    expect(await criterion.getCriterionAcross(scope, "184", 20, today)).toBeNull();
    expect(await criterion.getCriterionAcross(scope, "184", 0, today)).toBeNull();
    expect(await criterion.getCriterionAcross(scope, "184", 1.5, today)).toBeNull();
    expect(await criterion.getCriterionAcross(scope, "06322", 16, today)).toBeNull();
    expect(await criterion.getCriterionAcross(scope, "99999", 16, today)).toBeNull();
    expect(await criterion.getCriterionAcross(provinceScope("01"), "184", 16, today)).toBeNull();
  });
});
