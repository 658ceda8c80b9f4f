import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, currentViewer, formData, idle, signedInAs } from "./signed-in";
import { auditFailure } from "./mocks";
import { createSeededDatabase } from "./test-db";

// Account management and one's own API token as public endpoints: validate → authorize against
// the database → write with a version check, the audit row in the same transaction. The session is
// replaced by a chosen viewer; sign-in goes through the real authorizeCredentials.

vi.mock("@/lib/auth/session", async () => ({
  ...(await import("./signed-in")).sessionMock,
  hashApiToken: (token: string) => createHash("sha256").update(token).digest("hex"),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/data/audit", (importOriginal) => import("./mocks").then((m) => m.auditMock(importOriginal)));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let users: typeof import("@/lib/actions/users");
let account: typeof import("@/lib/actions/account");
let authorize: typeof import("@/lib/auth/options").authorizeCredentials;
let auth: typeof import("@/lib/data/auth");
let prisma: import("@/generated/prisma/client").PrismaClient;

beforeAll(async () => {
  db = await createSeededDatabase();
  users = await import("@/lib/actions/users");
  account = await import("@/lib/actions/account");
  authorize = (await import("@/lib/auth/options")).authorizeCredentials;
  auth = await import("@/lib/data/auth");
  prisma = (await import("@/lib/db")).prisma;
});
afterAll(() => db?.cleanup());

let ip = 0;
/** A fresh address per sign-in, so the per-address rate limit never gets in the way. */
const signIn = (username: string, password: string) => authorize({ username, password }, { "x-forwarded-for": `198.51.100.${++ip % 250}` });
const userRow = (username: string) => prisma.user.findUnique({ where: { username }, select: { id: true, role: true, active: true, version: true, passwordHash: true, apiTokenHash: true, unit: { select: { code: true } }, department: { select: { code: true } } } });
async function snapshot() {
  const [rows, audit] = await Promise.all([prisma.user.findMany({ orderBy: { id: "asc" } }), prisma.auditLog.count()]);
  return { rows, audit };
}

const newOfficial = { username: "tx.canbo", displayName: "Cán bộ văn hóa xã Tú Xuyên", role: "commune_official", unitCode: "06277", password: "mat-khau-tx-01", reason: "Phân công cán bộ phụ trách tiêu chí 16" };

describe("getScopeOptions", () => {
  it("lists the province, its districts and communes, and its active departments", async () => {
    const { getScopeOptions } = await import("@/lib/data/users");
    const { systemScope, scopeFor } = await import("@/lib/auth/scope");
    const options = await getScopeOptions(systemScope(), "20");
    expect(options.units.filter((u) => u.kind === "province").map((u) => u.code)).toEqual(["20"]);
    expect(options.units.filter((u) => u.kind === "district").map((u) => u.code)).toEqual(["184"]);
    expect(options.units.filter((u) => u.kind === "commune")).toHaveLength(16);
    expect(options.units.find((u) => u.code === "06277")).toEqual({ code: "06277", name: "Tú Xuyên", kind: "commune", parentName: "Văn Quan" });
    expect(options.departments.map((d) => d.code)).toContain("GTVT");
    const otherOffice = scopeFor({ userId: 0, role: "coordination_office", active: true, provinceCode: "19", districtCode: null, communeCode: null, departmentCode: null });
    expect(await getScopeOptions(otherOffice, "20")).toEqual({ units: [], departments: [] });
  });
});

describe("createUserAction", () => {
  it("is refused to every role but the office and the administrator", async () => {
    for (const who of [null, "vanquan", "huule", "tuxuyen", "gtvt"]) {
      await signedInAs(who);
      expect(await users.createUserAction(idle, formData(newOfficial))).toEqual({ status: "forbidden" });
    }
    expect(await userRow("tx.canbo")).toBeNull();
  });

  it("lets the office create a commune official for Tú Xuyên, who can then sign in; the audit keeps no password", async () => {
    await signedInAs("vpdp");
    const state = await users.createUserAction(idle, formData(newOfficial));
    expect(state).toMatchObject({ status: "created", username: "tx.canbo" });
    const row = await userRow("tx.canbo");
    expect(row).toMatchObject({ role: "commune_official", active: true, version: 1, unit: { code: "06277" }, department: null });
    expect(row!.passwordHash).toMatch(/^\$2[ab]\$11\$/);
    expect(await signIn("tx.canbo", "mat-khau-tx-01")).toMatchObject({ name: "Cán bộ văn hóa xã Tú Xuyên" });
    expect(await auth.getViewerFacts(row!.id)).toMatchObject({ role: "commune_official", provinceCode: "20", districtCode: "184", communeCode: "06277" });

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entity: "user", entityId: String(row!.id) }, include: { actor: true, province: true } });
    expect(entry).toMatchObject({ action: "user.create", oldValue: null, reason: newOfficial.reason, actor: { username: "vpdp" }, province: { code: "20" } });
    expect(JSON.parse(entry.newValue!)).toEqual({ username: "tx.canbo", displayName: newOfficial.displayName, role: "commune_official", unit: "06277", department: null, active: true });
  });

  it("checks the username, the password and the role against the unit and department", async () => {
    await signedInAs("vpdp");
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ username: "tx.canbo" }, { username: ["settings.validation.usernameTaken"] }],
      [{ username: "TX.CANBO" }, { username: ["settings.validation.usernameTaken"] }],
      [{ username: "ab" }, { username: ["settings.validation.username"] }],
      [{ username: "1abc" }, { username: ["settings.validation.username"] }],
      [{ username: "hữu.lễ" }, { username: ["settings.validation.username"] }],
      [{ password: "ngan" }, { password: ["settings.validation.passwordShort"] }],
      [{ displayName: "  " }, { displayName: ["settings.validation.displayName"] }],
      [{ role: "superuser" }, { role: ["settings.validation.role"] }],
      [{ unitCode: "" }, { unitCode: ["settings.validation.unitRequired"] }],
      [{ unitCode: "184" }, { unitCode: ["settings.validation.unitKindMismatch"] }],
      [{ unitCode: "06253" }, { unitCode: ["settings.validation.unitKindMismatch"] }],
      [{ unitCode: "99999" }, { unitCode: ["settings.validation.unitUnknown"] }],
      [{ departmentCode: "GTVT" }, { departmentCode: ["settings.validation.departmentNotAllowed"] }],
      [{ role: "district_officer", unitCode: "06277" }, { unitCode: ["settings.validation.unitKindMismatch"] }],
      [{ role: "department_inspector", unitCode: "" }, { departmentCode: ["settings.validation.departmentRequired"] }],
      [{ role: "department_inspector", unitCode: "", departmentCode: "NOPE" }, { departmentCode: ["settings.validation.departmentUnknown"] }],
      [{ role: "coordination_office", unitCode: "184" }, { unitCode: ["settings.validation.unitKindMismatch"] }],
      [{ role: "admin", unitCode: "" }, { role: ["settings.validation.roleNotAllowed"] }],
    ];
    for (const [change, errors] of cases) {
      const state = await users.createUserAction(idle, formData({ ...newOfficial, username: "tx.moi", ...change }));
      expect(state, JSON.stringify(change)).toMatchObject({ status: "invalid", fieldErrors: errors });
      // what was typed is kept, but never the password
      if (state.status === "invalid") expect(state.values).not.toHaveProperty("password");
    }
    expect(await prisma.user.count({ where: { username: { in: ["tx.moi", "ab", "1abc"] } } })).toBe(0);
  });

  it("gives an inspector the department's province and lets only the administrator create an administrator", async () => {
    await signedInAs("vpdp");
    expect(await users.createUserAction(idle, formData({ ...newOfficial, username: "ct.thanhtra", role: "department_inspector", unitCode: "", departmentCode: "CT" }))).toMatchObject({ status: "created" });
    expect(await userRow("ct.thanhtra")).toMatchObject({ unit: { code: "20" }, department: { code: "CT" } });
    await signedInAs("admin");
    expect(await users.createUserAction(idle, formData({ ...newOfficial, username: "quantri2", role: "admin", unitCode: "" }))).toMatchObject({ status: "created" });
    expect(await userRow("quantri2")).toMatchObject({ role: "admin", unit: null, department: null });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", newValue: { contains: "quantri2" } } });
    expect(entry.provinceId).toBeNull();
  });

  it("keeps an office to its own province", async () => {
    const thaiNguyen = await prisma.adminUnit.create({ data: { code: "19", kind: "province", name: "Thái Nguyên", searchName: "thai nguyen", regionCode: "TDMNPB" } });
    const district = await prisma.adminUnit.create({ data: { code: "164", kind: "district", name: "Đại Từ", searchName: "dai tu", parentId: thaiNguyen.id } });
    await prisma.adminUnit.create({ data: { code: "05500", kind: "commune", name: "Hùng Sơn", searchName: "hung son", parentId: district.id } });
    await signedInAs("vpdp");
    expect(await users.createUserAction(idle, formData({ ...newOfficial, username: "hs.canbo", unitCode: "05500" }))).toMatchObject({ status: "invalid", fieldErrors: { unitCode: ["settings.validation.unitOutside"] } });
    // the other province's office cannot touch Lạng Sơn's accounts
    const office19 = await prisma.user.create({ data: { username: "vpdp19", displayName: "VPĐP Thái Nguyên", passwordHash: "x", role: "coordination_office", unitId: thaiNguyen.id } });
    await signedInAs(office19.username);
    expect(await users.createUserAction(idle, formData({ ...newOfficial, username: "tx.khac" }))).toMatchObject({ status: "invalid", fieldErrors: { unitCode: ["settings.validation.unitOutside"] } });
    const tx = (await userRow("tx.canbo"))!;
    expect(await users.setUserActiveAction(idle, formData({ userId: tx.id, active: "false", version: tx.version }))).toEqual({ status: "forbidden" });
    expect(await users.resetPasswordAction(idle, formData({ userId: tx.id, password: "12345678", version: tx.version }))).toEqual({ status: "forbidden" });
    expect(await users.updateUserAction(idle, formData({ userId: tx.id, displayName: "x", role: "commune_official", unitCode: "05500", version: tx.version }))).toEqual({ status: "forbidden" });
    expect(await userRow("tx.canbo")).toEqual(tx);
  });
});

