import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

// The one Prisma client of the app. Reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
