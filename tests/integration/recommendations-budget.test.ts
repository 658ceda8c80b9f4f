import { describe, expect, it } from "vitest";
import { useStatementCounter } from "./statement-counter";

// The register, the department queue, the home list and a recommendation's page read a fixed
// number of SQL statements: adding recommendations and notes does not add statements.

const counter = useStatementCounter();
const now = new Date("2020-06-20T03:00:00Z");


const count = async <T,>(fn: () => Promise<T>): Promise<number> => (await counter.count(fn)).statements;

describe("recommendation reads stay within a fixed number of statements", () => {
  it("whatever the number of recommendations and notes", async () => {
    const data = await import("@/lib/data/recommendations");
    const { scopeFor } = await import("@/lib/auth/scope");
    const { getViewerFacts } = await import("@/lib/data/auth");
    const { readRegisterFilters } = await import("@/lib/validation/recommendation");
    const users = await counter.client().user.findMany({ select: { id: true, username: true } });
    const facts = async (name: string) => (await getViewerFacts(users.find((u) => u.username === name)!.id))!;
    const vpdp = scopeFor(await facts("vpdp"));
    const gtvt = scopeFor(await facts("gtvt"));
    const rec = await counter.client().recommendation.findFirstOrThrow({ where: { addresseeDepartment: { code: "GTVT" } }, select: { id: true, communeId: true, criterionId: true, addresseeDepartmentId: true } });

    const measure = async () => ({
      register: await count(() => data.listRecommendations(vpdp, readRegisterFilters({ status: "all" }).filters, now)),
      options: await count(() => data.getRegisterOptions(vpdp, now)),
      detail: await count(() => data.getRecommendationDetail(vpdp, rec.id)),
      target: await count(() => data.getRecommendationTarget(rec.id)),
      queue: await count(() => data.getDepartmentQueue(gtvt, "GTVT")),
      home: await count(() => data.getHomeTasks(vpdp, { kind: "province", code: "20" }, now)),
    });
    const before = await measure();
    // Prisma sends one statement per relation level it reads; these caps are today's counts.
    const caps = { register: 12, options: 8, detail: 16, target: 10, queue: 19, home: 27 };
    for (const [k, n] of Object.entries(before)) expect(n, k).toBeLessThanOrEqual(caps[k as keyof typeof caps]);

    for (let i = 0; i < 40; i++) {
      const r = await counter.client().recommendation.create({
        data: { addresseeKind: "department", addresseeDepartmentId: rec.addresseeDepartmentId, communeId: rec.communeId, criterionId: rec.criterionId, text: `Thêm ${i}`, dueDate: new Date(Date.UTC(2020, 5, 1 + (i % 28))), status: "open" },
      });
      await counter.client().recommendationNote.createMany({ data: [{ recommendationId: r.id, body: "a" }, { recommendationId: r.id, body: "b" }] });
      await counter.client().recommendationNote.create({ data: { recommendationId: rec.id, body: `ghi nhận ${i}` } });
    }
    expect(await measure()).toEqual(before);
  });
});