describe("updateUserAction", () => {
  it("changes role and scope with the version it started from; a stale edit is refused", async () => {
    await signedInAs("vpdp");
    const before = (await userRow("tx.canbo"))!;
    const input = { userId: before.id, displayName: "Cán bộ huyện Văn Quan", role: "district_officer", unitCode: "184", departmentCode: "", reason: "Điều động lên huyện", version: before.version };
    expect(await users.updateUserAction(idle, formData(input))).toMatchObject({ status: "saved", version: before.version + 1, changed: true });
    expect(await userRow("tx.canbo")).toMatchObject({ role: "district_officer", unit: { code: "184" }, version: before.version + 1 });
    expect(await auth.getViewerFacts(before.id)).toMatchObject({ districtCode: "184", communeCode: null });
    const stale = await users.updateUserAction(idle, formData({ ...input, role: "commune_official", unitCode: "06322" }));
    expect(stale).toMatchObject({ status: "stale", current: { role: "district_officer", unitCode: "184", version: before.version + 1, by: expect.stringContaining("") }, values: { unitCode: "06322" } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: String(before.id) } });
    expect(JSON.parse(entry.oldValue!)).toMatchObject({ role: "commune_official", unit: "06277" });
    expect(JSON.parse(entry.newValue!)).toMatchObject({ role: "district_officer", unit: "184", displayName: "Cán bộ huyện Văn Quan" });
    expect(entry.reason).toBe("Điều động lên huyện");
  });

  it("never lets an office manage an administrator, nor a manager remove their own rights", async () => {
    await signedInAs("vpdp");
    const admin = (await userRow("admin"))!;
    expect(await users.updateUserAction(idle, formData({ userId: admin.id, displayName: "x", role: "admin", version: admin.version }))).toEqual({ status: "forbidden" });
    expect(await users.setUserActiveAction(idle, formData({ userId: admin.id, active: "false", version: admin.version }))).toEqual({ status: "forbidden" });
    expect(await users.resetPasswordAction(idle, formData({ userId: admin.id, password: "12345678", version: admin.version }))).toEqual({ status: "forbidden" });
    const me = (await userRow("vpdp"))!;
    expect(await users.updateUserAction(idle, formData({ userId: me.id, displayName: "VPĐP", role: "district_officer", unitCode: "184", version: me.version }))).toMatchObject({ status: "refused", problem: "selfLosesManagement" });
    expect(await users.setUserActiveAction(idle, formData({ userId: me.id, active: "false", version: me.version }))).toMatchObject({ status: "refused", problem: "selfDeactivate" });
    // changing one's own name keeps the rights and is allowed
    expect(await users.updateUserAction(idle, formData({ userId: me.id, displayName: "Văn phòng Điều phối NTM tỉnh Lạng Sơn", role: "coordination_office", unitCode: "20", departmentCode: "VPDP", version: me.version }))).toMatchObject({ status: "saved" });
    await signedInAs("admin");
    const self = (await userRow("admin"))!;
    expect(await users.updateUserAction(idle, formData({ userId: self.id, displayName: "x", role: "coordination_office", unitCode: "20", version: self.version }))).toMatchObject({ status: "refused", problem: "selfLosesManagement" });
    expect(await userRow("admin")).toEqual(self);
  });
});

