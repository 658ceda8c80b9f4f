#!/usr/bin/env node
// The PostgreSQL variant of prisma/schema.prisma, derived — never maintained by hand.
// A client generated for provider "sqlite" refuses a PostgreSQL driver adapter, so the app has a
// second generated client (generated/prisma-pg) with the same model API, from this variant:
//   node scripts/pg-schema.mjs            write generated/postgres/schema.prisma and generate
//                                         generated/prisma-pg when prisma/schema.prisma changed
//   node scripts/pg-schema.mjs --force    regenerate even if nothing changed
// The only differences are the datasource provider and the generator's output folder: the schema
// uses no SQLite-specific types (enumerations are strings, see its header), so each model maps
// to the same tables and columns on both databases.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
export const pgSchemaPath = path.join(root, "generated", "postgres", "schema.prisma");
const pgClientDir = path.join(root, "generated", "prisma-pg");
const stampPath = path.join(pgClientDir, ".ntm-schema-hash");

export const isPostgresUrl = (url) => typeof url === "string" && /^postgres(ql)?:\/\//.test(url);

/** The PostgreSQL datamodel for a SQLite datamodel (the project's schema or one read back by
 * `db pull`). `output` is the generator's output folder relative to the written schema file. */
export function toPostgresSchema(text, { output = "../prisma-pg" } = {}) {
  let out = text.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  if (out === text && !/provider\s*=\s*"postgresql"/.test(text)) throw new Error("no sqlite datasource found in the schema");
  out = out.replace(/(generator\s+\w+\s*\{[^}]*?output\s*=\s*)"[^"]*"/, `$1"${output}"`);
  return out;
}

/** Writes generated/postgres/schema.prisma from prisma/schema.prisma; returns its text. */
export function writePostgresSchema() {
  const text = toPostgresSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"));
  mkdirSync(path.dirname(pgSchemaPath), { recursive: true });
  if (!existsSync(pgSchemaPath) || readFileSync(pgSchemaPath, "utf8") !== text) writeFileSync(pgSchemaPath, text);
  return text;
}

/** Generates the PostgreSQL client unless it was generated from exactly this schema. */
export function ensurePostgresClient({ force = false, quiet = false } = {}) {
  const text = writePostgresSchema();
  const hash = createHash("sha256").update(text).digest("hex");
  const current = existsSync(path.join(pgClientDir, "client.ts")) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === hash;
  if (current && !force) return false;
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate", "--schema", pgSchemaPath], {
    cwd: root,
    // The datasource URL must match the provider, or the CLI tries to download a native engine;
    // generating never connects to it.
    env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : "postgresql://localhost:5432/ntm" },
    stdio: quiet ? "pipe" : "inherit",
  });
  writeFileSync(stampPath, hash);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const generated = ensurePostgresClient({ force: process.argv.includes("--force") });
  if (!generated) console.log("✓ PostgreSQL client (generated/prisma-pg) is current");
}
