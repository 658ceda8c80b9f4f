import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

/** Creates a Prisma client for a database URL (SQLite `file:` URLs, relative to the working
 * directory). Used by the app (lib/db.ts), the seed script and the integration tests. */
export function createPrismaClient(url: string): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error("Only SQLite (file:) URLs are supported in this version; PostgreSQL support comes with step 5.");
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
