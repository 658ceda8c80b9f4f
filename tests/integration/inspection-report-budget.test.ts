import { describe, expect, it } from "vitest";
import { useStatementCounter } from "./statement-counter";

// The report's data comes from a bounded number of SQL statements: the inspection with its
// relations, the area standing (lib/data/standing.ts) and the departments per criterion — never
// one statement per commune, criterion or recommendation.

const counter = useStatementCounter();


describe("query budget of the inspection report", () => {
  it("stays within a fixed number of statements, whatever the number of recommendations", async () => {
    const { getInspectionReport } = await import("@/lib/data/inspection-report");
    const { systemScope } = await import("@/lib/auth/scope");
    const { result: before, statements: n } = await counter.count(() => getInspectionReport(systemScope(), 1));
    expect(before?.report.results.area.average).toBe(11);
    // Prisma sends one statement per included relation: the inspection (about a dozen relations) plus
    // the area standing (about a dozen) plus one for the departments.
    expect(n).toBeLessThanOrEqual(32);

    // Ten more recommendations cost nothing more.
    const insp = await counter.client().inspection.findUniqueOrThrow({ where: { id: 1 }, select: { id: true } });
    const district = await counter.client().adminUnit.findUniqueOrThrow({ where: { code: "184" }, select: { id: true } });
    for (let i = 0; i < 10; i++)
      await counter.client().recommendation.create({ data: { inspectionId: insp.id, addresseeKind: "district", addresseeUnitId: district.id, text: `Thêm ${i}`, sortOrder: 100 + i } });
    const { result: after, statements: m } = await counter.count(() => getInspectionReport(systemScope(), 1));
    expect(m).toBe(n);
    const district184 = after?.report.tasks[0];
    expect(district184?.kind === "unit" && district184.tasks.length).toBe(16);
  });
});
