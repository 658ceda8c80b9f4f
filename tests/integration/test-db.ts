import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { seed } from "@/prisma/seed";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The database the integration suite runs on: SQLite (default) or PostgreSQL with
 * NTM_TEST_DB=postgres and NTM_TEST_PG_URL=postgres://user@host:port/postgres (a server where the
 * user may create databases; `npm test` starts a throwaway one). The same tests run on both. */
export const testBackend: "sqlite" | "postgres" = process.env.NTM_TEST_DB === "postgres" ? "postgres" : "sqlite";

export interface TestDatabase {
  url: string;
  /** A temporary folder of the test's own (files, uploads); removed by cleanup. */
  dir: string;
  /** Drops the database and removes the folder (returns a promise: await it in afterAll). */
  cleanup: () => Promise<void>;
}

function postgresServerUrl(): string {
  const server = process.env.NTM_TEST_PG_URL;
  if (!server) throw new Error("NTM_TEST_DB=postgres needs NTM_TEST_PG_URL=postgres://user@host:port/postgres");
  return server;
}

/** Closes the app's client (lib/db.ts keeps it on globalThis outside production) before its database
 * is dropped; DROP … WITH (FORCE) ends whatever is still open after a few seconds. */
async function disconnectAppClient() {
  const client = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  if (!client) return;
  await Promise.race([client.$disconnect().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
}

const migrator = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(root, "scripts", "pg-migrate.mjs"), ...args], { cwd: root, stdio: "pipe" });

/** A fresh database with the committed migrations applied: a temporary SQLite file through the real
 * `prisma migrate deploy`, or a new PostgreSQL database (CREATE DATABASE per test file) through the
 * app's own PostgreSQL migration runner (scripts/pg-migrate.mjs). */
export function createMigratedDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-it-"));
  if (testBackend === "postgres") {
    const u = new URL(postgresServerUrl());
    u.pathname = `/ntm_it_${process.pid}_${randomBytes(4).toString("hex")}`;
    const url = u.toString();
    migrator("--fresh", url, "--quiet");
    return {
      url,
      dir,
      cleanup: async () => {
        // The app's client (lib/db.ts keeps it on globalThis outside production) still holds
        // connections to this database: close them before dropping it.
        await disconnectAppClient();
        migrator("--drop", url);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return { url, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * PostgreSQL within one `npm test` run (NTM_TEST_RUN_ID): the first file migrates and seeds a
 * template database, every file then gets its own copy (CREATE DATABASE … TEMPLATE), which takes
 * a fraction of a second instead of a seed. Without a run id each file seeds its own database.
 */
async function seededPostgresDatabase(): Promise<TestDatabase | null> {
  const runId = process.env.NTM_TEST_RUN_ID?.replace(/\W/g, "");
  if (!runId) return null;
  const server = new URL(postgresServerUrl());
  const template = `ntm_it_template_${runId}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (!rowCount) {
      const t = new URL(server);
      t.pathname = `/${template}_building`;
      migrator("--fresh", t.toString(), "--quiet");
      await seed(t.toString(), { demo: true, log: () => {} });
      // Renamed only once complete: a failed seed never becomes the template.
      await admin.query(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`);
    }
    const name = `ntm_it_${process.pid}_${randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const u = new URL(server);
    u.pathname = `/${name}`;
    const url = u.toString();
    const dir = mkdtempSync(path.join(tmpdir(), "ntm-it-"));
    return {
      url,
      dir,
      cleanup: async () => {
        await disconnectAppClient();
        migrator("--drop", url);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } finally {
    await admin.end();
  }
}

/** SQLite within one `npm test` run: the same idea with a template file, copied per test file. */
async function seededSqliteDatabase(): Promise<TestDatabase | null> {
  const runId = process.env.NTM_TEST_RUN_ID?.replace(/\W/g, "");
  if (!runId) return null;
  const template = path.join(tmpdir(), `ntm-it-template-${runId}.db`);
  if (!existsSync(template)) {
    const built = createMigratedDatabase();
    await seed(built.url, { demo: true, log: () => {} });
    renameSync(built.url.slice("file:".length), template);
    await built.cleanup();
  }
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-it-"));
  const file = path.join(dir, "test.db");
  copyFileSync(template, file);
  return { url: `file:${file}`, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Migrated database with the reference and the Văn Quan 2020 demo data loaded, and
 * DATABASE_URL pointing at it (import lib/data dynamically after calling this). */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const copy = testBackend === "postgres" ? await seededPostgresDatabase() : await seededSqliteDatabase();
  if (copy) {
    process.env.DATABASE_URL = copy.url;
    return copy;
  }
  const db = createMigratedDatabase();
  await seed(db.url, { demo: true, log: () => {} });
  process.env.DATABASE_URL = db.url;
  return db;
}
