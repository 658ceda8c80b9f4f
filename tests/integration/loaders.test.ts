import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { LoaderError } from "@/prisma/loaders/common";
import { loadDemoFile } from "@/prisma/loaders/demo";
import { importReferenceFile, readTargetYears } from "@/prisma/loaders/reference";
import { createMigratedDatabase } from "./test-db";

const root = path.resolve(import.meta.dirname, "..", "..");
const ref1980 = path.join(root, "prisma/reference/ntm-criteria-2016-2020.json");
const ref318 = path.join(root, "prisma/reference/ntm-criteria-2021-2025.json");
const demoFile = path.join(root, "prisma/demo/van-quan-2020.json");
const years = readTargetYears(path.join(root, "prisma/reference/target-years.json"));

let db: ReturnType<typeof createMigratedDatabase>;
let prisma: PrismaClient;

beforeEach(() => {
  db = createMigratedDatabase();
  prisma = createPrismaClient(db.url);
});
afterEach(async () => {
  await prisma.$disconnect();
  await db.cleanup();
});

/** Writes a modified copy of a JSON file into the test's folder. */
function variant(file: string, edit: (json: any) => void): string {
  const json = JSON.parse(readFileSync(file, "utf8"));
  edit(json);
  const out = path.join(db.dir, `bad-${path.basename(file)}`);
  writeFileSync(out, JSON.stringify(json));
  return out;
}

async function tableCounts() {
  return {
    sets: await prisma.criteriaSet.count(),
    criteria: await prisma.criterion.count(),
    indicators: await prisma.indicator.count(),
    targets: await prisma.indicatorTarget.count(),
    units: await prisma.adminUnit.count(),
    history: await prisma.assessmentHistory.count(),
    recommendations: await prisma.recommendation.count(),
  };
}

describe("reference importer", () => {
  it("loads QĐ 1980 (19 criteria, 49 indicators) and is idempotent", async () => {
    const first = await importReferenceFile(prisma, ref1980, years);
    expect(first).toMatchObject({ set: "QD1980-2016", criteria: 19, indicators: 49, unchanged: false });
    const after1 = await tableCounts();
    expect(after1).toMatchObject({ sets: 1, criteria: 19, indicators: 49 });
    expect((await importReferenceFile(prisma, ref1980, years)).unchanged).toBe(true);
    // even without the checksum shortcut, a re-import changes no row count
    await prisma.dataLoad.deleteMany();
    await importReferenceFile(prisma, ref1980, years);
    expect(await tableCounts()).toEqual(after1);
  });

  it("stores unconfirmed targets as such and null targets not at all; income is the 2020 level", async () => {
    await importReferenceFile(prisma, ref1980, years);
    const target = (code: string, area: string) =>
      prisma.indicatorTarget.findFirst({ where: { areaCode: area, indicator: { code, criterion: { set: { code: "QD1980-2016" } } } } });
    expect(await target("11", "TDMNPB")).toBeNull(); // not recorded in any source
    expect(await target("11", "default")).toMatchObject({ op: "<=", valueNumber: 6, verified: true });
    expect(await target("17.1", "TDMNPB")).toMatchObject({ valueNumber: 90, secondaryMin: 50, verified: false, confidence: "secondary-conflict" });
    expect(await target("10", "TDMNPB")).toMatchObject({ op: ">=", valueNumber: 36, year: 2020, verified: true });
    expect(await target("9.1", "TDMNPB")).toMatchObject({ op: "==", valueText: "Không", verified: true });
  });

  it("loads a second set as new data with the same code path", async () => {
    await importReferenceFile(prisma, ref1980, years);
    const s = await importReferenceFile(prisma, ref318, years);
    expect(s).toMatchObject({ set: "QD318-2022", criteria: 19, indicators: 13 });
    expect(await prisma.criteriaSet.count()).toBe(2);
    const tiered = await prisma.indicatorTarget.findFirst({ where: { areaCode: "TDMNPB", indicator: { kind: "school_facility_tiered" } } });
    expect(JSON.parse(tiered!.detailsJson!)).toMatchObject({ level1MinIfMoreThan3Schools: 70, level1MinIf3OrFewerSchools: 50 });
  });

  it.each([
    ["a wrong operator", (j: any) => (j.criteria[0].indicators[0].targets.TDMNPB.op = "=>"), "criteria.0.indicators.0.targets.TDMNPB.op"],
    ["an indicator under the wrong criterion", (j: any) => (j.criteria[1].indicators[0].code = "3.1"), "criteria.1.indicators.0.code: indicator 3.1 does not belong to criterion 2"],
    ["an unknown region", (j: any) => (j.criteria[0].indicators[0].targets.XYZ = { op: "==", value: "Đạt" }), 'unknown region or commune group "XYZ"'],
    ["a missing name", (j: any) => delete j.criteria[4].name, "criteria.4.name"],
  ])("refuses %s, naming file and path, and writes nothing", async (_label, edit, expected) => {
    const bad = variant(ref1980, edit);
    const err = await importReferenceFile(prisma, bad, years).catch((e) => e);
    expect(err).toBeInstanceOf(LoaderError);
    expect(err.message).toContain(path.basename(bad));
    expect(err.message).toContain(expected);
    expect(await tableCounts()).toMatchObject({ sets: 0, criteria: 0, targets: 0 });
  });

  it("refuses a file that is not JSON", async () => {
    const bad = path.join(db.dir, "broken.json");
    writeFileSync(bad, "{ not json");
    await expect(importReferenceFile(prisma, bad)).rejects.toThrow(/broken\.json: \(root\): not valid JSON/);
  });
});

