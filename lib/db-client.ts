import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";

/** Options passed through to the Prisma client (e.g. `log` for the query-budget test). */
export type PrismaClientOptions = Omit<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>, "adapter">;

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** Creates a Prisma client for a database URL: a SQLite `file:` URL (relative to the working
 * directory) or a `postgres://` URL. Used by the app (lib/db.ts), the seed script and the tests.
 *
 * PostgreSQL uses the client generated from the derived PostgreSQL schema (generated/prisma-pg,
 * see scripts/pg-schema.mjs): the same models, fields and methods, so it is typed as the app's
 * client. Code must use only what both databases do the same way (no `mode: "insensitive"`,
 * explicit `nulls` when ordering by a nullable column, no raw SQL, default isolation: adapter-pg
 * 6.19 leaks the connection when a COMMIT fails, which SERIALIZABLE transactions do on conflict —
 * serialise competing writers with a conditional update or a row write instead). */
export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg(
      { connectionString: url, application_name: "ntm-dashboard" },
      // An idle connection dropped by the server (restart, failover) is replaced on next use.
      { onPoolError: (e) => console.error(`PostgreSQL pool: ${e.message}`) },
    );
    return new PostgresPrismaClient({ ...options, adapter } as ConstructorParameters<typeof PostgresPrismaClient>[0]) as unknown as PrismaClient;
  }
  if (url.startsWith("file:")) return new PrismaClient({ ...options, adapter: new PrismaBetterSQLite3({ url }) });
  throw new Error("DATABASE_URL must be a SQLite file: URL or a postgres:// URL");
}
