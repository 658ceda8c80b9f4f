"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getTargetEditFacts, removeProvinceTarget, saveProvinceTarget, type TargetValue } from "@/lib/data/targets";
import { formString, settingsFieldErrors } from "@/lib/validation/settings";
import { buildTarget, removeTargetSchema, setTargetSchema } from "@/lib/validation/targets";

// The province's own indicator targets. Validate → authorize against the database (the province
// and the indicator of the set in use) → write with a version check and the audit row in one
// transaction → revalidate every page (communes' results depend on targets).

export type TargetFormState =
  | { status: "idle" }
  | { status: "saved"; targetId: number; version: number; changed: boolean }
  | { status: "removed" }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | {
      status: "stale";
      current: { target: (TargetValue & { year: number | null; note: string | null }) | null; version: number; by: string | null; at: string | null };
      values: Record<string, string>;
    }
  | { status: "forbidden" }
  | { status: "error" };

const SET_FIELDS = ["provinceCode", "indicatorCode", "year", "value", "secondaryMin", "unit", "note", "version"] as const;
const REMOVE_FIELDS = ["provinceCode", "indicatorCode", "targetId", "reason", "version"] as const;

const valuesOf = (formData: FormData, fields: readonly string[]) => Object.fromEntries(fields.map((k) => [k, formString(formData.get(k))]));

const provinceTarget = (provinceCode: string) => ({ provinceCode, districtCode: null, communeCode: null });

/** Sets or changes the province's target for an indicator (and an optional year). */
export async function setProvinceTargetAction(_prev: TargetFormState, formData: FormData): Promise<TargetFormState> {
  const values = valuesOf(formData, SET_FIELDS);
  const parsed = setTargetSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const facts = await getTargetEditFacts(parsed.data.provinceCode, parsed.data.indicatorCode);
    if (!viewer || !facts || !can(viewer, "settings.edit", provinceTarget(facts.province.code))) return { status: "forbidden" };
    const built = buildTarget(facts.indicator.kind, parsed.data);
    if (!built.ok) return { status: "invalid", fieldErrors: built.fieldErrors, values };
    const { ok: _ok, ...value } = built;
    const result = await saveProvinceTarget({
      facts,
      year: parsed.data.year,
      value: { ...value, unit: value.unit ?? (facts.indicator.kind === "amount_min" ? facts.indicator.unit : null) },
      note: parsed.data.note,
      expectedVersion: parsed.data.version,
      actorId: viewer.userId,
    });
    if (!result.ok) return { status: "stale", current: { ...result.current, at: result.current.at?.toISOString() ?? null }, values };
    if (result.changed) revalidatePath("/", "layout");
    return { status: "saved", targetId: result.id, version: result.version, changed: result.changed };
  } catch (e) {
    console.error("setProvinceTargetAction failed", e);
    return { status: "error" };
  }
}

/** Removes one of the province's targets (the national target applies again), with a reason. */
export async function removeProvinceTargetAction(_prev: TargetFormState, formData: FormData): Promise<TargetFormState> {
  const values = valuesOf(formData, REMOVE_FIELDS);
  const parsed = removeTargetSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const facts = await getTargetEditFacts(parsed.data.provinceCode, parsed.data.indicatorCode);
    if (!viewer || !facts || !can(viewer, "settings.edit", provinceTarget(facts.province.code))) return { status: "forbidden" };
    const result = await removeProvinceTarget({ facts, targetId: parsed.data.targetId, expectedVersion: parsed.data.version, reason: parsed.data.reason, actorId: viewer.userId });
    if (!result.ok) return { status: "stale", current: { ...result.current, at: result.current.at?.toISOString() ?? null }, values };
    revalidatePath("/", "layout");
    return { status: "removed" };
  } catch (e) {
    console.error("removeProvinceTargetAction failed", e);
    return { status: "error" };
  }
}