describe("demo loader", () => {
  beforeEach(async () => {
    await importReferenceFile(prisma, ref1980, years);
  });

  it("loads the report once, dating every history row at the inspection (20/5/2020)", async () => {
    const s = await loadDemoFile(prisma, demoFile);
    expect(s).toMatchObject({ units: 17, criterionAssessments: 76, recommendations: 32, dueDateWarnings: [] });
    const dates = await prisma.assessmentHistory.findMany({ distinct: ["effectiveAt"], select: { effectiveAt: true } });
    expect(dates.map((d) => d.effectiveAt.toISOString())).toEqual(["2020-05-20T00:00:00.000Z"]);
    const before = await tableCounts();
    expect((await loadDemoFile(prisma, demoFile)).unchanged).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it("turns the report's deadline wordings into dates and keeps the wording", async () => {
    await loadDemoFile(prisma, demoFile);
    const recs = await prisma.recommendation.findMany({ where: { dueText: { not: null } }, select: { dueText: true, dueDate: true } });
    const byText = new Map(recs.map((r) => [r.dueText, r.dueDate?.toISOString().slice(0, 10)]));
    expect(byText.get("trong tháng 6/2020")).toBe("2020-06-30");
    expect(byText.get("trong tháng 06/2020")).toBe("2020-06-30");
    expect(byText.get("cuối năm 2020")).toBe("2020-12-31");
    expect(byText.get("năm 2020")).toBe("2020-12-31");
  });

  it("keeps 14 communes as document totals and invents no criterion rows for them", async () => {
    await loadDemoFile(prisma, demoFile);
    const detailed = await prisma.criterionAssessment.findMany({ distinct: ["communeId"], select: { commune: { select: { code: true } } } });
    expect(detailed.map((d) => d.commune.code).sort()).toEqual(["06277", "06322"]);
    expect(await prisma.documentFigure.count({ where: { metric: "criteria_met", section: "I.2.a" } })).toBe(16);
    expect(await prisma.unitAlias.findFirst({ where: { alias: "Diềm He" }, select: { unit: { select: { name: true } } } })).toEqual({ unit: { name: "Điềm He" } });
  });

  it.each([
    ["an unknown department", (j: any) => (j.assignments[0].department = "XXX"), "assignments.0.department: unknown department XXX"],
    ["an unknown criterion", (j: any) => (j.assessments[1].criteria["23"] = { status: "met" }), "assessments.1.criteria.23: unknown criterion 23"],
    ["a bad status", (j: any) => (j.assessments[0].allOthers = "done"), "assessments.0.allOthers"],
    ["a bad unit code", (j: any) => (j.units[2].code = "6268x"), "units.2.code"],
    ["a figure above the set's size", (j: any) => (j.figures[9].value = 23), "figures.9.value: more than the set's 19 criteria"],
  ])("refuses %s, naming file and path, and writes nothing", async (_label, edit, expected) => {
    const bad = variant(demoFile, edit);
    const err = await loadDemoFile(prisma, bad).catch((e) => e);
    expect(err).toBeInstanceOf(LoaderError);
    expect(err.message).toContain(path.basename(bad));
    expect(err.message).toContain(expected);
    expect(await tableCounts()).toMatchObject({ units: 0, history: 0, recommendations: 0 });
  });

  it("needs its criteria set imported first", async () => {
    const bad = variant(demoFile, (j) => (j.criteriaSet = "QD999"));
    await expect(loadDemoFile(prisma, bad)).rejects.toThrow(/criteriaSet: criteria set "QD999" is not imported/);
  });
});
