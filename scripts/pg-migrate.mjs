#!/usr/bin/env node
// Applies the committed PostgreSQL migrations (prisma/postgres/migrations/<name>/migration.sql) in
// order, without Prisma's schema engine (`prisma migrate deploy` through adapter-pg 6.19 fails on
// PostgreSQL, see README "PostgreSQL").
//   node scripts/pg-migrate.mjs [postgres://…]          migrate DATABASE_URL (or the given URL)
//   node scripts/pg-migrate.mjs --fresh postgres://…/db  drop the database if it exists, create it, migrate
//   node scripts/pg-migrate.mjs --drop postgres://…/db   drop the database (closing its connections)
//   node scripts/pg-migrate.mjs --status [postgres://…]  list applied and pending migrations
//   --dir=<folder>                                       another migrations folder (tests)
//   node scripts/pg-migrate.mjs --locked-run -- <command…> run a command (the seed) while holding the
//                                                        "seed" advisory lock of DATABASE_URL
// Each migration runs in its own transaction together with its row in "_ntm_migrations" (name,
// SHA-256 of the file, time), so a failed migration leaves nothing half-applied. A file whose
// content changed after it was applied is refused. A session-level advisory lock serialises
// runners, so several app instances starting at once apply each migration exactly once.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
export const pgMigrationsDir = path.join(root, "prisma", "postgres", "migrations");
/** Advisory lock key of the migration runner (any constant shared by every instance). */
const LOCK_KEY = 4_150_020_260_520n;
/** Advisory lock key held while the seed runs (two instances starting on an empty database). */
const SEED_LOCK_KEY = 4_150_020_260_521n;
const TABLE = "_ntm_migrations";

/** The committed migrations, oldest first: name, SQL and its checksum. */
export function readMigrations(dir = pgMigrationsDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies the pending migrations to the database at `url`; returns the names applied. */
export async function migratePostgres(url, { dir = pgMigrationsDir, log = console.log } = {}) {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString: url, application_name: "ntm-migrate" });
  await client.connect();
  const applied = [];
  try {
    const { rows: got } = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [LOCK_KEY.toString()]);
    if (!got[0].ok) {
      log("waiting for another instance that is migrating this database…");
      await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY.toString()]);
    }
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query(`SELECT name, checksum FROM "${TABLE}"`);
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done.keys()].filter((n) => !known.has(n));
    if (unknown.length) log(`warning: the database has migrations this version does not know: ${unknown.join(", ")}`);
    for (const m of migrations) {
      if (done.has(m.name)) {
        if (done.get(m.name) !== m.checksum) {
          throw new Error(`migration ${m.name} was changed after it was applied to this database; never edit an applied migration, add a new one`);
        }
        continue;
      }
      try {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query(`INSERT INTO "${TABLE}" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`migration ${m.name} failed and was rolled back: ${e instanceof Error ? e.message : e}`);
      }
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
    if (!applied.length) log(`database is up to date (${migrations.length} migrations)`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY.toString()]).catch(() => {});
    await client.end();
  }
  return applied;
}

/** Runs `fn` while holding a session-level advisory lock of the database at `url`. */
export async function withAdvisoryLock(url, key, fn, log = console.log) {
  const client = new pg.Client({ connectionString: url, application_name: "ntm-lock" });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [key.toString()]);
    if (!rows[0].ok) {
      log("waiting for another instance that is loading data into this database…");
      await client.query("SELECT pg_advisory_lock($1)", [key.toString()]);
    }
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key.toString()]).catch(() => {});
    await client.end();
  }
}

/** Applied and pending migrations. */
export async function migrationStatus(url, { dir = pgMigrationsDir } = {}) {
  const client = new pg.Client({ connectionString: url, application_name: "ntm-migrate" });
  await client.connect();
  try {
    const { rows: t } = await client.query("SELECT to_regclass($1) AS t", [`"${TABLE}"`]);
    const done = new Map();
    if (t[0].t) for (const r of (await client.query(`SELECT name, checksum FROM "${TABLE}"`)).rows) done.set(r.name, r.checksum);
    return readMigrations(dir).map((m) => ({
      name: m.name,
      state: !done.has(m.name) ? "pending" : done.get(m.name) === m.checksum ? "applied" : "changed after it was applied",
    }));
  } finally {
    await client.end();
  }
}

const quoteIdent = (s) => `"${s.replace(/"/g, '""')}"`;

/** The database named in `url` and a URL of the same server's maintenance database. */
function splitDatabase(url) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!name) throw new Error(`no database name in ${url}`);
  u.pathname = "/postgres";
  return { name, adminUrl: u.toString() };
}

async function onServer(url, fn) {
  const { name, adminUrl } = splitDatabase(url);
  const client = new pg.Client({ connectionString: adminUrl, application_name: "ntm-migrate" });
  await client.connect();
  try {
    await fn(client, name);
  } finally {
    await client.end();
  }
}

/** Drops the database of `url` if it exists (closing other sessions on it). */
export function dropDatabase(url) {
  return onServer(url, (c, name) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Creates the database of `url`, empty, UTF-8 with byte-order ("C") collation: text sorts exactly
 * as in SQLite, whatever the server's default locale. */
export async function createDatabase(url) {
  await onServer(url, (c, name) =>
    c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv[2] === "--locked-run") {
    const cmd = process.argv.slice(process.argv.indexOf("--") + 1);
    const url = process.env.DATABASE_URL;
    withAdvisoryLock(url, SEED_LOCK_KEY, async () => spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", env: process.env }).status ?? 1)
      .then((status) => process.exit(status))
      .catch((e) => {
        console.error(`✗ ${e instanceof Error ? e.message : e}`);
        process.exit(1);
      });
  } else cli();
}

function cli() {
  const args = process.argv.slice(2);
  const dirArg = args.find((a) => a.startsWith("--dir="));
  const dir = dirArg ? path.resolve(dirArg.slice("--dir=".length)) : pgMigrationsDir;
  const flag = args.find((a) => a.startsWith("--") && a !== "--quiet" && a !== dirArg);
  const url = args.find((a) => !a.startsWith("--")) ?? process.env.DATABASE_URL;
  const main = async () => {
    if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error("give a postgres:// URL (argument or DATABASE_URL)");
    const quiet = args.includes("--quiet");
    const log = quiet ? () => {} : (s) => console.log(`  ${s}`);
    if (flag === "--drop") return dropDatabase(url);
    if (flag === "--fresh") {
      await dropDatabase(url);
      await createDatabase(url);
    }
    if (flag === "--status") {
      for (const m of await migrationStatus(url, { dir })) console.log(`${m.state.padEnd(10)} ${m.name}`);
      return;
    }
    await migratePostgres(url, { dir, log });
  };
  main().catch((e) => {
    console.error(`✗ PostgreSQL migration: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
