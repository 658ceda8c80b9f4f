// Shared steps of `npm start` and the end-to-end test server: migrate, load data, build.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`\n✗ ${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url ?? "");

/** Apply committed migrations to the database of env.DATABASE_URL: SQLite (creating its folder)
 * through `prisma migrate deploy`, PostgreSQL through scripts/pg-migrate.mjs (prisma/postgres). */
export function migrate(env) {
  const url = env.DATABASE_URL;
  if (!existsSync(path.join(root, "generated", "prisma", "client.ts"))) run(process.execPath, [path.join(root, "scripts", "generate.mjs")], env);
  // The PostgreSQL client (generated/prisma-pg), regenerated only when prisma/schema.prisma changed.
  else run(process.execPath, [path.join(root, "scripts", "pg-schema.mjs")], env);
  if (isPostgresUrl(url)) {
    run(process.execPath, [path.join(root, "scripts", "pg-migrate.mjs")], env);
    return;
  }
  if (url.startsWith("file:")) mkdirSync(path.dirname(path.resolve(root, url.slice(5))), { recursive: true });
  run(bin("prisma"), ["migrate", "deploy"], env);
}

/** Load reference data, and the demo data unless demo is false. */
export function seed(env, { demo }) {
  const cmd = [bin("tsx"), path.join("prisma", "seed.ts"), ...(demo ? [] : ["--no-demo"])];
  // On PostgreSQL several instances may start at once: one loads, the others wait, then find the
  // data loaded (the loaders are idempotent).
  if (isPostgresUrl(env.DATABASE_URL)) run(process.execPath, [path.join(root, "scripts", "pg-migrate.mjs"), "--locked-run", "--", ...cmd], env);
  else run(cmd[0], cmd.slice(1), env);
}

// What a production build depends on: when none of it changed, the existing build is current.
const BUILD_INPUTS = ["app", "components", "lib", "public", "generated", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];

function sourceHash() {
  const h = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p).sort()) walk(path.join(p, f));
    else h.update(path.relative(root, p)).update(readFileSync(p));
  };
  for (const p of BUILD_INPUTS) walk(path.join(root, p));
  return h.digest("hex");
}

/** Build unless .next holds a build of exactly these sources. */
export function buildIfStale(env, { force = false } = {}) {
  const stamp = path.join(root, ".next", "ntm-source-hash");
  const hash = sourceHash();
  const current = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
  if (current && !force) {
    console.log("✓ build is current");
    return;
  }
  run(bin("next"), ["build"], env);
  writeFileSync(stamp, hash);
}

export function baseEnv(overrides = {}) {
  return {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/ntm.db",
    ...overrides,
  };
}

/**
 * next-auth needs a secret and its public URL in production. A configured NEXTAUTH_SECRET wins;
 * otherwise one is generated on first start and kept in data/.nextauth-secret (mode 600, outside
 * git), so sessions survive restarts and no secret is ever committed.
 */
export function withAuthEnv(env, port) {
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.join(root, "data", ".nextauth-secret");
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    secret = readFileSync(file, "utf8").trim();
  }
  return { ...env, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}` };
}

export { execFileSync };
