import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { compareVietnamese } from "@/lib/domain/text";
import type { ScopeDepartmentFacts, ScopeUnitFacts } from "@/lib/domain/user-scope";
import { appendAudit, type AuditAction, type AuditJson } from "./audit";
import { inScope } from "./scope";

// Accounts, as the coordination office (its province) and the administrator (everywhere) manage
// them. Every write checks the account's version and appends an audit row in the same
// transaction; audit rows never hold a password hash or an API token.

const unitChainSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parent: { select: { id: true, code: true, kind: true, parent: { select: { id: true, code: true, kind: true } } } },
} as const;

type UnitChain = Prisma.AdminUnitGetPayload<{ select: typeof unitChainSelect }>;

/** The province of a unit from its chain (itself, its parent, its grandparent). */
function provinceOf(unit: UnitChain | null): { id: number; code: string } | null {
  if (!unit) return null;
  const chain = [unit, unit.parent, unit.parent?.parent].filter((x): x is { id: number; code: string; kind: string } => !!x);
  const p = chain.find((x) => x.kind === "province");
  return p ? { id: p.id, code: p.code } : null;
}

/** Accounts belong to a province through their unit (the province or a unit below it) or their department. */
const inProvince = (code: string): Prisma.UserWhereInput => ({
  OR: [
    { unit: { OR: [{ code }, { parent: { code } }, { parent: { parent: { code } } }] } },
    { department: { province: { code } } },
  ],
});

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  version: true,
  lastLoginAt: true,
  apiTokenHash: true,
  updatedAt: true,
  unit: { select: unitChainSelect },
  department: { select: { id: true, code: true, name: true, shortName: true, active: true, province: { select: { id: true, code: true } } } },
} as const;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export interface ManagedUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  version: number;
  lastLoginAt: Date | null;
  hasApiToken: boolean;
  updatedAt: Date;
  unit: { code: string; name: string; kind: string } | null;
  department: { code: string; name: string; shortName: string } | null;
  /** The province the account belongs to (null for an administrator). */
  province: { id: number; code: string } | null;
}

function toManaged(u: UserRow): ManagedUser {
  const province = provinceOf(u.unit) ?? (u.department?.province ? { id: u.department.province.id, code: u.department.province.code } : null);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    version: u.version,
    lastLoginAt: u.lastLoginAt,
    hasApiToken: u.apiTokenHash !== null,
    updatedAt: u.updatedAt,
    unit: u.unit ? { code: u.unit.code, name: u.unit.name, kind: u.unit.kind } : null,
    department: u.department ? { code: u.department.code, name: u.department.name, shortName: u.department.shortName } : null,
    province,
  };
}

/** Accounts of a province (one query), or every account for a reader of everything when
 * `provinceCode` is null. Active accounts first, then by username. */
export async function listUsers(scope: ReadScope, provinceCode: string | null): Promise<ManagedUser[]> {
  if (provinceCode === null ? scope.provinces !== "all" : !inScope(scope, provinceCode)) return [];
  const rows = await prisma.user.findMany({
    where: provinceCode === null ? {} : inProvince(provinceCode),
    select: userSelect,
    orderBy: [{ active: "desc" }, { username: "asc" }],
  });
  return rows.map(toManaged);
}

/** One account with its province, for authorization and the account pages (no scope: callers
 * check `can(viewer, "users.manage", { provinceCode, managedRole })` on the result). */
export async function getManagedUser(id: number): Promise<ManagedUser | null> {
  const u = await prisma.user.findUnique({ where: { id }, select: userSelect });
  return u ? toManaged(u) : null;
}

export interface ScopeFacts {
  unit: (ScopeUnitFacts & { id: number }) | null;
  department: (ScopeDepartmentFacts & { id: number }) | null;
  /** True when a code was given that matches nothing. */
  unknownUnit: boolean;
  unknownDepartment: boolean;
  /** The province's id, for the audit row (null for a system-wide account). */
  provinceIdOf: (provinceCode: string | null) => number | null;
}

/** The unit and department behind codes typed in a form, with the facts checkUserScope needs. */
export async function resolveScopeFacts(unitCode: string | null, departmentCode: string | null): Promise<ScopeFacts> {
  const [unit, department] = await Promise.all([
    unitCode ? prisma.adminUnit.findUnique({ where: { code: unitCode }, select: unitChainSelect }) : null,
    departmentCode ? prisma.department.findUnique({ where: { code: departmentCode }, select: { id: true, code: true, active: true, province: { select: { id: true, code: true } } } }) : null,
  ]);
  const unitProvince = provinceOf(unit);
  const ids = new Map<string, number>();
  if (unitProvince) ids.set(unitProvince.code, unitProvince.id);
  if (department?.province) ids.set(department.province.code, department.province.id);
  return {
    unit: unit ? { id: unit.id, code: unit.code, kind: unit.kind, provinceCode: unitProvince?.code ?? null } : null,
    department: department ? { id: department.id, code: department.code, active: department.active, provinceCode: department.province?.code ?? null } : null,
    unknownUnit: unitCode !== null && !unit,
    unknownDepartment: departmentCode !== null && !department,
    provinceIdOf: (code) => (code === null ? null : (ids.get(code) ?? null)),
  };
}

