// Shared by scripts/backup.mjs and scripts/restore.mjs: where the embedded SQLite database is, and
// the checks a copy must pass before anyone relies on it.
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const root = path.resolve(import.meta.dirname, "..");

/** Tables every NTM database has (besides Prisma's _prisma_migrations). */
export const KNOWN_TABLES = ["AdminUnit", "CriteriaSet", "Criterion", "Indicator", "AssessmentHistory", "User", "Document"];

/** The SQLite file of DATABASE_URL (default file:./data/ntm.db, relative to the project folder),
 * or { postgres: true } for a PostgreSQL URL. */
export function databaseFile(env = process.env) {
  const url = env.DATABASE_URL ?? "file:./data/ntm.db";
  if (/^postgres(ql)?:\/\//.test(url)) return { postgres: true, url };
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgres:// URL (got ${url.slice(0, 20)}…)`);
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  return { postgres: false, file: path.resolve(root, file) };
}

export function refusePostgres() {
  console.error(
    "✗ DATABASE_URL points to PostgreSQL. These scripts back up and restore the embedded SQLite database only.\n" +
      "  For PostgreSQL use pg_dump / pg_restore: see “Running on PostgreSQL” in README.md.",
  );
  process.exit(2);
}

/** "2026-11-26T11:15:30.123Z" → "20261126T111530Z". */
export function timestamp(at = new Date()) {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

export function humanSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Is this file an SQLite database at all (magic header)? */
export function isSqliteFile(file) {
  try {
    const head = readFileSync(file, { encoding: null, flag: "r" }).subarray(0, 16);
    return head.toString("latin1") === "SQLite format 3\u0000";
  } catch {
    return false;
  }
}

/**
 * Checks a database copy: SQLite, `PRAGMA integrity_check` = ok, Prisma's migration table and
 * the NTM tables present. Returns { ok, problems, migrations } (migrations: applied names, in order).
 */
export function checkNtmDatabase(file) {
  if (!existsSync(file)) return { ok: false, problems: [`${file} does not exist`], migrations: [] };
  if (!statSync(file).isFile() || !isSqliteFile(file)) return { ok: false, problems: [`${file} is not an SQLite database`], migrations: [] };
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = [];
    const integrity = db.pragma("integrity_check").map((r) => r.integrity_check);
    if (!(integrity.length === 1 && integrity[0] === "ok")) problems.push(`integrity_check: ${integrity.slice(0, 5).join("; ")}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    let migrations = [];
    if (!tables.has("_prisma_migrations")) problems.push("no _prisma_migrations table: not a database of this app");
    else
      migrations = db
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name")
        .all()
        .map((r) => r.migration_name);
    const missing = KNOWN_TABLES.filter((t) => !tables.has(t));
    if (missing.length) problems.push(`missing tables: ${missing.join(", ")}`);
    return { ok: problems.length === 0, problems, migrations };
  } catch (e) {
    return { ok: false, problems: [`cannot open: ${e instanceof Error ? e.message : String(e)}`], migrations: [] };
  } finally {
    db?.close();
  }
}

/** Migrations committed in this checkout (prisma/migrations/<name>/). */
export function committedMigrations() {
  const dir = path.join(root, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** PIDs of other processes that hold the file open (Linux /proc; [] where /proc is unavailable). */
export function processesUsing(file) {
  const pids = [];
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return { supported: false, pids };
  }
  const targets = new Set([file, `${file}-wal`, `${file}-shm`, `${file}-journal`]);
  for (const pid of entries) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to look at
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(Number(pid));
          break;
        }
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return { supported: true, pids };
}
