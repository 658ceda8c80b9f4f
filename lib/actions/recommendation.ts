"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import {
  addRecommendationNote,
  changeRecommendationStatus,
  createRecommendation,
  getRecommendationTarget,
  resolveRecommendationFields,
  updateRecommendation,
  type RecommendationContent,
} from "@/lib/data/recommendations";
import { parseVietnameseDueDate, type DueDateWarning } from "@/lib/domain/due-date";
import type { RecommendationStatus } from "@/lib/domain/types";
import {
  recommendationCreateSchema,
  recommendationEditSchema,
  recommendationFieldErrors,
  recommendationNoteSchema,
  recommendationStatusSchema,
  type RecommendationCreateInput,
} from "@/lib/validation/recommendation";

// Server actions of the recommendation register. Each is a public endpoint: validate (zod) →
// re-read the recommendation and its places from the database → can() → write in a transaction
// with a version check and an audit row → revalidate → a typed state (never an error message).

export type StaleCurrent = { version: number; status: RecommendationStatus; by: string | null; at: string };

export type RecommendationFormState =
  | { status: "idle" }
  | { status: "saved"; id: number; version: number; dueWarning: DueDateWarning | null }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: StaleCurrent; values: Record<string, string> }
  | { status: "forbidden"; values: Record<string, string> }
  | { status: "error"; values: Record<string, string> };

export type RecommendationStatusState =
  | { status: "idle" }
  | { status: "saved"; version: number; newStatus: RecommendationStatus }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: StaleCurrent; values: Record<string, string> }
  | { status: "forbidden"; values: Record<string, string> }
  | { status: "error"; values: Record<string, string> };

export type RecommendationNoteState =
  | { status: "idle" }
  | { status: "saved"; noteId: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "forbidden"; values: Record<string, string> }
  | { status: "error"; values: Record<string, string> };

const FORM_FIELDS = ["id", "version", "inspectionId", "addressee", "communeCode", "criterionNumber", "indicatorCode", "text", "dueText", "dueDate", "sourceSection"];

/** What the user sent, as text (kept and shown again after a refusal); non-text parts are dropped. */
function valuesOf(formData: FormData, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = formData.get(k);
    out[k] = typeof v === "string" ? v.slice(0, 10_000) : "";
  }
  return out;
}

/** The deadline to store: an explicit date wins; else the wording when it reads as one date.
 * An unreadable wording is kept as text with no date (never guessed). */
function contentOf(input: Pick<RecommendationCreateInput, "text" | "dueText" | "dueDate" | "sourceSection">): { content: RecommendationContent; dueWarning: DueDateWarning | null } {
  const parsed = input.dueText ? parseVietnameseDueDate(input.dueText) : null;
  const date = input.dueDate ?? parsed?.date ?? null;
  const dueWarning = input.dueDate ? null : (parsed?.warning ?? null);
  return { content: { text: input.text, dueText: input.dueText, dueDate: date, sourceSection: input.sourceSection }, dueWarning: dueWarning === "empty" ? null : dueWarning };
}

const codesOf = (d: { addressee: { kind: string; code: string }; communeCode: string | null; criterionNumber: number | null; indicatorCode: string | null }) => ({
  addressee: d.addressee.code,
  commune: d.communeCode,
  criterion: d.criterionNumber,
  indicator: d.indicatorCode,
});

const revalidateRegister = (id?: number) => {
  revalidatePath("/recommendations");
  if (id) revalidatePath(`/recommendations/${id}`);
  revalidatePath("/queue");
  revalidatePath("/");
};

/** Records a new recommendation (from an inspection or on its own). */
export async function createRecommendationAction(_prev: RecommendationFormState, formData: FormData): Promise<RecommendationFormState> {
  const values = valuesOf(formData, FORM_FIELDS);
  const parsed = recommendationCreateSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: recommendationFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    if (!viewer || !viewer.active) return { status: "forbidden", values };
    const resolved = await resolveRecommendationFields(parsed.data);
    if (!resolved.ok) return { status: "invalid", fieldErrors: resolved.fieldErrors, values };
    if (!can(viewer, "inspection.manage", resolved.value.target)) return { status: "forbidden", values };
    const { content, dueWarning } = contentOf(parsed.data);
    const rec = await createRecommendation({ fields: resolved.value, content, codes: codesOf(parsed.data), actor: { userId: viewer.userId, displayName: viewer.displayName } });
    revalidateRegister(rec.id);
    return { status: "saved", id: rec.id, version: 1, dueWarning };
  } catch (e) {
    console.error("createRecommendationAction failed", e);
    return { status: "error", values };
  }
}

