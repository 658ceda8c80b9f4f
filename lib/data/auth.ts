import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";

// Data for signing in and for building the viewer of a request. These run before (or to
// establish) authorization, so they take no scope; they return only what lib/auth needs.

export async function findUserForSignIn(username: string) {
  return prisma.user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true, passwordHash: true, active: true, role: true },
  });
}

export async function countRecentFailures(keys: { account: string; address: string }, since: Date) {
  const [account, address] = await Promise.all([
    prisma.loginAttempt.count({ where: { key: keys.account, createdAt: { gte: since } } }),
    prisma.loginAttempt.count({ where: { key: keys.address, createdAt: { gte: since } } }),
  ]);
  return { account, address };
}

/** Notes a failure for the account and the address, and forgets failures older than a day. */
export async function recordFailure(keys: { account: string; address: string }, now = new Date()) {
  await prisma.$transaction([
    prisma.loginAttempt.createMany({ data: [{ key: keys.account }, { key: keys.address }] }),
    prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } }),
  ]);
}

/** A successful sign-in clears the account's failures and notes the time. */
export async function recordSuccess(userId: number, accountKey: string) {
  await prisma.$transaction([
    prisma.loginAttempt.deleteMany({ where: { key: accountKey } }),
    prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date(), failedLogins: 0 } }),
  ]);
}

/** The viewer behind a user id, re-read from the database on every request (a deactivated
 * account or a changed role takes effect at once, whatever the session cookie says). */
export async function getViewerFacts(userId: number): Promise<(Viewer & { displayName: string; username: string }) | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      department: { select: { code: true, province: { select: { code: true } } } },
      unit: { select: { code: true, kind: true, parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } } } },
    },
  });
  if (!u) return null;
  const chain = [u.unit, u.unit?.parent, u.unit?.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  const codeOf = (kind: string) => chain.find((x) => x.kind === kind)?.code ?? null;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    provinceCode: codeOf("province") ?? u.department?.province?.code ?? null,
    districtCode: codeOf("district"),
    communeCode: codeOf("commune"),
    departmentCode: u.department?.code ?? null,
  };
}

/** Whether demo accounts exist (the sign-in page then names them; a production database has none). */
export async function hasDemoAccounts(): Promise<boolean> {
  return (await prisma.user.count({ where: { isDemo: true, active: true } })) > 0;
}

export async function findUserIdByApiToken(tokenHash: string): Promise<number | null> {
  const u = await prisma.user.findUnique({ where: { apiTokenHash: tokenHash }, select: { id: true } });
  return u?.id ?? null;
}
