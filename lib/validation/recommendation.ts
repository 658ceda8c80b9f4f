import { z } from "zod";
import { parseIsoDay } from "@/lib/domain/as-of";
import { RECOMMENDATION_STATUSES } from "@/lib/domain/types";
import { unitCodeSchema } from "./params";

// Forms and actions of the recommendation register. Messages are message keys (validation.* from
// the shared editing area, recommendations.errors.* from ours), translated where they are shown.

const optionalText = (max: number) =>
  z
    .string({ message: "validation.invalid" })
    .max(max, { message: "validation.tooLong" })
    .optional()
    .nullable()
    .transform((v) => (v && v.trim() ? v.trim() : null));

const requiredText = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: "validation.tooLong" });

/** An optional whole number from a form field ("" = none). */
const optionalInt = (min: number, max: number) =>
  z
    .union([z.string(), z.number()], { message: "validation.invalid" })
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
      const n = typeof v === "number" ? v : /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
      return n;
    });

const idSchema = z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1, { message: "validation.invalid" }).max(2_000_000_000, { message: "validation.invalid" });
const versionSchema = z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1, { message: "validation.invalid" }).max(1_000_000, { message: "validation.invalid" });

export const ADDRESSEE_KINDS = ["department", "district", "commune"] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

/** "department:GTVT", "district:184", "commune:06277". */
export const addresseeSchema = z
  .string({ message: "recommendations.errors.addresseeRequired" })
  .trim()
  .min(1, { message: "recommendations.errors.addresseeRequired" })
  .max(40, { message: "validation.invalid" })
  .transform((v, ctx) => {
    const m = /^(department|district|commune):([A-Za-z0-9_]{1,20})$/.exec(v);
    if (!m || ((m[1] === "district" || m[1] === "commune") && !unitCodeSchema.safeParse(m[2]).success)) {
      ctx.addIssue({ code: "custom", message: "recommendations.errors.addresseeRequired" });
      return z.NEVER;
    }
    return { kind: m[1] as AddresseeKind, code: m[2] as string };
  });

/** An explicit due date (yyyy-mm-dd from a date input); empty = none. */
const dueDateSchema = z
  .string({ message: "validation.invalid" })
  .optional()
  .nullable()
  .transform((v, ctx) => {
    if (!v || v.trim() === "") return null;
    const d = parseIsoDay(v.trim());
    if (!d || d.year < 1990 || d.year > 2100) {
      ctx.addIssue({ code: "custom", message: "recommendations.errors.dueDateInvalid" });
      return z.NEVER;
    }
    return d;
  });

const fields = {
  text: requiredText(4000, "recommendations.errors.textRequired"),
  addressee: addresseeSchema,
  communeCode: z
    .string({ message: "validation.invalid" })
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (!v || v.trim() === "") return null;
      if (!unitCodeSchema.safeParse(v.trim()).success) {
        ctx.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
      return v.trim();
    }),
  criterionNumber: optionalInt(1, 99),
  indicatorCode: z
    .string({ message: "validation.invalid" })
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (!v || v.trim() === "") return null;
      if (!/^\d{1,2}(\.\d{1,2})?$/.test(v.trim())) {
        ctx.addIssue({ code: "custom", message: "recommendations.errors.indicatorInvalid" });
        return z.NEVER;
      }
      return v.trim();
    }),
  dueText: optionalText(200),
  dueDate: dueDateSchema,
  sourceSection: optionalText(60),
};

export const recommendationCreateSchema = z.object({ ...fields, inspectionId: optionalInt(1, 2_000_000_000) });
export type RecommendationCreateInput = z.infer<typeof recommendationCreateSchema>;

export const recommendationEditSchema = z.object({ ...fields, id: idSchema, version: versionSchema });
export type RecommendationEditInput = z.infer<typeof recommendationEditSchema>;

export const recommendationStatusSchema = z.object({
  id: idSchema,
  version: versionSchema,
  status: z.enum(RECOMMENDATION_STATUSES, { message: "validation.statusInvalid" }),
  note: optionalText(2000),
});
export type RecommendationStatusInput = z.infer<typeof recommendationStatusSchema>;

export const recommendationNoteSchema = z.object({
  id: idSchema,
  body: requiredText(2000, "recommendations.errors.noteRequired"),
});
export type RecommendationNoteInput = z.infer<typeof recommendationNoteSchema>;

/** The register's filters from the URL; a bad value is dropped and named (the page says so). */
export const REGISTER_STATUS_FILTERS = ["unfinished", "all", ...RECOMMENDATION_STATUSES] as const;
export type RegisterStatusFilter = (typeof REGISTER_STATUS_FILTERS)[number];

export interface RegisterFilters {
  status: RegisterStatusFilter;
  addressee: { kind: AddresseeKind; code: string } | null;
  communeCode: string | null;
  criterionNumber: number | null;
  inspectionId: number | null;
  overdueOnly: boolean;
  page: number;
}

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the register's filters; `invalid` names the parameters that were ignored. */
export function readRegisterFilters(raw: Raw): { filters: RegisterFilters; invalid: string[] } {
  const invalid: string[] = [];
  const get = (k: string) => {
    const v = first(raw[k]);
    return v === undefined || v.trim() === "" ? null : v.trim();
  };
  const statusRaw = get("status");
  let status: RegisterStatusFilter = "unfinished";
  if (statusRaw !== null) {
    if ((REGISTER_STATUS_FILTERS as readonly string[]).includes(statusRaw)) status = statusRaw as RegisterStatusFilter;
    else invalid.push("status");
  }
  const addr = get("addressee");
  let addressee: RegisterFilters["addressee"] = null;
  if (addr !== null) {
    const p = addresseeSchema.safeParse(addr);
    if (p.success) addressee = p.data;
    else invalid.push("addressee");
  }
  const communeRaw = get("commune");
  let communeCode: string | null = null;
  if (communeRaw !== null) {
    if (unitCodeSchema.safeParse(communeRaw).success) communeCode = communeRaw;
    else invalid.push("commune");
  }
  const int = (k: string, max: number) => {
    const v = get(k);
    if (v === null) return null;
    if (/^\d{1,9}$/.test(v) && Number(v) >= 1 && Number(v) <= max) return Number(v);
    invalid.push(k);
    return null;
  };
  const criterionNumber = int("criterion", 99);
  const inspectionId = int("inspection", 2_000_000_000);
  const page = int("page", 100_000) ?? 1;
  const overdueRaw = get("overdue");
  if (overdueRaw !== null && overdueRaw !== "1") invalid.push("overdue");
  return { filters: { status, addressee, communeCode, criterionNumber, inspectionId, overdueOnly: overdueRaw === "1", page }, invalid };
}

/** Field → message keys, from a zod error. */
export function recommendationFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    const message = /^(validation|recommendations)\./.test(issue.message) ? issue.message : "validation.invalid";
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
