import { describe, expect, it } from "vitest";
import { useStatementCounter } from "./statement-counter";

// "No waste": each page's data comes from a bounded number of queries, whatever the number of
// communes or criteria. The app's Prisma client (lib/db.ts) is replaced by one that counts the
// SQL statements it sends; the Văn Quan data (16 communes × 19 criteria) is the yardstick.

const counter = useStatementCounter();
const today = new Date("2026-11-26T03:00:00Z");


const count = counter.count;

describe("query budget on the Văn Quan data", () => {
  it("district page data (getAreaStanding) stays within a fixed number of statements", async () => {
    const { getAreaStanding } = await import("@/lib/data/standing");
    const { systemScope } = await import("@/lib/auth/scope");
    const { result, statements: n } = await count(() => getAreaStanding(systemScope(), "184", today));
    expect(result?.summary.communeCount).toBe(16);
    // unit, communes, criteria set (+ its relation counts), history, document figures
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(12);
  });

  it("province page data costs the same order (not one query per district or commune)", async () => {
    const { getAreaStanding } = await import("@/lib/data/standing");
    const { systemScope } = await import("@/lib/auth/scope");
    const { statements: n } = await count(() => getAreaStanding(systemScope(), "20", today));
    expect(n).toBeLessThanOrEqual(12);
  });

  it("commune page data (getCommuneDetail) stays within a fixed number of statements", async () => {
    const { getCommuneDetail } = await import("@/lib/data/commune");
    const { systemScope } = await import("@/lib/auth/scope");
    const { result, statements: n } = await count(() => getCommuneDetail(systemScope(), "06277", today, today));
    expect(result?.standing.verified?.met).toBe(10);
    // 19 criteria, 49 indicators and their targets, departments, history and recommendations are
    // read one relation at a time (Prisma issues one statement per included relation), never one
    // statement per row. (+1 for the inspections that visited the commune: one bounded query for
    // the inspection team's view.)
    expect(n).toBeLessThanOrEqual(25);
    // A commune with far less data costs exactly the same: nothing scales with the rows.
    const other = await count(() => getCommuneDetail(systemScope(), "06283", today, today));
    expect(other.statements).toBe(n);
  });

  it("the district figures cost the same whether 2 or 16 communes have data", async () => {
    const { getAreaStanding } = await import("@/lib/data/standing");
    const { systemScope } = await import("@/lib/auth/scope");
    const before = await count(() => getAreaStanding(systemScope(), "184", new Date("2020-05-19T16:00:00Z")));
    const after = await count(() => getAreaStanding(systemScope(), "184", today));
    expect(before.result?.summary.withFigureCount).toBe(0);
    expect(after.result?.summary.withFigureCount).toBe(16);
    expect(after.statements).toBe(before.statements);
  });
});
