"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getTargetYearEditTarget, saveTargetYear } from "@/lib/data/target-year";
import { fieldErrors } from "@/lib/validation/assessment";
import { targetYearSchema } from "@/lib/validation/target-year";

// The commune's target year (phấn đấu đạt chuẩn năm …), set by its own officials: validate →
// re-read the commune and the viewer's right → write with the unit's version and a history row
// → revalidate.

export type TargetYearFormState =
  | { status: "idle" }
  | { status: "saved"; version: number; targetYear: number | null }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: { targetYear: number | null; version: number; by: string | null; at: string }; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

const FIELDS = ["communeCode", "targetYear", "version"] as const;

export async function saveTargetYearAction(_prev: TargetYearFormState, formData: FormData): Promise<TargetYearFormState> {
  const values = Object.fromEntries(FIELDS.map((k) => [k, typeof formData.get(k) === "string" ? String(formData.get(k)) : ""]));
  const parsed = targetYearSchema.safeParse(
    Object.fromEntries(FIELDS.map((k) => {
      const v = formData.get(k);
      return [k, typeof v === "string" ? v : v === null ? undefined : "\u0000file"];
    })),
  );
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const target = await getTargetYearEditTarget(parsed.data.communeCode);
    if (!viewer || !target || !can(viewer, "assessment.self.edit", target)) return { status: "forbidden" };
    const result = await saveTargetYear({
      communeId: target.communeId,
      targetYear: parsed.data.targetYear,
      expectedVersion: parsed.data.version,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    if (!result.ok) return { status: "stale", current: { ...result.current, at: result.current.at.toISOString() }, values };
    if (result.changed) revalidatePath(`/units/${parsed.data.communeCode}`, "layout");
    return { status: "saved", version: result.version, targetYear: parsed.data.targetYear };
  } catch (e) {
    console.error("saveTargetYearAction failed", e);
    return { status: "error" };
  }
}
