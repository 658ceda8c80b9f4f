import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, testBackend } from "./test-db";

// npm run db:backup / db:restore as separate processes against a seeded SQLite file, with other
// connections writing meanwhile: the copy is one committed state, and a restore gives back every
// row of every table.

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");
let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let file: string;

async function script(name: "backup" | "restore", args: string[]) {
  try {
    const r = await run(process.execPath, [path.join(root, "scripts", `${name}.mjs`), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${file}` } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** Every row of every table (rowid order), by table name. */
function dump(dbFile: string): Record<string, unknown[]> {
  const conn = new Database(dbFile, { readonly: true });
  try {
    const tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, conn.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  db = await createSeededDatabase();
  file = db.url.slice("file:".length);
});

afterAll(() => db.cleanup());

// The SQLite backup scripts only; PostgreSQL is backed up with pg_dump (README).
describe.skipIf(testBackend === "postgres")("db:backup and db:restore", () => {
  it("backup during an open write transaction → restore → identical data", async () => {
    const before = dump(file);
    expect(Object.keys(before)).toContain("_prisma_migrations");
    expect(before.AdminUnit?.length).toBeGreaterThan(10);

    // Another connection is in the middle of a write transaction while the backup runs.
    const writer = new Database(file, { timeout: 5000 });
    writer.exec("BEGIN IMMEDIATE");
    writer.prepare(`INSERT INTO "LoginAttempt" ("key", "createdAt") VALUES (?, ?)`).run("during-backup", Date.now());
    writer.prepare(`UPDATE "AdminUnit" SET "note" = 'changed during backup' WHERE "code" = '06322'`).run();

    const backupFile = path.join(db.dir, "backups", "copy.db");
    const b = await script("backup", ["--", backupFile]);
    expect(b.out).toContain("integrity_check ok");
    expect(b.code).toBe(0);
    writer.exec("COMMIT");
    writer.close();

    // The copy is the state before the uncommitted transaction; the live database moved on.
    expect(dump(backupFile)).toEqual(before);
    expect(dump(file)).not.toEqual(before);

    const r = await script("restore", ["--", backupFile]);
    expect(r.out).toContain("Restored");
    expect(r.code).toBe(0);
    expect(dump(file)).toEqual(before);
    for (const suffix of ["-wal", "-shm", "-journal"]) expect(existsSync(file + suffix)).toBe(false);

    // The database it replaced is kept, with the committed change.
    const aside = readdirSync(db.dir).find((f) => f.startsWith("test.db.before-restore-"));
    expect(aside).toBeDefined();
    expect(r.out).toContain(aside!);
    const kept = dump(path.join(db.dir, aside!));
    expect((kept.LoginAttempt as { key: string }[]).some((x) => x.key === "during-backup")).toBe(true);
  });

  it("a backup taken while another process keeps committing is one committed state", async () => {
    const writerScript = `
      const Database = require(${JSON.stringify(path.join(root, "node_modules", "better-sqlite3"))});
      const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
      const ins = db.prepare('INSERT INTO "LoginAttempt" ("key", "createdAt") VALUES (?, ?)');
      const pair = db.transaction((i) => { ins.run('a' + i, i); ins.run('b' + i, i); });
      const end = Date.now() + 1500;
      let i = 0;
      while (Date.now() < end) pair(i++);
      console.log(i);
    `;
    const child = spawn(process.execPath, ["-e", writerScript], { cwd: root });
    let written = "";
    child.stdout.on("data", (d) => (written += String(d)));
    const done = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
    await new Promise((r) => setTimeout(r, 200));
    const backupFile = path.join(db.dir, "backups", "during-writes.db");
    const b = await script("backup", ["--", backupFile]);
    expect(await done).toBe(0);
    expect(b.code).toBe(0);
    const rows = dump(backupFile).LoginAttempt as { key: string }[];
    // Each transaction wrote a pair: a committed state never holds half of one.
    const a = rows.filter((x) => x.key.startsWith("a")).length;
    const bb = rows.filter((x) => x.key.startsWith("b")).length;
    expect(a).toBe(bb);
    expect(Number(written)).toBeGreaterThan(0);
  });

  it("refuses while another process has the database open, and changes nothing", async () => {
    const backupFile = path.join(db.dir, "backups", "refuse.db");
    expect((await script("backup", ["--", backupFile])).code).toBe(0);
    const holder = new Database(file); // this test process, like a running app
    try {
      holder.prepare("SELECT 1").get();
      const before = dump(file);
      const r = await script("restore", ["--", backupFile]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(String(process.pid));
      expect(dump(file)).toEqual(before);
    } finally {
      holder.close();
    }
  });

  it("refuses a file that is not an NTM database, and a backup over an existing file", async () => {
    const junk = path.join(db.dir, "junk.db");
    writeFileSync(junk, "not a database");
    const r = await script("restore", ["--", junk]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("not an SQLite database");

    const other = path.join(db.dir, "other.db");
    const conn = new Database(other);
    conn.exec("CREATE TABLE t (x INTEGER)");
    conn.close();
    const r2 = await script("restore", ["--", other]);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain("_prisma_migrations");

    const existing = path.join(db.dir, "backups", "copy.db");
    const b = await script("backup", ["--", existing]);
    expect(b.code).toBe(1);
    expect(b.out).toContain("already exists");
  });

  it("refuses PostgreSQL politely and points to the README", async () => {
    const r = await run(process.execPath, [path.join(root, "scripts", "backup.mjs")], { cwd: root, env: { ...process.env, DATABASE_URL: "postgresql://u:p@localhost/ntm" } }).catch(
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect((r as { code: number }).code).toBe(2);
    expect((r as { stderr: string }).stderr).toContain("pg_dump");
    expect((r as { stderr: string }).stderr).toContain("README");
  });
});
