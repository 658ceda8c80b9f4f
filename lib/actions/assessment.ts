"use server";

import { revalidatePath } from "next/cache";
import { can, type Action } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getCriterionEditTarget, saveCriterionStatus } from "@/lib/data/assessments";
import type { Status } from "@/lib/domain/types";
import { criterionStatusSchema, fieldErrors, verifyStatusSchema } from "@/lib/validation/assessment";

// Server actions that change a criterion's status. Each is a public endpoint:
// validate (zod) → authorize against the database (re-read the commune, its district and the
// criterion's departments) → write in a transaction with a version check → revalidate.

export type StatusFormState =
  | { status: "idle" }
  | { status: "saved"; version: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: { status: Status; version: number; by: string | null; at: string }; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

const valuesOf = (formData: FormData) =>
  Object.fromEntries(["communeCode", "criterionNumber", "status", "note", "version"].map((k) => [k, String(formData.get(k) ?? "")]));

async function changeStatus(view: "self" | "verified", action: Action, formData: FormData): Promise<StatusFormState> {
  const values = valuesOf(formData);
  const parsed = (view === "self" ? criterionStatusSchema : verifyStatusSchema).safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const target = await getCriterionEditTarget(parsed.data.communeCode, parsed.data.criterionNumber);
    if (!viewer || !target || !can(viewer, action, target)) return { status: "forbidden" };
    const result = await saveCriterionStatus({
      communeId: target.communeId,
      criterionId: target.criterionId,
      view,
      status: parsed.data.status,
      note: parsed.data.note,
      expectedVersion: parsed.data.version,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    if (!result.ok) return { status: "stale", current: { ...result.current, at: result.current.at.toISOString() }, values };
    revalidatePath(`/units/${parsed.data.communeCode}`, "layout");
    return { status: "saved", version: result.version };
  } catch (e) {
    console.error("changeStatus failed", e);
    return { status: "error" };
  }
}

/** A commune official sets their commune's self-assessed status of a criterion. */
export async function saveSelfStatusAction(_prev: StatusFormState, formData: FormData): Promise<StatusFormState> {
  return changeStatus("self", "assessment.self.edit", formData);
}

/** A district officer or the department in charge sets the verified status, with a reason. */
export async function saveVerifiedStatusAction(_prev: StatusFormState, formData: FormData): Promise<StatusFormState> {
  return changeStatus("verified", "assessment.verify", formData);
}