/** Edits text, addressee, links and deadline (managers: inspection.manage on both the current
 * and the new place). */
export async function updateRecommendationAction(_prev: RecommendationFormState, formData: FormData): Promise<RecommendationFormState> {
  const values = valuesOf(formData, FORM_FIELDS);
  const parsed = recommendationEditSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: recommendationFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const target = await getRecommendationTarget(parsed.data.id);
    if (!viewer || !target || !can(viewer, "inspection.manage", target)) return { status: "forbidden", values };
    const resolved = await resolveRecommendationFields(parsed.data);
    if (!resolved.ok) return { status: "invalid", fieldErrors: resolved.fieldErrors, values };
    if (!can(viewer, "inspection.manage", resolved.value.target)) return { status: "forbidden", values };
    const { content, dueWarning } = contentOf(parsed.data);
    const result = await updateRecommendation({
      id: parsed.data.id,
      expectedVersion: parsed.data.version,
      fields: resolved.value,
      content,
      codes: codesOf(parsed.data),
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    if (!result.ok) {
      if (result.reason === "stale") return { status: "stale", current: { ...result.current, at: result.current.at.toISOString() }, values };
      return { status: "error", values };
    }
    revalidateRegister(parsed.data.id);
    return { status: "saved", id: parsed.data.id, version: result.version, dueWarning };
  } catch (e) {
    console.error("updateRecommendationAction failed", e);
    return { status: "error", values };
  }
}

const STATUS_REFUSAL_KEYS = {
  same_status: "recommendations.errors.sameStatus",
  not_allowed: "recommendations.errors.transitionNotAllowed",
  note_required: "recommendations.errors.closingNoteRequired",
} as const;

/** Changes the status with a note (closing or reopening needs one): the addressee or the
 * coordination office (recommendation.progress). */
export async function changeRecommendationStatusAction(_prev: RecommendationStatusState, formData: FormData): Promise<RecommendationStatusState> {
  const values = valuesOf(formData, ["id", "version", "status", "note"]);
  const parsed = recommendationStatusSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: recommendationFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const target = await getRecommendationTarget(parsed.data.id);
    if (!viewer || !target || !can(viewer, "recommendation.progress", target)) return { status: "forbidden", values };
    const result = await changeRecommendationStatus({
      id: parsed.data.id,
      expectedVersion: parsed.data.version,
      status: parsed.data.status,
      note: parsed.data.note,
      provinceId: target.provinceId,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    if (!result.ok) {
      if (result.reason === "stale") return { status: "stale", current: { ...result.current, at: result.current.at.toISOString() }, values };
      const field = result.refusal === "note_required" ? "note" : "status";
      return { status: "invalid", fieldErrors: { [field]: [STATUS_REFUSAL_KEYS[result.refusal]] }, values };
    }
    revalidateRegister(parsed.data.id);
    return { status: "saved", version: result.version, newStatus: parsed.data.status };
  } catch (e) {
    console.error("changeRecommendationStatusAction failed", e);
    return { status: "error", values };
  }
}

/** Adds a progress note (the addressee or the coordination office). */
export async function addRecommendationNoteAction(_prev: RecommendationNoteState, formData: FormData): Promise<RecommendationNoteState> {
  const values = valuesOf(formData, ["id", "body"]);
  const parsed = recommendationNoteSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: recommendationFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const target = await getRecommendationTarget(parsed.data.id);
    if (!viewer || !target || !can(viewer, "recommendation.progress", target)) return { status: "forbidden", values };
    const note = await addRecommendationNote({ id: parsed.data.id, body: parsed.data.body, actor: { userId: viewer.userId, displayName: viewer.displayName } });
    revalidateRegister(parsed.data.id);
    return { status: "saved", noteId: note.id };
  } catch (e) {
    console.error("addRecommendationNoteAction failed", e);
    return { status: "error", values };
  }
}
