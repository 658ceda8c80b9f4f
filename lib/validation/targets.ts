import { z } from "zod";
import { isIndicatorKind } from "@/lib/domain/indicator";
import type { TargetOp } from "@/lib/domain/types";
import { intString, optionalReason, parseDecimal, versionSchema } from "./settings";
import { unitCodeSchema } from "./params";

// A province's own target for an indicator. The comparison follows from the indicator's kind
// (at least for shares and amounts, at most for poor households, "Đạt" / "Không" for yes/no and
// absence); the office gives the level, an optional year and the basis (e.g. its decision).

export const indicatorCodeSchema = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/);

const decimalField = z.string({ message: "validation.invalid" }).max(30, { message: "validation.invalid" }).optional();

export const setTargetSchema = z.object({
  provinceCode: unitCodeSchema,
  indicatorCode: indicatorCodeSchema,
  year: z
    .string({ message: "settings.validation.year" })
    .optional()
    .transform((v, ctx) => {
      const s = (v ?? "").trim();
      if (s === "") return null;
      if (!/^\d{4}$/.test(s) || Number(s) < 2000 || Number(s) > 2100) {
        ctx.addIssue({ code: "custom", message: "settings.validation.year" });
        return z.NEVER;
      }
      return Number(s);
    }),
  value: decimalField,
  secondaryMin: decimalField,
  unit: optionalReason(60),
  note: z
    .string({ message: "settings.validation.basisRequired" })
    .trim()
    .min(1, { message: "settings.validation.basisRequired" })
    .max(1000, { message: "validation.tooLong" }),
  version: versionSchema,
});
export type SetTargetInput = z.infer<typeof setTargetSchema>;

export const removeTargetSchema = z.object({
  provinceCode: unitCodeSchema,
  indicatorCode: indicatorCodeSchema,
  targetId: intString(1, 2_000_000_000),
  reason: z
    .string({ message: "validation.reasonRequired" })
    .trim()
    .min(1, { message: "validation.reasonRequired" })
    .max(1000, { message: "validation.tooLong" }),
  version: versionSchema,
});
export type RemoveTargetInput = z.infer<typeof removeTargetSchema>;

/** The comparison an indicator kind uses. */
export function opForKind(kind: string): TargetOp | null {
  switch (kind) {
    case "percent_min":
    case "amount_min":
    case "percent_min_dual":
      return ">=";
    case "percent_max":
      return "<=";
    case "boolean":
    case "absence":
      return "==";
    default:
      return null;
  }
}

export type TargetBuild =
  | { ok: true; op: TargetOp; valueNumber: number | null; valueText: string | null; secondaryMin: number | null; unit: string | null }
  | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * The stored target from the form's level fields and the indicator's kind: a share 0–100, an
 * amount 0–1 000 000, a clean-water share for the dual indicator; the fixed text for yes/no
 * ("Đạt") and absence ("Không"). Indicators the rules cannot compute take no target here.
 */
export function buildTarget(kind: string, input: Pick<SetTargetInput, "value" | "secondaryMin" | "unit">): TargetBuild {
  const op = opForKind(kind);
  if (!isIndicatorKind(kind) || op === null) return { ok: false, fieldErrors: { value: ["settings.validation.kindUnsupported"] } };
  if (kind === "boolean") return { ok: true, op, valueNumber: null, valueText: "Đạt", secondaryMin: null, unit: null };
  if (kind === "absence") return { ok: true, op, valueNumber: null, valueText: "Không", secondaryMin: null, unit: null };
  const errors: Record<string, string[]> = {};
  const isPercent = kind !== "amount_min";
  const value = parseDecimal(input.value ?? "");
  if (value === null) errors.value = ["settings.validation.valueRequired"];
  else if (value === "decimalDot") errors.value = ["settings.validation.decimalDot"];
  else if (value === "invalid" || value < 0 || (isPercent ? value > 100 : value > 1_000_000)) errors.value = [isPercent ? "settings.validation.percent" : "settings.validation.amount"];
  let secondaryMin: number | null = null;
  if (kind === "percent_min_dual") {
    const s = parseDecimal(input.secondaryMin ?? "");
    if (s === "decimalDot") errors.secondaryMin = ["settings.validation.decimalDot"];
    else if (s === "invalid" || (s !== null && (s < 0 || s > 100))) errors.secondaryMin = ["settings.validation.percent"];
    else secondaryMin = s;
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, op, valueNumber: value as number, valueText: null, secondaryMin, unit: isPercent ? null : input.unit };
}
