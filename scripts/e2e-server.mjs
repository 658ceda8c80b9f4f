#!/usr/bin/env node
// Web server for the end-to-end tests: a fresh database of its own, migrated and seeded with the
// demo data, a current production build, served on E2E_PORT (default 3100).
// The database is a SQLite file (data/e2e.db) or, with NTM_E2E_DB=postgres, a PostgreSQL database
// "ntm_e2e" re-created on the server of NTM_TEST_PG_URL (`npm test` sets both for its PostgreSQL pass).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { baseEnv, buildIfStale, migrate, root, run, seed, withAuthEnv } from "./prepare.mjs";

const port = process.env.E2E_PORT ?? "3100";
let databaseUrl = "file:./data/e2e.db";
if (process.env.NTM_E2E_DB === "postgres") {
  if (!process.env.NTM_TEST_PG_URL) throw new Error("NTM_E2E_DB=postgres needs NTM_TEST_PG_URL (a server where the user may create databases)");
  const u = new URL(process.env.NTM_TEST_PG_URL);
  u.pathname = "/ntm_e2e";
  databaseUrl = u.toString();
  execFileSync(process.execPath, [path.join(root, "scripts", "pg-migrate.mjs"), "--fresh", databaseUrl, "--quiet"], { cwd: root, stdio: "inherit" });
} else {
  const dbFile = path.join(root, "data", "e2e.db");
  rmSync(dbFile, { force: true });
  rmSync(`${dbFile}-journal`, { force: true });
}
// Uploads of the e2e run go to a folder of their own, emptied at each start.
const uploads = path.join(root, "data", "e2e-uploads");
rmSync(uploads, { recursive: true, force: true });
const env = baseEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, UPLOAD_DIR: uploads });
console.log(`▶ e2e database: ${databaseUrl.startsWith("file:") ? databaseUrl : "PostgreSQL ntm_e2e"}`);
migrate(env);
seed(env, { demo: true });
buildIfStale(env);
run(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], withAuthEnv({ ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` }, port));
