"use server";

import { revalidatePath } from "next/cache";
import { scopeFor } from "@/lib/auth/scope";
import { getViewer } from "@/lib/auth/session";
import { applyImportPlan, changesNoLongerAllowed, getPendingImport, importProgressRecorder, setImportStatus, type ImportSummary, type PendingImport, type StaleCell } from "@/lib/data/imports";
import { importDecisionSchema } from "@/lib/validation/import";

// Applying or discarding a pending import. Public endpoints: validate the id → the pending import
// must be this user's, still pending and not expired → re-read the user's rights on every change →
// apply in one transaction that refuses if anything the file named changed since the preview.

export type ImportDecisionState =
  | { status: "idle" }
  | { status: "applied"; summary: ImportSummary }
  | { status: "discarded" }
  | { status: "stale"; stale: StaleCell[] }
  | { status: "forbidden"; count: number }
  | { status: "expired" }
  | { status: "notFound" }
  | { status: "error" };

type Loaded = { state: ImportDecisionState } | { viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>; pending: PendingImport };

async function load(formData: FormData): Promise<Loaded> {
  const parsed = importDecisionSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { state: { status: "notFound" } };
  const viewer = await getViewer();
  if (!viewer) return { state: { status: "notFound" } };
  const pending = await getPendingImport(viewer.userId, parsed.data.id);
  if (!pending) return { state: { status: "notFound" } };
  if (pending.status !== "pending") return { state: { status: "expired" } };
  if (Date.parse(pending.expiresAt) < Date.now()) return { state: { status: "expired" } };
  return { viewer, pending };
}

/** Applies a pending import (all or nothing). */
export async function applyImportAction(_prev: ImportDecisionState, formData: FormData): Promise<ImportDecisionState> {
  try {
    const loaded = await load(formData);
    if ("state" in loaded) return loaded.state;
    const { viewer, pending } = loaded;
    if (pending.plan.errors.length > 0) return { status: "forbidden", count: pending.plan.errors.length };
    const refused = await changesNoLongerAllowed(pending, viewer, scopeFor(viewer));
    if (refused > 0) return { status: "forbidden", count: refused };
    // The progress (a display for the page that polls /api/v1/imports/{id}/progress) is kept
    // beside the pending import; "applied" is only ever said by the pending import's status.
    const progress = importProgressRecorder(pending);
    await progress.start();
    let result: Awaited<ReturnType<typeof applyImportPlan>>;
    try {
      result = await applyImportPlan({
        plan: pending.plan,
        view: pending.view,
        fileName: pending.fileName,
        actor: { userId: viewer.userId, displayName: viewer.displayName },
        onProgress: progress.onProgress,
      });
    } catch (e) {
      await progress.failed();
      throw e;
    }
    if (!result.ok) {
      await progress.failed();
      await setImportStatus(pending, "pending", { stale: result.stale });
      revalidatePath(`/imports/${pending.id}`);
      return { status: "stale", stale: result.stale.slice(0, 20) };
    }
    await setImportStatus(pending, "applied", { summary: result.summary, stale: null });
    await progress.succeeded();
    revalidatePath("/units/[code]", "layout");
    revalidatePath(`/imports/${pending.id}`);
    return { status: "applied", summary: result.summary };
  } catch (e) {
    console.error("applyImportAction failed", e);
    return { status: "error" };
  }
}

/** Discards a pending import (nothing is written). */
export async function discardImportAction(_prev: ImportDecisionState, formData: FormData): Promise<ImportDecisionState> {
  try {
    const loaded = await load(formData);
    if ("state" in loaded) return loaded.state;
    await setImportStatus(loaded.pending, "discarded");
    revalidatePath(`/imports/${loaded.pending.id}`);
    return { status: "discarded" };
  } catch (e) {
    console.error("discardImportAction failed", e);
    return { status: "error" };
  }
}
