import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { demoAccountsFileSchema } from "@/lib/validation/demo";
import { LoaderError, readValidated } from "./common";

// Creates the demo accounts of a demo data set — only where that data set was loaded, never on a
// production database. Existing accounts are left untouched (their passwords are not reset).

export interface AccountsLoadSummary {
  created: string[];
  existing: string[];
  skipped: boolean;
}

export async function loadDemoAccounts(prisma: PrismaClient, file: string): Promise<AccountsLoadSummary> {
  const { data } = readValidated(file, demoAccountsFileSchema);
  const demoLoaded = await prisma.dataLoad.findUnique({ where: { name: `demo:${data.forDemo}` } });
  if (!demoLoaded) return { created: [], existing: [], skipped: true };

  const units = await prisma.adminUnit.findMany({ where: { code: { in: data.users.flatMap((u) => (u.unit ? [u.unit] : [])) } }, select: { id: true, code: true } });
  const depts = await prisma.department.findMany({ where: { code: { in: data.users.flatMap((u) => (u.department ? [u.department] : [])) } }, select: { id: true, code: true } });
  const problems: string[] = [];
  data.users.forEach((u, i) => {
    if (u.unit && !units.some((x) => x.code === u.unit)) problems.push(`${file}: users.${i}.unit: unknown unit ${u.unit}`);
    if (u.department && !depts.some((x) => x.code === u.department)) problems.push(`${file}: users.${i}.department: unknown department ${u.department}`);
  });
  if (problems.length) throw new LoaderError(problems.join("\n"));

  const existing = new Set((await prisma.user.findMany({ where: { username: { in: data.users.map((u) => u.username) } }, select: { username: true } })).map((u) => u.username));
  const toCreate = data.users.filter((u) => !existing.has(u.username));
  const hash = toCreate.length ? await hashPassword(data.password) : "";
  await prisma.$transaction(
    toCreate.map((u) =>
      prisma.user.create({
        data: {
          username: u.username,
          displayName: u.displayName,
          passwordHash: hash,
          role: u.role,
          unitId: units.find((x) => x.code === u.unit)?.id ?? null,
          departmentId: depts.find((x) => x.code === u.department)?.id ?? null,
          isDemo: true,
        },
      }),
    ),
  );
  return { created: toCreate.map((u) => u.username), existing: [...existing], skipped: false };
}
