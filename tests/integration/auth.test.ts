import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase } from "./test-db";

// Sign-in against the real demo accounts: right and wrong passwords, deactivated accounts,
// rate limits per account and per address, and the viewer built from the database.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let authorize: typeof import("@/lib/auth/options").authorizeCredentials;
let facts: typeof import("@/lib/data/auth").getViewerFacts;
let prisma: import("@/generated/prisma/client").PrismaClient;

beforeAll(async () => {
  db = await createSeededDatabase();
  authorize = (await import("@/lib/auth/options")).authorizeCredentials;
  facts = (await import("@/lib/data/auth")).getViewerFacts;
  prisma = (await import("@/lib/db")).prisma;
});
afterAll(() => db?.cleanup());

const from = (ip: string) => ({ "x-forwarded-for": `${ip}, 10.0.0.1` });

describe("credentials", () => {
  it("accepts a demo account with ntm-demo, case-insensitively on the username", async () => {
    expect(await authorize({ username: "huule", password: "ntm-demo" }, from("192.0.2.1"))).toMatchObject({
      name: expect.stringContaining("Hữu Lễ"),
      role: "commune_official",
      scope: { provinceCode: "20", districtCode: "184", communeCode: "06322", departmentCode: null },
    });
    expect(await authorize({ username: " HuuLe ", password: "ntm-demo" }, from("192.0.2.1"))).not.toBeNull();
  });

  it.each([
    ["a wrong password", { username: "huule", password: "wrong" }],
    ["an unknown user", { username: "nobody", password: "ntm-demo" }],
    ["missing fields", { username: "huule" }],
    ["wrong types", { username: 42, password: ["x"] }],
    ["a huge password", { username: "huule", password: "x".repeat(10_000) }],
  ])("refuses %s with null (one generic message)", async (_label, creds) => {
    expect(await authorize(creds, from("192.0.2.2"))).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    await prisma.user.update({ where: { username: "admin" }, data: { active: false } });
    expect(await authorize({ username: "admin", password: "ntm-demo" }, from("192.0.2.3"))).toBeNull();
    await prisma.user.update({ where: { username: "admin" }, data: { active: true } });
  });

  it("locks an account after 5 failures, even for the right password, from any address", async () => {
    for (let i = 0; i < 5; i++) expect(await authorize({ username: "tuxuyen", password: `bad${i}` }, from(`198.51.100.${i}`))).toBeNull();
    expect(await authorize({ username: "tuxuyen", password: "ntm-demo" }, from("198.51.100.99"))).toBeNull();
    // other accounts are not affected
    expect(await authorize({ username: "gtvt", password: "ntm-demo" }, from("198.51.100.99"))).not.toBeNull();
  });

  it("limits an address after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++) await authorize({ username: `guess${i}`, password: "x" }, from("203.0.113.7"));
    expect(await authorize({ username: "vanquan", password: "ntm-demo" }, from("203.0.113.7"))).toBeNull();
    expect(await authorize({ username: "vanquan", password: "ntm-demo" }, from("203.0.113.8"))).not.toBeNull();
  });
});

describe("viewer", () => {
  it("derives province, district, commune and department from the database", async () => {
    const huule = await prisma.user.findUniqueOrThrow({ where: { username: "huule" } });
    expect(await facts(huule.id)).toMatchObject({ role: "commune_official", provinceCode: "20", districtCode: "184", communeCode: "06322", departmentCode: null, active: true });
    const gtvt = await prisma.user.findUniqueOrThrow({ where: { username: "gtvt" } });
    expect(await facts(gtvt.id)).toMatchObject({ role: "department_inspector", provinceCode: "20", departmentCode: "GTVT", communeCode: null });
    expect(await facts(999_999)).toBeNull();
  });
});

describe("malformed credentials (property-based)", () => {
  it("random values never sign anyone in and never change an account", async () => {
    const { default: fc } = await import("fast-check");
    const users = await prisma.user.findMany({ select: { id: true, passwordHash: true, active: true, version: true }, orderBy: { id: "asc" } });
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()), fc.string({ minLength: 300, maxLength: 400 }));
    await fc.assert(
      fc.asyncProperty(fc.record({ username: value, password: value }, { requiredKeys: [] }), async (creds) => {
        expect(await authorize(creds, from("192.0.2.200"))).toBeNull();
      }),
      { numRuns: 25 },
    );
    expect(await prisma.user.findMany({ select: { id: true, passwordHash: true, active: true, version: true }, orderBy: { id: "asc" } })).toEqual(users);
  });
});
