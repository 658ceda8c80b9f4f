#!/usr/bin/env node
// `npm run db:backup [-- <file>]`: a consistent copy of the embedded SQLite database, safe while the
// app runs (SQLite's online backup API through better-sqlite3: readers and writers carry on; a
// write committed during the copy makes SQLite restart it, so the copy is always one committed
// state). Default file: data/backups/ntm-<UTC timestamp>.db. The copy is written under a temporary
// name, checked (integrity_check, NTM tables), then renamed: a file with the final name is complete.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkNtmDatabase, databaseFile, humanSize, refusePostgres, root, timestamp } from "./sqlite-file.mjs";

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--help") || args.includes("-h") || args.length > 1) {
  console.log("Usage: npm run db:backup [-- <file>]\n  Default file: data/backups/ntm-<timestamp>.db");
  process.exit(args.length > 1 ? 1 : 0);
}

const db = databaseFile();
if (db.postgres) refusePostgres();
const source = db.file;
if (!existsSync(source)) {
  console.error(`✗ No database at ${source} (DATABASE_URL). Nothing to back up.`);
  process.exit(1);
}

const dest = path.resolve(args[0] ?? path.join(root, "data", "backups", `ntm-${timestamp()}.db`));
if (dest === source) {
  console.error("✗ The backup file cannot be the database itself.");
  process.exit(1);
}
if (existsSync(dest)) {
  console.error(`✗ ${dest} already exists: choose another name (a backup never overwrites a file).`);
  process.exit(1);
}
mkdirSync(path.dirname(dest), { recursive: true });
const partial = `${dest}.partial`;
rmSync(partial, { force: true });

const started = process.hrtime.bigint();
const conn = new Database(source, { fileMustExist: true, timeout: 10_000 });
try {
  let restarts = 0;
  let lastRemaining = Infinity;
  await conn.backup(partial, {
    // Copy in steps of 1000 pages (4 MB with the default page size); a write by another connection
    // in between restarts the copy (the remaining count goes back up), which we count.
    progress({ totalPages, remainingPages }) {
      if (remainingPages > lastRemaining) restarts += 1;
      lastRemaining = remainingPages;
      if (restarts > 50) throw new Error("the database kept changing during the copy: try again at a quieter moment");
      return totalPages > 0 ? 1000 : 0;
    },
  });
  if (restarts > 0) console.log(`  (the copy restarted ${restarts} time(s) because the app wrote meanwhile)`);
} catch (e) {
  rmSync(partial, { force: true });
  console.error(`✗ Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
} finally {
  conn.close();
}

const check = checkNtmDatabase(partial);
if (!check.ok) {
  rmSync(partial, { force: true });
  console.error(`✗ The copy failed its check, nothing kept:\n  - ${check.problems.join("\n  - ")}`);
  process.exit(1);
}
renameSync(partial, dest);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const shown = (p) => (path.relative(process.cwd(), p).startsWith("..") ? p : path.relative(process.cwd(), p));
console.log(`✓ Backup of ${shown(source)}`);
console.log(`  → ${dest}`);
console.log(`  ${humanSize(statSync(dest).size)} in ${seconds.toFixed(2)} s; integrity_check ok; ${check.migrations.length} migrations (last ${check.migrations.at(-1) ?? "none"})`);
console.log(`  Restore with: npm run db:restore -- ${shown(dest)}`);
