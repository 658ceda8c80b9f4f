#!/usr/bin/env node
// `npm run db:generate` (also run after `npm ci`): generates both Prisma clients — generated/prisma
// from prisma/schema.prisma (SQLite) and generated/prisma-pg from its derived PostgreSQL variant
// (scripts/pg-schema.mjs). The app picks one by DATABASE_URL (lib/db-client.ts). Each generation
// gets a URL of its own provider, whatever DATABASE_URL is, or the CLI tries to download engines.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ensurePostgresClient, root } from "./pg-schema.mjs";

const sqliteUrl = /^file:/.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : "file:./data/ntm.db";
execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate", "--schema", path.join("prisma", "schema.prisma")], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: sqliteUrl, CHECKPOINT_DISABLE: "1" },
  stdio: "inherit",
});
ensurePostgresClient({ force: true });
