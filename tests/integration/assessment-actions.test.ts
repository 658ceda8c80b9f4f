import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { createSeededDatabase } from "./test-db";

// The status actions as public endpoints: validate → authorize against the database → write
// with a version check. The session is replaced by a chosen viewer; everything else is real.

let current: (Viewer & { displayName: string; username: string }) | null = null;
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let actions: typeof import("@/lib/actions/assessment");
let prisma: import("@/generated/prisma/client").PrismaClient;
let facts: typeof import("@/lib/data/auth").getViewerFacts;

beforeAll(async () => {
  db = await createSeededDatabase();
  actions = await import("@/lib/actions/assessment");
  prisma = (await import("@/lib/db")).prisma;
  facts = (await import("@/lib/data/auth")).getViewerFacts;
});
afterAll(() => db?.cleanup());

async function as(username: string) {
  const u = await prisma.user.findUniqueOrThrow({ where: { username } });
  current = await facts(u.id);
}
function form(entries: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) data.set(k, String(v));
  return data;
}
async function versionOf(code: string, criterion: number, view: string) {
  const row = await prisma.criterionAssessment.findFirst({ where: { commune: { code }, criterion: { number: criterion, set: { code: "QD1980-2016" } }, view } });
  return row?.version ?? 0;
}
async function snapshot() {
  const [assessments, history] = await Promise.all([
    prisma.criterionAssessment.findMany({ select: { id: true, status: true, note: true, version: true }, orderBy: { id: "asc" } }),
    prisma.assessmentHistory.count(),
  ]);
  return { assessments, history };
}
const idle = { status: "idle" } as const;

describe("saveSelfStatusAction", () => {
  it("lets the commune's own official save, and refuses another commune's official, the district and the signed-out", async () => {
    const version = await versionOf("06277", 6, "self");
    const input = { communeCode: "06277", criterionNumber: 6, status: "nearly_met", note: "Đã khởi công 03 nhà văn hóa thôn", version };
    current = null;
    expect(await actions.saveSelfStatusAction(idle, form(input))).toEqual({ status: "forbidden" });
    await as("huule");
    expect(await actions.saveSelfStatusAction(idle, form(input))).toEqual({ status: "forbidden" });
    await as("vanquan");
    expect(await actions.saveSelfStatusAction(idle, form(input))).toEqual({ status: "forbidden" });
    await as("tuxuyen");
    expect(await actions.saveSelfStatusAction(idle, form(input))).toEqual({ status: "saved", version: version + 1 });
    // the same form again, from the old version, is stale and names the newer value
    expect(await actions.saveSelfStatusAction(idle, form({ ...input, status: "met" }))).toMatchObject({
      status: "stale",
      current: { status: "nearly_met", version: version + 1 },
      values: { status: "met" },
    });
  });

  it("refuses a deactivated account even with a live session", async () => {
    await prisma.user.update({ where: { username: "tuxuyen" }, data: { active: false } });
    await as("tuxuyen");
    const version = await versionOf("06277", 7, "self");
    expect(await actions.saveSelfStatusAction(idle, form({ communeCode: "06277", criterionNumber: 7, status: "met", version }))).toEqual({ status: "forbidden" });
    await prisma.user.update({ where: { username: "tuxuyen" }, data: { active: true } });
  });
});

describe("saveVerifiedStatusAction", () => {
  it("needs a reason, and is allowed to the district officer and the department in charge only", async () => {
    const version = await versionOf("06277", 2, "verified");
    const base = { communeCode: "06277", criterionNumber: 2, status: "met", version };
    await as("vanquan");
    expect(await actions.saveVerifiedStatusAction(idle, form({ ...base, note: "   " }))).toMatchObject({ status: "invalid", fieldErrors: { note: ["validation.reasonRequired"] } });
    await as("tuxuyen");
    expect(await actions.saveVerifiedStatusAction(idle, form({ ...base, note: "tự thẩm định" }))).toEqual({ status: "forbidden" });
    await as("gtvt");
    expect(await actions.saveVerifiedStatusAction(idle, form({ ...base, criterionNumber: 4, note: "không phải tiêu chí của sở" }))).toEqual({ status: "forbidden" });
    expect(await actions.saveVerifiedStatusAction(idle, form({ ...base, note: "Các tuyến trục xã đã hoàn thành" }))).toEqual({ status: "saved", version: version + 1 });
  });
});

describe("malformed input (property-based)", () => {
  const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(""), fc.constant(undefined), fc.string({ minLength: 3000, maxLength: 5000 }));
  it("random fields give a translated invalid (or forbidden) state and change nothing", async () => {
    await as("tuxuyen");
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.record({ communeCode: anything, criterionNumber: anything, status: anything, note: anything, version: anything }, { requiredKeys: [] }),
        fc.boolean(),
        async (input, verify) => {
          const state = await (verify ? actions.saveVerifiedStatusAction : actions.saveSelfStatusAction)(idle, form(input));
          if (state.status === "invalid") {
            for (const keys of Object.values(state.fieldErrors)) for (const k of keys) expect(k).toMatch(/^validation\./);
          } else {
            // a well-formed but unauthorized or out-of-date request
            expect(["forbidden", "stale"]).toContain(state.status);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("huge numbers and wrong types for version and criterion are refused", async () => {
    await as("tuxuyen");
    for (const bad of [{ version: "1e308" }, { version: "-1" }, { version: "NaN" }, { criterionNumber: "9007199254740993" }, { criterionNumber: "2.5" }, { status: "đạt" }, { communeCode: "06277; DROP TABLE" }]) {
      const state = await actions.saveSelfStatusAction(idle, form({ communeCode: "06277", criterionNumber: 8, status: "met", version: 1, ...bad }));
      expect(state.status).toBe("invalid");
    }
  });
});
