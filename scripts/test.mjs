#!/usr/bin/env node
// `npm test`: the whole suite — type check, unit and integration tests (Vitest), then the
// end-to-end tests (Playwright driving Debian's Chromium, installed here when missing).
import { existsSync } from "node:fs";
import path from "node:path";
import { baseEnv, root, run } from "./prepare.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = baseEnv();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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

const only = process.argv[2];
if (!only || only === "static") {
  console.log("▶ type check");
  run(bin("tsc"), ["--noEmit"], env);
  console.log("▶ migrations in step with schema.prisma");
  run(process.execPath, [path.join("scripts", "new-migration.mjs"), "--check"], env);
}
if (!only || only === "unit") run(bin("vitest"), ["run", "--project", "unit"], env);
if (!only || only === "integration") run(bin("vitest"), ["run", "--project", "integration"], env);
if (!only || only === "e2e") {
  ensureChromium();
  run(bin("playwright"), ["test"], env);
}
console.log("✓ all tests passed");
