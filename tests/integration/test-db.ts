import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { seed } from "@/prisma/seed";

const root = path.resolve(import.meta.dirname, "..", "..");

/** A fresh SQLite file with the committed migrations applied (the real `prisma migrate deploy`). */
export function createMigratedDatabase(): { url: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-it-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return { url, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Migrated database with the reference data and the Văn Quan 2020 demo data loaded, and
 * DATABASE_URL pointing at it (import lib/data dynamically after calling this). */
export async function createSeededDatabase() {
  const db = createMigratedDatabase();
  await seed(db.url, { demo: true, log: () => {} });
  process.env.DATABASE_URL = db.url;
  return db;
}
