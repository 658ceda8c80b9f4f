import { z } from "zod";
import { parseNumberInput } from "@/lib/i18n/number-input";
import { unitCodeSchema } from "./params";

// Province settings forms. Messages are message keys (validation.* shared with the other forms,
// settings.validation.* for the settings pages), translated where they are shown.

/** Field → message keys from a zod error; any message that is not a key becomes validation.invalid. */
export function settingsFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    const message = /^(settings\.)?validation\./.test(issue.message) ? issue.message : "validation.invalid";
    if (!(out[key] ??= []).includes(message)) out[key].push(message);
  }
  return out;
}

/** A form value as a string ("" when missing or not a string). */
export const formString = (v: FormDataEntryValue | null | undefined): string => (typeof v === "string" ? v : "");

/** An optional reason or note: trimmed, null when empty. */
export const optionalReason = (max = 1000) =>
  z
    .string({ message: "validation.invalid" })
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null));

/** A whole number written in digits within [min, max] (an empty or missing value is invalid). */
export const intString = (min: number, max: number) =>
  z
    .string({ message: "validation.invalid" })
    .regex(/^\d{1,10}$/, { message: "validation.invalid" })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: "validation.invalid" }).max(max, { message: "validation.invalid" }));

/** The version an edit started from (0 when the row did not exist). */
export const versionSchema = intString(0, 1_000_000_000);

/** A non-negative decimal typed the Vietnamese way ("62,5", "1.500"; lib/i18n/number-input.ts),
 * at most 3 decimals; null when empty; "decimalDot" for a decimal dot ("62.5"). */
export function parseDecimal(raw: string): number | null | "invalid" | "decimalDot" {
  const parsed = parseNumberInput(raw);
  if (!parsed.ok) return parsed.reason;
  if (parsed.value === null) return null;
  return parsed.value < 0 || parsed.decimals > 3 || parsed.value >= 1e9 ? "invalid" : parsed.value;
}

/** The target share of communes meeting the standard: a percent 0–100, or empty to clear it. */
export const standardShareSchema = z.object({
  provinceCode: unitCodeSchema,
  value: z
    .string({ message: "settings.validation.percent" })
    .max(20, { message: "settings.validation.percent" })
    .transform((raw, ctx) => {
      const n = parseDecimal(raw);
      if (typeof n === "string" || (n !== null && (n < 0 || n > 100))) {
        ctx.addIssue({ code: "custom", message: n === "decimalDot" ? "settings.validation.decimalDot" : "settings.validation.percent" });
        return z.NEVER;
      }
      return n;
    }),
  reason: optionalReason(),
  version: versionSchema,
});
export type StandardShareInput = z.infer<typeof standardShareSchema>;

/** How a percent is stored: "50", "62.5" (read back by getProvinceSettings). */
export function storedPercent(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
