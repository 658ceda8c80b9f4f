// Loads reference data (every criteria set in prisma/reference) and, unless told not to, the demo
// data (prisma/demo) when the database holds no units yet. Safe to run any number of times.
//   npx tsx prisma/seed.ts            reference + demo data (when the database is empty)
//   npx tsx prisma/seed.ts --no-demo  reference data only (production)
import { readdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { LoaderError } from "./loaders/common";
import { loadDemoAccounts } from "./loaders/accounts";
import { loadDemoFile } from "./loaders/demo";
import { importReferenceFile, readTargetYears } from "./loaders/reference";

const root = path.resolve(import.meta.dirname, "..");

export async function seed(url: string, opts: { demo: boolean; log?: (s: string) => void }) {
  const log = opts.log ?? console.log;
  const prisma = createPrismaClient(url);
  try {
    const refDir = path.join(root, "prisma", "reference");
    const years = readTargetYears(path.join(refDir, "target-years.json"));
    for (const f of readdirSync(refDir).filter((f) => /^ntm-criteria-.*\.json$/.test(f)).sort()) {
      const s = await importReferenceFile(prisma, path.join(refDir, f), years);
      log(
        s.unchanged
          ? `criteria set ${s.set}: already up to date`
          : `criteria set ${s.set}: ${s.criteria} criteria, ${s.indicators} indicators, ${s.targets} targets (${s.unverifiedTargets} unconfirmed, ${s.skippedNullTargets} not recorded)`,
      );
    }
    if (!opts.demo) return;
    const demoDir = path.join(root, "prisma", "demo");
    const unitCount = await prisma.adminUnit.count();
    const loaded = await prisma.dataLoad.count({ where: { name: { startsWith: "demo:" } } });
    if (unitCount > 0 && loaded === 0) {
      log("demo data: skipped (the database already holds units that are not demo data)");
      return;
    }
    for (const f of readdirSync(demoDir).filter((f) => f.endsWith(".json")).sort()) {
      const s = await loadDemoFile(prisma, path.join(demoDir, f));
      log(
        s.unchanged
          ? `demo data ${s.name}: already loaded`
          : `demo data ${s.name}: ${s.units} units, ${s.criterionAssessments} criterion assessments, ${s.indicatorAssessments} indicator values, ${s.figures} stated figures, ${s.recommendations} recommendations`,
      );
      for (const w of s.dueDateWarnings) log(`  warning: ${w}`);
    }
    const accountsDir = path.join(root, "prisma", "demo-accounts");
    for (const f of readdirSync(accountsDir).filter((f) => f.endsWith(".json")).sort()) {
      const a = await loadDemoAccounts(prisma, path.join(accountsDir, f));
      if (a.skipped) log(`demo accounts ${f}: skipped (their demo data is not loaded)`);
      else if (a.created.length) log(`demo accounts: created ${a.created.join(", ")} (password in README)`);
      else log("demo accounts: already present");
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const demo = !process.argv.includes("--no-demo");
  seed(process.env.DATABASE_URL ?? "file:./data/ntm.db", { demo }).catch((e) => {
    console.error(e instanceof LoaderError ? `Data not loaded, nothing written:\n${e.message}` : e);
    process.exit(1);
  });
}
