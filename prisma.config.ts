// Prisma CLI configuration for this offline machine: the JS query/schema engine through a driver
// adapter, so no native engine is ever downloaded (see README, "Toolchain").
// DATABASE_URL picks the database: a SQLite `file:` URL (the default) uses prisma/schema.prisma and
// prisma/migrations; a postgres:// URL uses the derived PostgreSQL schema (scripts/pg-schema.mjs
// writes generated/postgres/schema.prisma) and prisma/postgres/migrations. PostgreSQL migrations
// are applied by scripts/pg-migrate.mjs, not `prisma migrate deploy` (see README, "PostgreSQL");
// the CLI is used there only for `generate` and `db pull`.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { CatalogSafePool } from "./prisma/postgres/pg-compat";

// A config file turns off Prisma's own .env loading; the URL must resolve or the CLI tries to
// download engines. Paths are relative to the project root (the working directory).
process.env.DATABASE_URL ??= "file:./data/ntm.db";
const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig(
  postgres
    ? {
        experimental: { adapter: true },
        engine: "js",
        schema: path.join("generated", "postgres", "schema.prisma"),
        migrations: { path: path.join("prisma", "postgres", "migrations") },
        async adapter() {
          // adapter-pg 6.19 cannot read the catalog types the schema engine queries; this pool
          // reports them as text (see prisma/postgres/pg-compat.ts).
          return new PrismaPg(new CatalogSafePool({ connectionString: url }));
        },
      }
    : {
        experimental: { adapter: true },
        engine: "js",
        schema: path.join("prisma", "schema.prisma"),
        migrations: { path: path.join("prisma", "migrations") },
        async adapter() {
          return new PrismaBetterSQLite3({ url });
        },
      },
);
