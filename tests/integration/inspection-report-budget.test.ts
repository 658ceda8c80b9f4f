import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { createSeededDatabase } from "./test-db";

// The report's data comes from a bounded number of SQL statements: the inspection with its
// relations, the area standing (lib/data/standing.ts) and the departments per criterion — never
// one statement per commune, criterion or recommendation.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let client: PrismaClient;
let statements = 0;

beforeAll(async () => {
  db = await createSeededDatabase();
  client = createPrismaClient(db.url, { log: [{ emit: "event", level: "query" }] });
  (client as unknown as { $on(event: "query", cb: () => void): void }).$on("query", () => {
    statements++;
  });
  (globalThis as { prisma?: PrismaClient }).prisma = client;
});
afterAll(async () => {
  await client?.$disconnect();
  await db?.cleanup();
});

describe("query budget of the inspection report", () => {
  it("stays within a fixed number of statements, whatever the number of recommendations", async () => {
    const { getInspectionReport } = await import("@/lib/data/inspection-report");
    const { systemScope } = await import("@/lib/auth/scope");
    statements = 0;
    const before = await getInspectionReport(systemScope(), 1);
    const n = statements;
    expect(before?.report.results.area.average).toBe(11);
    // Prisma sends one statement per included relation: the inspection (about a dozen relations) plus
    // the area standing (about a dozen) plus one for the departments.
    expect(n).toBeLessThanOrEqual(32);

    // Ten more recommendations cost nothing more.
    const insp = await client.inspection.findUniqueOrThrow({ where: { id: 1 }, select: { id: true } });
    const district = await client.adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
    for (let i = 0; i < 10; i++)
      await client.recommendation.create({ data: { inspectionId: insp.id, addresseeKind: "district", addresseeUnitId: district.id, text: `Thêm ${i}`, sortOrder: 100 + i } });
    statements = 0;
    const after = await getInspectionReport(systemScope(), 1);
    expect(statements).toBe(n);
    const district184 = after?.report.tasks[0];
    expect(district184?.kind === "unit" && district184.tasks.length).toBe(16);
  });
});
