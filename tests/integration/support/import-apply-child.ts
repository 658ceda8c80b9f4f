// Child process of the kill test (tests/integration/import-kill.test.ts): applies one pending
// import against DATABASE_URL and reports each batch written inside the transaction on stdout,
// so the test can SIGKILL it in the middle of the transaction.
//   node --conditions=react-server --import tsx tests/integration/support/import-apply-child.ts <userId> <importId>
async function main() {
  const [userId, id] = process.argv.slice(2);
  const { getPendingImport, applyImportPlan } = await import("@/lib/data/imports");
  const pending = await getPendingImport(Number(userId), String(id));
  if (!pending) throw new Error("no pending import");
  process.stdout.write("start\n");
  const result = await applyImportPlan({
    plan: pending.plan,
    view: pending.view,
    fileName: pending.fileName,
    actor: { userId: Number(userId), displayName: "kill test" },
    onProgress: (written, total) => process.stdout.write(`progress ${written} ${total}\n`),
  });
  process.stdout.write(`done ${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
