#!/usr/bin/env node
// `npm test`: the whole suite — type check and migration checks, unit tests, then the integration
// and end-to-end tests on SQLite and again on PostgreSQL (the same tests: "PostgreSQL parity").
//   npm test                      everything
//   npm test -- static|unit|integration|e2e   one level (integration and e2e: both databases)
//   npm test -- integration sqlite            one level on one database (sqlite | postgres)
// PostgreSQL: NTM_TEST_PG_URL=postgres://user@host:port/postgres (a server where that user may
// create databases), or else a throwaway cluster started here from Debian's PostgreSQL binaries
// (/usr/lib/postgresql/<version>/bin, as the `postgres` user when running as root) and removed at
// the end. Without either, the PostgreSQL pass is skipped with a message — except in CI, where
// that is a failure. NTM_TEST_PG=off skips it deliberately. NTM_TEST_PG_E2E=read-only runs only the
// read-only end-to-end specs on PostgreSQL (not tests/e2e/writes/), to save time.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { baseEnv, root, run } from "./prepare.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
// One id per run: the integration tests seed one template database per run and copy it per file
// (tests/integration/test-db.ts); the SQLite template file is removed at the end.
const runId = randomBytes(4).toString("hex");
const env = { ...baseEnv(), NTM_TEST_RUN_ID: runId };
process.on("exit", () => rmSync(path.join(tmpdir(), `ntm-it-template-${runId}.db`), { force: true }));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

function ensureChromium() {
  if (existsSync(chromium)) return;
  if (process.getuid?.() === 0) {
    console.log("▶ installing Debian's chromium for the end-to-end tests");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
  } else {
    console.error(`✗ Chromium not found at ${chromium}. Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}

// ─── A PostgreSQL server for the parity pass ─────────────────────────────────────────────────

function postgresBinDir() {
  if (process.env.PG_BINDIR) return existsSync(path.join(process.env.PG_BINDIR, "initdb")) ? process.env.PG_BINDIR : null;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A throwaway cluster: initdb into a temporary folder, started on a free port, trust auth on
 * 127.0.0.1 only, durability off (test data). Stopped and removed when this process exits. */
async function startThrowawayCluster() {
  const binDir = postgresBinDir();
  if (!binDir) return null;
  const asRoot = process.getuid?.() === 0;
  if (asRoot && spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-pg-"));
  if (asRoot) {
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
    const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const as = (cmd, args) =>
    asRoot ? spawnSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe", encoding: "utf8", cwd: dir }) : spawnSync(cmd, args, { stdio: "pipe", encoding: "utf8", cwd: dir });
  const data = path.join(dir, "data");
  const init = as(path.join(binDir, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  if (init.status !== 0) {
    console.error(init.stderr);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = as(path.join(binDir, "pg_ctl"), ["-D", data, "-o", opts, "-l", path.join(dir, "server.log"), "-w", "start"]);
  if (start.status !== 0) {
    console.error(start.stderr || start.stdout);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const stop = () => {
    as(path.join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, description: `throwaway PostgreSQL (${path.basename(path.dirname(binDir))}) on port ${port}` };
}

let pgServer;
async function postgres() {
  if (pgServer !== undefined) return pgServer;
  if ((process.env.NTM_TEST_PG ?? "on") === "off") return (pgServer = null);
  if (process.env.NTM_TEST_PG_URL) return (pgServer = { url: process.env.NTM_TEST_PG_URL, description: "PostgreSQL at NTM_TEST_PG_URL" });
  pgServer = await startThrowawayCluster();
  if (!pgServer) {
    const msg = "PostgreSQL is not available: install Debian's postgresql package or set NTM_TEST_PG_URL=postgres://user@host:port/postgres";
    if (process.env.CI) {
      console.error(`✗ ${msg} (required in CI)`);
      process.exit(1);
    }
    console.warn(`! ${msg}; the PostgreSQL pass is skipped`);
  } else console.log(`▶ ${pgServer.description}`);
  return pgServer;
}

/** Drops what the integration tests left on a shared server (their databases, the run's template). */
function sweepTestDatabases(url) {
  const script = `
    import pg from "pg";
    const c = new pg.Client({ connectionString: process.argv[1] });
    await c.connect();
    const { rows } = await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'ntm\\\\_it\\\\_%'");
    for (const r of rows) await c.query('DROP DATABASE IF EXISTS "' + r.datname + '" WITH (FORCE)');
    await c.end();`;
  spawnSync(process.execPath, ["--input-type=module", "-e", script, url], { cwd: root, stdio: "inherit" });
}

// ─── The levels ──────────────────────────────────────────────────────────────────────────────

const level = process.argv[2];
const only = process.argv[3]; // sqlite | postgres
const wants = (l) => !level || level === l;
const onSqlite = !only || only === "sqlite";
const onPostgres = !only || only === "postgres";

if (wants("static")) {
  console.log("▶ type check");
  run(bin("tsc"), ["--noEmit"], env);
  console.log("▶ migrations in step with schema.prisma, PostgreSQL migrations in step with SQLite ones");
  const pg = level === "static" || !level ? await postgres() : null;
  run(process.execPath, [path.join("scripts", "new-migration.mjs"), "--check"], pg ? { ...env, NTM_TEST_PG_URL: pg.url } : env);
}
if (wants("unit")) run(bin("vitest"), ["run", "--project", "unit"], env);
if (wants("integration") && onSqlite) {
  console.log(`▶ integration tests on SQLite (${elapsed()})`);
  run(bin("vitest"), ["run", "--project", "integration"], env);
}
if (wants("e2e") && onSqlite) {
  ensureChromium();
  console.log(`▶ end-to-end tests on SQLite (${elapsed()})`);
  run(bin("playwright"), ["test"], env);
}
if ((wants("integration") || wants("e2e")) && onPostgres) {
  const pg = await postgres();
  if (pg) {
    const pgEnv = { ...env, NTM_TEST_PG_URL: pg.url };
    // The PostgreSQL client follows prisma/schema.prisma (regenerated only when it changed).
    run(process.execPath, [path.join("scripts", "pg-schema.mjs")], env);
    if (wants("integration")) {
      console.log(`▶ integration tests on PostgreSQL (${elapsed()})`);
      // run() exits on a failure: sweep a shared server's test databases on exit either way.
      if (process.env.NTM_TEST_PG_URL) process.on("exit", () => sweepTestDatabases(pg.url));
      run(bin("vitest"), ["run", "--project", "integration"], { ...pgEnv, NTM_TEST_DB: "postgres" });
    }
    if (wants("e2e")) {
      ensureChromium();
      console.log(`▶ end-to-end tests on PostgreSQL (${elapsed()})`);
      const readOnly = process.env.NTM_TEST_PG_E2E === "read-only";
      run(bin("playwright"), ["test", ...(readOnly ? ["--project=setup", "--project=desktop"] : [])], { ...pgEnv, NTM_E2E_DB: "postgres" });
    }
  }
}
console.log(`✓ all tests passed (${elapsed()})`);
