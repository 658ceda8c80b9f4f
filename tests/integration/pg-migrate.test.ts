import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackend } from "./test-db";

// The PostgreSQL migrations and their runner (scripts/pg-migrate.mjs), which `npm start` uses on
// PostgreSQL: every SQLite migration has its PostgreSQL twin; the runner applies them in order,
// once, each in a transaction with its bookkeeping row, refuses an applied file that changed, and
// two runners started at once (two app instances) apply each migration exactly once.

const root = path.resolve(import.meta.dirname, "..", "..");
const run = promisify(execFile);
const migrationNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();

describe("PostgreSQL migrations", () => {
  it("every SQLite migration has a PostgreSQL twin of the same name, and no twin is left over", () => {
    expect(migrationNames(path.join(root, "prisma", "postgres", "migrations"))).toEqual(migrationNames(path.join(root, "prisma", "migrations")));
  });
});

describe.skipIf(testBackend !== "postgres")("the PostgreSQL migration runner", () => {
  const server = process.env.NTM_TEST_PG_URL ?? "";
  let tmp: string;
  let dir: string;
  const urls: string[] = [];

  const dbUrl = (suffix: string) => {
    const u = new URL(server);
    u.pathname = `/ntm_it_${process.pid}_migrate_${suffix}`;
    urls.push(u.toString());
    return u.toString();
  };
  const runner = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, [path.join(root, "scripts", "pg-migrate.mjs"), ...args], { cwd: root });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  };
  async function query<T>(url: string, sql: string): Promise<T[]> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  }
  const recorded = (url: string) => query<{ name: string }>(url, `SELECT name FROM "_ntm_migrations" ORDER BY name`).then((r) => r.map((x) => x.name));

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "ntm-pgmig-"));
    dir = path.join(tmp, "migrations");
    cpSync(path.join(root, "prisma", "postgres", "migrations"), dir, { recursive: true });
  });
  afterAll(async () => {
    for (const url of urls) await runner("--drop", url);
    rmSync(tmp, { recursive: true, force: true });
  });

  it("applies every committed migration once, in order, and then has nothing to do", async () => {
    const url = dbUrl("once");
    const first = await runner("--fresh", url, `--dir=${dir}`);
    expect(first.code).toBe(0);
    const names = migrationNames(dir);
    expect(first.out.match(/applied \S+/g)).toEqual(names.map((n) => `applied ${n}`));
    expect(await recorded(url)).toEqual(names);
    const again = await runner(url, `--dir=${dir}`);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`database is up to date (${names.length} migrations)`);
    expect((await runner("--status", url, `--dir=${dir}`)).out.trim().split("\n").every((l) => l.startsWith("applied"))).toBe(true);
  });

  it("two runners started at once (two app instances) apply each migration exactly once", async () => {
    const url = dbUrl("race");
    expect((await runner("--fresh", url, `--dir=${path.join(tmp, "none")}`)).code).toBe(0); // empty database, no migrations
    const [a, b] = await Promise.all([runner(url, `--dir=${dir}`), runner(url, `--dir=${dir}`)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const applied = [a.out, b.out].flatMap((o) => o.match(/applied \S+/g) ?? []);
    expect(applied.sort()).toEqual(migrationNames(dir).map((n) => `applied ${n}`).sort());
    expect(await recorded(url)).toEqual(migrationNames(dir));
  });

  it("a failing migration is rolled back whole and not recorded; the ones before it stay", async () => {
    const url = dbUrl("fail");
    const bad = path.join(tmp, "bad");
    cpSync(dir, bad, { recursive: true });
    mkdirSync(path.join(bad, "99990101000000_broken"));
    writeFileSync(path.join(bad, "99990101000000_broken", "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n`);
    const r = await runner("--fresh", url, `--dir=${bad}`);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("migration 99990101000000_broken failed and was rolled back");
    expect(await recorded(url)).toEqual(migrationNames(dir));
    expect(await query(url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);
  });

  it("refuses to run when an applied migration's file was changed, and changes nothing", async () => {
    const url = dbUrl("changed");
    expect((await runner("--fresh", url, `--dir=${dir}`)).code).toBe(0);
    const edited = path.join(tmp, "edited");
    cpSync(dir, edited, { recursive: true });
    const first = migrationNames(edited)[0]!;
    appendFileSync(path.join(edited, first, "migration.sql"), `\nCREATE TABLE "Sneaky" ("id" INTEGER);\n`);
    const r = await runner(url, `--dir=${edited}`);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(`migration ${first} was changed after it was applied`);
    expect(await query(url, `SELECT to_regclass('"Sneaky"') AS t`)).toEqual([{ t: null }]);
  });
});
