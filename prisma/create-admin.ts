// Creates the first administrator of a production database (demo accounts exist only with the
// demo data). The password is read from NTM_ADMIN_PASSWORD, never from the command line.
//   NTM_ADMIN_PASSWORD='…' npm run admin:create -- <username> "<display name>"
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db-client";

const argsSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,40}$/, "username: 3–40 lower-case letters, digits, dot, dash or underscore"),
  displayName: z.string().trim().min(1, "display name is required").max(120),
  password: z.string().min(8, "NTM_ADMIN_PASSWORD must hold at least 8 characters").max(200),
});

async function main() {
  const parsed = argsSchema.safeParse({ username: process.argv[2], displayName: process.argv[3] ?? process.argv[2], password: process.env.NTM_ADMIN_PASSWORD ?? "" });
  if (!parsed.success) {
    console.error(`Not created: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    console.error('Usage: NTM_ADMIN_PASSWORD=… npm run admin:create -- <username> "<display name>"');
    process.exit(2);
  }
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/ntm.db");
  try {
    const { username, displayName, password } = parsed.data;
    if (await prisma.user.findUnique({ where: { username } })) {
      console.error(`Not created: the username "${username}" is taken.`);
      process.exit(1);
    }
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { username, displayName, passwordHash, role: "admin" } });
      await tx.auditLog.create({
        data: { action: "user.create", entity: "User", entityId: String(user.id), newValue: JSON.stringify({ username, displayName, role: "admin" }), reason: "created from the command line (admin:create)" },
      });
    });
    console.log(`Administrator "${username}" created.`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