describe("setUserActiveAction and resetPasswordAction", () => {
  it("a deactivated account can no longer sign in (one generic refusal); reactivated, it can again", async () => {
    await signedInAs("vpdp");
    let row = (await userRow("tx.canbo"))!;
    expect(await signIn("tx.canbo", "mat-khau-tx-01")).not.toBeNull();
    expect(await users.setUserActiveAction(idle, formData({ userId: row.id, active: "false", reason: "Nghỉ việc", version: row.version }))).toMatchObject({ status: "saved", active: false, version: row.version + 1 });
    expect(await signIn("tx.canbo", "mat-khau-tx-01")).toBeNull();
    expect(await auth.getViewerFacts(row.id)).toMatchObject({ active: false });
    // a second deactivation from the old version is stale
    expect(await users.setUserActiveAction(idle, formData({ userId: row.id, active: "false", version: row.version }))).toMatchObject({ status: "stale", current: { active: false } });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.deactivate", entityId: String(row.id) } });
    expect(JSON.parse(entry.oldValue!)).toEqual({ username: "tx.canbo", active: true });
    expect(JSON.parse(entry.newValue!)).toEqual({ username: "tx.canbo", active: false });
    row = (await userRow("tx.canbo"))!;
    expect(await users.setUserActiveAction(idle, formData({ userId: row.id, active: "true", version: row.version }))).toMatchObject({ status: "saved", active: true });
    expect(await signIn("tx.canbo", "mat-khau-tx-01")).not.toBeNull();
  });

  it("the office sets a new password (at least 8 characters); the old one stops working; no hash is logged", async () => {
    await signedInAs("vpdp");
    const row = (await userRow("tx.canbo"))!;
    expect(await users.resetPasswordAction(idle, formData({ userId: row.id, password: "ngan", version: row.version }))).toMatchObject({ status: "invalid", fieldErrors: { password: ["settings.validation.passwordShort"] } });
    expect(await users.resetPasswordAction(idle, formData({ userId: row.id, password: "mat-khau-moi-02", version: row.version - 1 }))).toMatchObject({ status: "stale" });
    expect(await users.resetPasswordAction(idle, formData({ userId: row.id, password: "mat-khau-moi-02", version: row.version }))).toMatchObject({ status: "saved", version: row.version + 1 });
    expect(await signIn("tx.canbo", "mat-khau-tx-01")).toBeNull();
    expect(await signIn("tx.canbo", "mat-khau-moi-02")).not.toBeNull();
    const after = (await userRow("tx.canbo"))!;
    const texts = (await prisma.auditLog.findMany()).flatMap((a) => [a.oldValue ?? "", a.newValue ?? "", a.reason ?? ""]).join("\n");
    expect(texts).not.toContain(after.passwordHash);
    expect(texts).not.toContain(row.passwordHash);
    expect(texts).not.toMatch(/\$2[ab]\$/);
    expect(texts).not.toContain("mat-khau");
  });

  it("a failed audit write undoes the change (same transaction)", async () => {
    await signedInAs("vpdp");
    const row = (await userRow("tx.canbo"))!;
    const before = await snapshot();
    vi.spyOn(console, "error").mockImplementation(() => {});
    auditFailure.on = true;
    try {
      expect(await users.setUserActiveAction(idle, formData({ userId: row.id, active: "false", version: row.version }))).toEqual({ status: "error" });
      expect(await users.createUserAction(idle, formData({ ...newOfficial, username: "tx.khong" }))).toEqual({ status: "error" });
    } finally {
      auditFailure.on = false;
      vi.mocked(console.error).mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("own API token", () => {
  it("is shown once, stored only as its SHA-256, replaced and revoked by its owner; audited without the token", async () => {
    await signedInAs("huule");
    const me = (await userRow("huule"))!;
    const created = await account.createApiTokenAction(idle, formData({ version: me.version }));
    expect(created).toMatchObject({ status: "created", version: me.version + 1 });
    const token = created.status === "created" ? created.token : "";
    expect(token).toMatch(/^ntm_[A-Za-z0-9_-]{43}$/);
    const hash = createHash("sha256").update(token).digest("hex");
    expect((await userRow("huule"))!.apiTokenHash).toBe(hash);
    expect(await auth.findUserIdByApiToken(hash)).toBe(me.id);
    // stale: a second tab with the old version
    expect(await account.createApiTokenAction(idle, formData({ version: me.version }))).toMatchObject({ status: "stale", version: me.version + 1 });
    const replaced = await account.createApiTokenAction(idle, formData({ version: me.version + 1 }));
    expect(replaced.status).toBe("created");
    expect(await auth.findUserIdByApiToken(hash)).toBeNull();
    expect(await account.revokeApiTokenAction(idle, formData({ version: me.version + 2 }))).toEqual({ status: "revoked", version: me.version + 3 });
    expect((await userRow("huule"))!.apiTokenHash).toBeNull();
    const rows = await prisma.auditLog.findMany({ where: { entity: "user", entityId: String(me.id) }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["user.api_token_create", "user.api_token_create", "user.api_token_revoke"]);
    const texts = rows.flatMap((r) => [r.oldValue, r.newValue]).join("\n");
    expect(texts).not.toContain(token);
    expect(texts).not.toContain(hash);
    expect(JSON.parse(rows[1]!.newValue!)).toEqual({ username: "huule", apiToken: "replaced" });
  });

  it("needs a signed-in, active account", async () => {
    await signedInAs(null);
    expect(await account.createApiTokenAction(idle, formData({ version: 1 }))).toEqual({ status: "forbidden" });
    await signedInAs("tuxuyen");
    actAs({ ...currentViewer()!, active: false });
    expect(await account.createApiTokenAction(idle, formData({ version: 1 }))).toEqual({ status: "forbidden" });
  });
});

describe("malformed input (property-based)", () => {
  const anything = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constant(""),
    fc.constant(undefined),
    fc.constant("1e308"),
    fc.constant("9007199254740993"),
    fc.string({ minLength: 1100, maxLength: 2000 }),
  );
  const check = (state: { status: string; fieldErrors?: Record<string, string[]> }) => {
    if (state.status === "invalid") {
      for (const keys of Object.values(state.fieldErrors!)) for (const k of keys) expect(k).toMatch(/^(settings\.)?validation\./);
    } else expect(["forbidden", "stale", "refused"]).toContain(state.status);
  };

  it("random account input to each action gives a translated invalid (or refused) state and changes nothing", async () => {
    await signedInAs("vpdp");
    const before = await snapshot();
    const actions = [users.createUserAction, users.updateUserAction, users.setUserActiveAction, users.resetPasswordAction] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { userId: anything, username: anything, displayName: anything, role: anything, unitCode: anything, departmentCode: anything, password: anything, active: anything, reason: anything, version: anything },
          { requiredKeys: [] },
        ),
        fc.integer({ min: 0, max: actions.length - 1 }),
        async (input, which) => {
          // keep a "valid" random username from creating an account: the role stays invalid
          const state = await actions[which]!(idle, formData(which === 0 ? { ...input, role: `x${String(input.role ?? "")}` } : input));
          check(state);
        },
      ),
      { numRuns: 200 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("random token input changes nothing unless it carries the current version", async () => {
    await signedInAs("tuxuyen");
    const me = (await userRow("tuxuyen"))!;
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.record({ version: anything }, { requiredKeys: [] }), fc.boolean(), async (input, create) => {
        fc.pre(String(input.version) !== String(me.version));
        const state = await (create ? account.createApiTokenAction : account.revokeApiTokenAction)(idle, formData(input));
        check(state);
      }),
      { numRuns: 100 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("well-formed account edits with a random old version never overwrite", async () => {
    await signedInAs("vpdp");
    const row = (await userRow("tx.canbo"))!;
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }).filter((v) => v !== row.version), fc.constantFrom("true", "false"), async (version, active) => {
        check(await users.setUserActiveAction(idle, formData({ userId: row.id, active, version })));
        check(await users.updateUserAction(idle, formData({ userId: row.id, displayName: "X", role: "commune_official", unitCode: "06277", version })));
      }),
      { numRuns: 30 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
