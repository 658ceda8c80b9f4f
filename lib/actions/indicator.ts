"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getIndicatorEditTarget, indicatorResultFor, saveIndicatorValue } from "@/lib/data/indicator-write";
import type { IndicatorOutcome } from "@/lib/domain/indicator";
import { fieldErrors } from "@/lib/validation/assessment";
import { indicatorFormInput, indicatorFormValues, indicatorHeadSchema, indicatorValueSchema } from "@/lib/validation/indicator";

// The value of one indicator in one view. A public endpoint: the fields every form has are
// validated first; then the commune, the indicator (its kind and targets) and the viewer's rights
// are re-read from the database; then the value is validated for the indicator's kind, the rules
// compute the result, and a status that differs from the computed result is refused unless it
// gives a reason; then the value is written with its version and history row.

export type IndicatorFormState =
  | { status: "idle" }
  | { status: "saved"; version: number; changed: boolean; outcome: IndicatorOutcome }
  | {
      status: "invalid";
      fieldErrors: Record<string, string[]>;
      values: Record<string, string>;
      /** The rules' result, when the refusal is a disagreement without a reason. */
      computed?: "met" | "not_met";
    }
  | { status: "stale"; current: { version: number; by: string | null; at: string; outcome: IndicatorOutcome | null }; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

/** Records a commune's own (self) or the verified value of an indicator. */
export async function saveIndicatorValueAction(_prev: IndicatorFormState, formData: FormData): Promise<IndicatorFormState> {
  const values = indicatorFormValues(formData);
  const input = indicatorFormInput(formData);
  const head = indicatorHeadSchema.safeParse(input);
  if (!head.success) return { status: "invalid", fieldErrors: fieldErrors(head.error), values };
  try {
    const viewer = await getViewer();
    const target = await getIndicatorEditTarget(head.data.communeCode, head.data.indicatorCode);
    const action = head.data.view === "self" ? "assessment.self.edit" : "assessment.verify";
    if (!viewer || !target || !can(viewer, action, target)) return { status: "forbidden" };

    const parsed = indicatorValueSchema(target.kind).safeParse(input);
    if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(parsed.error), values };
    const now = new Date();
    const { result } = indicatorResultFor(target.kind, target.targets, target.place, parsed.data, now);
    if (result?.overrideIgnored && (result.outcome === "met" || result.outcome === "not_met")) {
      return { status: "invalid", fieldErrors: { overrideReason: ["validation.overrideReasonRequired"] }, values, computed: result.outcome };
    }

    const saved = await saveIndicatorValue({
      communeId: target.communeId,
      criterionId: target.criterionId,
      indicatorId: target.indicatorId,
      view: head.data.view,
      value: parsed.data,
      expectedVersion: head.data.version,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
      now,
    });
    if (!saved.ok) {
      // Show the newer value on the page (re-rendered) beside what the user typed.
      revalidatePath(`/units/${head.data.communeCode}`, "layout");
      const current = saved.current.value ? indicatorResultFor(target.kind, target.targets, target.place, saved.current.value, now).result : null;
      return {
        status: "stale",
        current: { version: saved.current.version, by: saved.current.by, at: saved.current.at.toISOString(), outcome: current?.outcome ?? null },
        values,
      };
    }
    if (saved.changed) revalidatePath(`/units/${head.data.communeCode}`, "layout");
    return { status: "saved", version: saved.version, changed: saved.changed, outcome: result?.outcome ?? "no_value" };
  } catch (e) {
    console.error("saveIndicatorValueAction failed", e);
    return { status: "error" };
  }
}
