import { z } from "zod";
import { STATUSES } from "@/lib/domain/types";
import { unitCodeSchema } from "./params";

// Forms and actions that change a commune's standing. Messages are message keys (validation.*),
// translated where they are shown.

const trimmedOptional = (max: number) =>
  z
    .string()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null));

export const criterionStatusSchema = z.object({
  communeCode: unitCodeSchema,
  criterionNumber: z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1).max(99),
  status: z.enum(STATUSES, { message: "validation.statusInvalid" }),
  note: trimmedOptional(2000),
  /** The version the edit started from; 0 when the criterion had no status yet. */
  version: z.coerce.number({ message: "validation.invalid" }).int().min(0).max(1_000_000),
});
export type CriterionStatusInput = z.infer<typeof criterionStatusSchema>;

/** A verification must say why (thẩm định is an official act). */
export const verifyStatusSchema = criterionStatusSchema.extend({
  note: z
    .string({ message: "validation.reasonRequired" })
    .trim()
    .min(1, { message: "validation.reasonRequired" })
    .max(2000, { message: "validation.tooLong" }),
});
export type VerifyStatusInput = z.infer<typeof verifyStatusSchema>;

/** Field → message keys, from a zod error. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    const message = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
    (out[key] ??= []).includes(message) || out[key].push(message);
  }
  return out;
}
