#!/usr/bin/env node
// `npm start`: migrate the database, load reference data (and the demo data on an empty
// database, unless NTM_DEMO_DATA=off), build when no current build exists, then serve on $PORT.
// DATABASE_URL picks the database: the embedded SQLite file (default file:./data/ntm.db) or a
// postgres:// URL (migrated by scripts/pg-migrate.mjs; several instances may start at once).
import path from "node:path";
import { baseEnv, buildIfStale, isPostgresUrl, migrate, root, run, seed, withAuthEnv } from "./prepare.mjs";

const env = baseEnv({ NODE_ENV: "production" });
const port = process.env.PORT ?? "3000";
const demo = (process.env.NTM_DEMO_DATA ?? "on") !== "off";

// Never print a PostgreSQL password.
const shown = isPostgresUrl(env.DATABASE_URL) ? env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : env.DATABASE_URL;
console.log(`▶ database: ${shown}`);
migrate(env);
seed(env, { demo });
buildIfStale(env);
console.log(`▶ serving on http://localhost:${port}`);
run(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], withAuthEnv(env, port));
