"use server";

import { revalidatePath } from "next/cache";
import { can, type Target } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { addEvidence, discardUpload, getEvidenceEditTarget, getEvidenceRemovalTarget, maxUploadBytes, removeEvidence, storeUpload } from "@/lib/data/evidence";
import { checkEvidenceFile, EVIDENCE_TEXT_FIELDS, parseEvidenceForm, removeEvidenceSchema } from "@/lib/validation/evidence";

// Evidence of a commune's criterion: add (a note, a link or a file) and remove (marks it removed).
// Public endpoints: validate → re-read the commune, criterion and rights → check a file's content
// → store the file under a random name → write the row and its history in one transaction (the
// file is discarded when that fails) → revalidate.

export type EvidenceFormState =
  | { status: "idle" }
  | { status: "saved"; id: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

export type RemoveEvidenceState = { status: "idle" } | { status: "removed" } | { status: "gone" } | { status: "invalid" } | { status: "forbidden" } | { status: "error" };

/** Self-assessment evidence needs the commune's own right to edit; verified evidence the right
 * to verify that criterion. */
function mayWrite(viewer: Awaited<ReturnType<typeof getViewer>>, view: "self" | "verified", target: Target): boolean {
  return can(viewer, view === "self" ? "assessment.self.edit" : "assessment.verify", target);
}

const textValues = (formData: FormData) =>
  Object.fromEntries(
    EVIDENCE_TEXT_FIELDS.map((k) => {
      const v = formData.get(k);
      return [k, typeof v === "string" ? v : ""];
    }),
  );

/** Adds a piece of evidence to a criterion (optionally one of its indicators). */
export async function addEvidenceAction(_prev: EvidenceFormState, formData: FormData): Promise<EvidenceFormState> {
  const values = textValues(formData);
  let stored: string | null = null;
  try {
    const parsed = parseEvidenceForm(formData, maxUploadBytes());
    if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values };
    const data = parsed.data;
    const viewer = await getViewer();
    const target = await getEvidenceEditTarget(data.communeCode, data.criterionNumber, data.indicatorCode);
    if (!viewer || !target || !mayWrite(viewer, data.view, target)) return { status: "forbidden" };

    let file: { storedName: string; fileName: string; mimeType: string; sizeBytes: number } | null = null;
    if (data.kind === "file" && data.file) {
      const bytes = new Uint8Array(await data.file.arrayBuffer());
      // The size the browser declared is checked in parseEvidenceForm; check what actually came.
      if (bytes.length > maxUploadBytes()) return { status: "invalid", fieldErrors: { file: ["validation.fileTooLarge"] }, values };
      const check = checkEvidenceFile(bytes, data.file.name);
      if (!check.ok) return { status: "invalid", fieldErrors: { file: [check.message] }, values };
      stored = await storeUpload(bytes, check.extension);
      file = { storedName: stored, fileName: check.fileName, mimeType: check.mimeType, sizeBytes: bytes.length };
    }
    const row = await addEvidence({
      communeId: target.communeId,
      criterionId: target.criterionId,
      indicatorId: target.indicatorId,
      view: data.view,
      kind: data.kind,
      text: data.text,
      url: data.url,
      file,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    stored = null;
    revalidatePath(`/units/${data.communeCode}`, "layout");
    return { status: "saved", id: row.id };
  } catch (e) {
    console.error("addEvidenceAction failed", e);
    if (stored) await discardUpload(stored);
    return { status: "error" };
  }
}

/** Marks a piece of evidence removed; it stays in the database and in the history. */
export async function removeEvidenceAction(_prev: RemoveEvidenceState, formData: FormData): Promise<RemoveEvidenceState> {
  const raw = formData.get("evidenceId");
  const parsed = removeEvidenceSchema.safeParse({ evidenceId: typeof raw === "string" ? raw : undefined });
  if (!parsed.success) return { status: "invalid" };
  try {
    const viewer = await getViewer();
    const target = await getEvidenceRemovalTarget(parsed.data.evidenceId);
    if (!viewer || !target || !mayWrite(viewer, target.view, target)) return { status: "forbidden" };
    if (target.removed) return { status: "gone" };
    const result = await removeEvidence({ evidenceId: target.evidenceId, actor: { userId: viewer.userId, displayName: viewer.displayName } });
    if (!result.ok) return { status: "gone" };
    revalidatePath(`/units/${target.communeCode}`, "layout");
    return { status: "removed" };
  } catch (e) {
    console.error("removeEvidenceAction failed", e);
    return { status: "error" };
  }
}