export interface ScopeOptions {
  units: { code: string; name: string; kind: string; parentName: string | null }[];
  departments: { code: string; name: string; shortName: string }[];
}

/** The units (the province, its districts and communes) and active departments of a province,
 * for the account form's lists. Two queries. */
export async function getScopeOptions(scope: ReadScope, provinceCode: string): Promise<ScopeOptions> {
  if (!inScope(scope, provinceCode)) return { units: [], departments: [] };
  const [units, departments] = await Promise.all([
    prisma.adminUnit.findMany({
      where: {
        // Units that have since merged stay listed: the demo data and older accounts still use them.
        kind: { in: ["province", "district", "commune"] },
        OR: [{ code: provinceCode }, { parent: { code: provinceCode } }, { parent: { parent: { code: provinceCode } } }],
      },
      select: { code: true, name: true, kind: true, parent: { select: { name: true, kind: true } } },
    }),
    prisma.department.findMany({ where: { province: { code: provinceCode }, active: true }, select: { code: true, name: true, shortName: true } }),
  ]);
  const order = { province: 0, district: 1, commune: 2 } as Record<string, number>;
  return {
    units: units
      .map((u) => ({ code: u.code, name: u.name, kind: u.kind, parentName: u.parent && u.parent.kind !== "province" ? u.parent.name : null }))
      .sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || compareVietnamese(a.name, b.name)),
    departments: departments.sort((a, b) => compareVietnamese(a.name, b.name)),
  };
}

// ─── Writes ──────────────────────────────────────────────────────────────────────────────────

/** What the audit keeps of an account: never the password hash or the API token. */
function accountJson(u: { username: string; displayName: string; role: string; active: boolean; unitCode: string | null; departmentCode: string | null }): AuditJson {
  return { username: u.username, displayName: u.displayName, role: u.role, unit: u.unitCode, department: u.departmentCode, active: u.active };
}

const currentSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  version: true,
  updatedAt: true,
  unit: { select: { code: true } },
  department: { select: { code: true } },
} as const;

type CurrentRow = Prisma.UserGetPayload<{ select: typeof currentSelect }>;

const flat = (u: CurrentRow) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
  unitCode: u.unit?.code ?? null,
  departmentCode: u.department?.code ?? null,
});

export interface AccountSnapshot {
  displayName: string;
  role: string;
  active: boolean;
  unitCode: string | null;
  departmentCode: string | null;
  version: number;
  updatedAt: Date;
  /** Who made the latest audited change to the account. */
  by: string | null;
}

export type AccountWriteResult =
  | { ok: true; id: number; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: AccountSnapshot | null }
  | { ok: false; reason: "taken" };

async function staleAccount(tx: Prisma.TransactionClient, id: number): Promise<AccountWriteResult> {
  const u = await tx.user.findUnique({ where: { id }, select: currentSelect });
  if (!u) return { ok: false, reason: "stale", current: null };
  const last = await tx.auditLog.findFirst({ where: { entity: "user", entityId: String(id) }, orderBy: { id: "desc" }, select: { actor: { select: { displayName: true } } } });
  const f = flat(u);
  return {
    ok: false,
    reason: "stale",
    current: { displayName: f.displayName, role: f.role, active: f.active, unitCode: f.unitCode, departmentCode: f.departmentCode, version: u.version, updatedAt: u.updatedAt, by: last?.actor?.displayName ?? null },
  };
}

/** Creates an account (the password already hashed by lib/auth/password) with its audit row.
 * "taken" when the username exists. */
export async function createUser(input: {
  username: string;
  displayName: string;
  role: string;
  unitId: number | null;
  departmentId: number | null;
  unitCode: string | null;
  departmentCode: string | null;
  passwordHash: string;
  provinceId: number | null;
  reason: string | null;
  actorId: number;
}): Promise<AccountWriteResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) return { ok: false, reason: "taken" } as const;
      const created = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          unitId: input.unitId,
          departmentId: input.departmentId,
          passwordHash: input.passwordHash,
          active: true,
          version: 1,
        },
        select: { id: true },
      });
      await appendAudit(tx, {
        actorId: input.actorId,
        action: "user.create",
        entity: "user",
        entityId: String(created.id),
        provinceId: input.provinceId,
        oldValue: null,
        newValue: accountJson({ ...input, active: true }),
        reason: input.reason,
      });
      return { ok: true, id: created.id, version: 1, changed: true } as const;
    });
  } catch (e) {
    // A concurrent create of the same username loses on the unique index.
    if ((e as { code?: string }).code === "P2002") return { ok: false, reason: "taken" };
    throw e;
  }
}

