#!/usr/bin/env node
// Web server for the end-to-end tests: a fresh database file of its own, migrated and seeded
// with the demo data, a current production build, served on E2E_PORT (default 3100).
import { rmSync } from "node:fs";
import path from "node:path";
import { baseEnv, buildIfStale, migrate, root, run, seed, withAuthEnv } from "./prepare.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dbFile = path.join(root, "data", "e2e.db");
rmSync(dbFile, { force: true });
rmSync(`${dbFile}-journal`, { force: true });
// Uploads of the e2e run go to a folder of their own, emptied at each start.
const uploads = path.join(root, "data", "e2e-uploads");
rmSync(uploads, { recursive: true, force: true });
const env = baseEnv({ NODE_ENV: "production", DATABASE_URL: `file:./data/e2e.db`, UPLOAD_DIR: uploads });
migrate(env);
seed(env, { demo: true });
buildIfStale(env);
run(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], withAuthEnv({ ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` }, port));
