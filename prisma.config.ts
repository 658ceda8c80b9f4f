// Prisma CLI configuration for this offline machine: the JS query/schema engine through the
// better-sqlite3 driver adapter, so no native engine is ever downloaded (see README, "Toolchain").
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// A config file turns off Prisma's own .env loading; the URL must resolve or the CLI tries to
// download engines. Paths are relative to the project root (the working directory).
process.env.DATABASE_URL ??= "file:./data/ntm.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
