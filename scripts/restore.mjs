#!/usr/bin/env node
// `npm run db:restore -- <file>`: puts a backup back as the embedded SQLite database of
// DATABASE_URL. Stop the app first: the restore refuses while another process has the database
// open (Linux /proc) or holds a lock on it. Nothing is deleted: the current database is moved
// aside (its name is printed) before the checked copy takes its place.
//
// Steps: check the backup (SQLite, integrity_check, an NTM database: _prisma_migrations and the
// app's tables; not newer than this code's migrations) → make sure nobody uses the database →
// copy the backup next to it under a temporary name (SQLite backup API) and check the copy →
// move the current database and its -wal/-shm/-journal aside → rename the copy into place.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkNtmDatabase, committedMigrations, databaseFile, processesUsing, refusePostgres, root, timestamp } from "./sqlite-file.mjs";

const args = process.argv.slice(2).filter((a) => a !== "--");
const force = args.includes("--force");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length !== 1 || args.includes("--help")) {
  console.log(
    "Usage: npm run db:restore -- <backup file> [--force]\n" +
      "  Stop the app first. The current database is kept (moved aside, its name printed).\n" +
      "  --force restores even when another process seems to have the database open (not advised).",
  );
  process.exit(files.length === 1 ? 0 : 1);
}

const db = databaseFile();
if (db.postgres) refusePostgres();
const target = db.file;
const backup = path.resolve(files[0]);
if (backup === target) {
  console.error("✗ That file is the database itself.");
  process.exit(1);
}

// 1. The backup must be a sound NTM database this code can run.
const check = checkNtmDatabase(backup);
if (!check.ok) {
  console.error(`✗ ${backup} cannot be restored:\n  - ${check.problems.join("\n  - ")}`);
  process.exit(1);
}
const known = new Set(committedMigrations());
const unknown = check.migrations.filter((m) => !known.has(m));
if (unknown.length > 0) {
  console.error(`✗ The backup was made by a newer version of the app (migrations unknown here: ${unknown.join(", ")}). Update the app first.`);
  process.exit(1);
}
const pending = [...known].filter((m) => !check.migrations.includes(m));

// 2. Nobody may be using the current database (the app would keep writing to the old file).
if (existsSync(target)) {
  const using = processesUsing(target);
  if (using.pids.length > 0 && !force) {
    console.error(
      `✗ The database is open in process(es) ${using.pids.join(", ")} — probably the app. Stop it first, then run the restore again.\n` +
        "  (--force restores anyway; the running app would then keep writing to the old, moved-aside file.)",
    );
    process.exit(1);
  }
  if (!using.supported) console.warn("! Cannot see which processes have the database open on this system: make sure the app is stopped.");
  // A lock check as well: an exclusive transaction fails at once when someone holds a lock.
  const probe = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
  } catch (e) {
    probe.close();
    console.error(`✗ The database is locked by another process (${e instanceof Error ? e.message : String(e)}). Stop the app first.`);
    process.exit(1);
  }
  probe.close();
}

// 3. The copy, next to the database (same file system: the final rename is atomic), checked.
mkdirSync(path.dirname(target), { recursive: true });
const incoming = `${target}.restore-${timestamp()}.tmp`;
const src = new Database(backup, { readonly: true, fileMustExist: true });
try {
  await src.backup(incoming);
} catch (e) {
  rmSync(incoming, { force: true });
  console.error(`✗ Copying the backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
} finally {
  src.close();
}
const copied = checkNtmDatabase(incoming);
if (!copied.ok) {
  rmSync(incoming, { force: true });
  console.error(`✗ The copy failed its check, nothing changed:\n  - ${copied.problems.join("\n  - ")}`);
  process.exit(1);
}

// 4. The current database aside (kept), with its side files, so that no stale -wal/-shm/-journal
// is applied to the restored file.
let aside = null;
if (existsSync(target)) {
  aside = `${target}.before-restore-${timestamp()}`;
  renameSync(target, aside);
}
for (const suffix of ["-wal", "-shm", "-journal"]) {
  if (!existsSync(target + suffix)) continue;
  if (aside) renameSync(target + suffix, aside + suffix);
  else rmSync(target + suffix, { force: true });
}
for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(incoming + suffix, { force: true });
renameSync(incoming, target);

console.log(`✓ Restored ${backup}`);
console.log(`  → ${path.relative(root, target).startsWith("..") ? target : path.relative(root, target)} (integrity_check ok, ${copied.migrations.length} migrations)`);
if (aside) console.log(`  The previous database is kept as ${aside}${existsSync(`${aside}-wal`) ? " (with its -wal file)" : ""}.`);
if (pending.length) console.log(`  ${pending.length} newer migration(s) will be applied when the app starts (npm start): ${pending.join(", ")}.`);
console.log("  Start the app again (npm start).");
