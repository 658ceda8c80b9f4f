#!/usr/bin/env node
// `npm start`: migrate the database, load reference data (and the demo data on an empty
// database, unless NTM_DEMO_DATA=off), build when no current build exists, then serve on $PORT.
import path from "node:path";
import { baseEnv, buildIfStale, migrate, root, run, seed, withAuthEnv } from "./prepare.mjs";

const env = baseEnv({ NODE_ENV: "production" });
const port = process.env.PORT ?? "3000";
const demo = (process.env.NTM_DEMO_DATA ?? "on") !== "off";

console.log(`▶ database: ${env.DATABASE_URL}`);
migrate(env);
seed(env, { demo });
buildIfStale(env);
console.log(`▶ serving on http://localhost:${port}`);
run(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], withAuthEnv(env, port));
