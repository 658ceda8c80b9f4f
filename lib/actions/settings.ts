"use server";

import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getSettingsProvince, saveProvinceSetting, SETTING_KEYS } from "@/lib/data/settings";
import { formString, settingsFieldErrors, standardShareSchema, storedPercent } from "@/lib/validation/settings";

// The coordination office's province settings. Each action is a public endpoint:
// validate (zod) → authorize against the database → write with a version check and the audit
// row in one transaction → revalidate.

export type SettingFormState =
  | { status: "idle" }
  | { status: "saved"; version: number; changed: boolean; value: string | null }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: { value: string | null; version: number; by: string | null; at: string | null }; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

/** Sets (or clears, when empty) the target share of communes meeting the standard. */
export async function saveStandardShareAction(_prev: SettingFormState, formData: FormData): Promise<SettingFormState> {
  const values = Object.fromEntries(["provinceCode", "value", "reason", "version"].map((k) => [k, formString(formData.get(k))]));
  const parsed = standardShareSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: settingsFieldErrors(parsed.error), values };
  try {
    const viewer = await getViewer();
    const province = await getSettingsProvince(parsed.data.provinceCode);
    if (!viewer || !province || !can(viewer, "settings.edit", { provinceCode: province.code, districtCode: null, communeCode: null })) return { status: "forbidden" };
    const value = parsed.data.value === null ? null : storedPercent(parsed.data.value);
    const result = await saveProvinceSetting({
      province,
      key: SETTING_KEYS.standardShareTarget,
      value,
      expectedVersion: parsed.data.version,
      reason: parsed.data.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) return { status: "stale", current: { ...result.current, at: result.current.at?.toISOString() ?? null }, values };
    if (result.changed) {
      revalidatePath("/", "layout");
    }
    return { status: "saved", version: result.version, changed: result.changed, value };
  } catch (e) {
    console.error("saveStandardShareAction failed", e);
    return { status: "error" };
  }
}