/** Changes an account's display name, role and scope. */
export async function updateUserScope(input: {
  id: number;
  displayName: string;
  role: string;
  unitId: number | null;
  departmentId: number | null;
  unitCode: string | null;
  departmentCode: string | null;
  provinceId: number | null;
  expectedVersion: number;
  reason: string | null;
  actorId: number;
}): Promise<AccountWriteResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: input.id }, select: currentSelect });
    if (!current || current.version !== input.expectedVersion) return staleAccount(tx, input.id);
    const before = flat(current);
    const after = { ...before, displayName: input.displayName, role: input.role, unitCode: input.unitCode, departmentCode: input.departmentCode };
    if (JSON.stringify(accountJson(before)) === JSON.stringify(accountJson(after))) return { ok: true, id: input.id, version: current.version, changed: false };
    const updated = await tx.user.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: { displayName: input.displayName, role: input.role, unitId: input.unitId, departmentId: input.departmentId, version: { increment: 1 } },
    });
    if (updated.count !== 1) return staleAccount(tx, input.id);
    await appendAudit(tx, {
      actorId: input.actorId,
      action: "user.update",
      entity: "user",
      entityId: String(input.id),
      provinceId: input.provinceId,
      oldValue: accountJson(before),
      newValue: accountJson(after),
      reason: input.reason,
    });
    return { ok: true, id: input.id, version: current.version + 1, changed: true };
  });
}

/** Deactivates or reactivates an account. A deactivated account can no longer sign in, and its
 * open sessions and API token stop working at once (the viewer is re-read on every request). */
export async function setUserActive(input: { id: number; active: boolean; provinceId: number | null; expectedVersion: number; reason: string | null; actorId: number }): Promise<AccountWriteResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: input.id }, select: currentSelect });
    if (!current || current.version !== input.expectedVersion) return staleAccount(tx, input.id);
    if (current.active === input.active) return { ok: true, id: input.id, version: current.version, changed: false };
    const updated = await tx.user.updateMany({ where: { id: input.id, version: input.expectedVersion }, data: { active: input.active, version: { increment: 1 } } });
    if (updated.count !== 1) return staleAccount(tx, input.id);
    const before = flat(current);
    await appendAudit(tx, {
      actorId: input.actorId,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entity: "user",
      entityId: String(input.id),
      provinceId: input.provinceId,
      oldValue: { username: before.username, active: before.active },
      newValue: { username: before.username, active: input.active },
      reason: input.reason,
    });
    return { ok: true, id: input.id, version: current.version + 1, changed: true };
  });
}

/** Sets a new password (already hashed) and forgets the account's failed sign-ins. The audit row
 * says that the password was reset, never what it is. */
export async function resetUserPassword(input: { id: number; passwordHash: string; provinceId: number | null; expectedVersion: number; reason: string | null; actorId: number }): Promise<AccountWriteResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: input.id }, select: currentSelect });
    if (!current || current.version !== input.expectedVersion) return staleAccount(tx, input.id);
    const updated = await tx.user.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: { passwordHash: input.passwordHash, failedLogins: 0, lockedUntil: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) return staleAccount(tx, input.id);
    await tx.loginAttempt.deleteMany({ where: { key: `user:${current.username}` } });
    await appendAudit(tx, {
      actorId: input.actorId,
      action: "user.reset_password",
      entity: "user",
      entityId: String(input.id),
      provinceId: input.provinceId,
      oldValue: null,
      newValue: { username: current.username, password: "reset" },
      reason: input.reason,
    });
    return { ok: true, id: input.id, version: current.version + 1, changed: true };
  });
}

/** Sets (a new token's SHA-256) or clears the account's own personal API token. */
export async function setApiTokenHash(input: { id: number; tokenHash: string | null; provinceId: number | null; expectedVersion: number; actorId: number }): Promise<AccountWriteResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: input.id }, select: { ...currentSelect, apiTokenHash: true } });
    if (!current || current.version !== input.expectedVersion) return staleAccount(tx, input.id);
    if (input.tokenHash === null && current.apiTokenHash === null) return { ok: true, id: input.id, version: current.version, changed: false };
    const updated = await tx.user.updateMany({ where: { id: input.id, version: input.expectedVersion }, data: { apiTokenHash: input.tokenHash, version: { increment: 1 } } });
    if (updated.count !== 1) return staleAccount(tx, input.id);
    const action: AuditAction = input.tokenHash ? "user.api_token_create" : "user.api_token_revoke";
    await appendAudit(tx, {
      actorId: input.actorId,
      action,
      entity: "user",
      entityId: String(input.id),
      provinceId: input.provinceId,
      oldValue: { username: current.username, apiToken: current.apiTokenHash ? "set" : "none" },
      newValue: { username: current.username, apiToken: input.tokenHash ? (current.apiTokenHash ? "replaced" : "set") : "none" },
      reason: null,
    });
    return { ok: true, id: input.id, version: current.version + 1, changed: true };
  });
}
