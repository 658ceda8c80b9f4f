import { z } from "zod";
import { unitCodeSchema } from "./params";

// The year a commune aims to meet the standard (phấn đấu đạt chuẩn năm …). Messages are message
// keys (validation.*).

export const MIN_TARGET_YEAR = 2010;
export const MAX_TARGET_YEAR = 2100;

export const targetYearSchema = z.object({
  communeCode: unitCodeSchema,
  /** Empty = not decided. */
  targetYear: z
    .string({ message: "validation.targetYearInvalid" })
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v === "" || /^\d{4}$/.test(v), { message: "validation.targetYearInvalid" })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || (v >= MIN_TARGET_YEAR && v <= MAX_TARGET_YEAR), { message: "validation.targetYearInvalid" }),
  /** The unit's version the edit started from. */
  version: z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(0, { message: "validation.invalid" }).max(1_000_000, { message: "validation.invalid" }),
});
export type TargetYearInput = z.infer<typeof targetYearSchema>;
