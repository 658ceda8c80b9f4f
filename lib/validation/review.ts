import { z } from "zod";
import { REVIEW_DECISIONS } from "@/lib/domain/review";
import { unitCodeSchema } from "./params";

// Forms and actions of the review of a commune's self-assessment. Messages are message keys
// (validation.* shared with the other forms, review.validation.* for the review's own), translated
// where they are shown. Every form carries the submission it started from (id and version).

/** Reasons per criterion a return may carry at most (a set has 19; a forged form gets a message). */
export const MAX_RETURN_REASONS = 99;
const MAX_TEXT = 2000;
const MAX_ID = 2_147_483_647;

const invalid = { message: "validation.invalid" } as const;

const trimmedOptional = z
  .string(invalid)
  .max(MAX_TEXT, { message: "validation.tooLong" })
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null));

/** A whole number written in digits (form fields are text: no signs, decimals, exponents or blanks). */
const intIn = (min: number, max: number) =>
  z
    .string(invalid)
    .regex(/^\d{1,10}$/, invalid)
    .transform(Number)
    .pipe(z.number().int(invalid).min(min, invalid).max(max, invalid));

/** The commune submits its self-assessment. `submissionId` is the latest submission when the form
 * was drawn ("" when there was none) and `version` its version (0 when none). */
export const submitReviewSchema = z.object({
  communeCode: unitCodeSchema,
  submissionId: z.union([z.literal("").transform(() => null), intIn(1, MAX_ID)], invalid),
  version: intIn(0, 1_000_000),
  note: trimmedOptional,
});
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

/** A reviewer approves, returns (with a reason per criterion) or reopens the latest submission. */
export const decideReviewSchema = z
  .object({
    communeCode: unitCodeSchema,
    submissionId: intIn(1, MAX_ID),
    version: intIn(1, 1_000_000),
    decision: z.enum(REVIEW_DECISIONS, invalid),
    note: trimmedOptional,
    reasons: z
      .array(z.object({ criterionNumber: intIn(1, 99), reason: z.string(invalid).max(MAX_TEXT, { message: "validation.tooLong" }).transform((s) => s.trim()) }), invalid)
      .max(MAX_RETURN_REASONS, invalid),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "return") return;
    if (v.reasons.length === 0) ctx.addIssue({ code: "custom", path: ["reasons"], message: "review.validation.reasonsRequired" });
    v.reasons.forEach((r, i) => {
      if (!r.reason) ctx.addIssue({ code: "custom", path: ["reasons", i, "reason"], message: "validation.reasonRequired" });
    });
  })
  // Reasons only travel with a return.
  .transform((v) => ({ ...v, reasons: v.decision === "return" ? v.reasons : [] }));
export type DecideReviewInput = z.infer<typeof decideReviewSchema>;

/** The field of the return form where a reason for criterion `n` is typed. */
export const reasonField = (n: number | string) => `reason-${n}`;
/** The checkboxes of the return form (one per criterion, value = its number). */
export const CRITERION_FIELD = "criterion";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : v === null ? "" : String(v));
/** A field for the schema: absent is "", text stays text, anything else (a file) fails as invalid. */
const raw = (v: FormDataEntryValue | null): unknown => (v === null ? "" : v);

/** What the user sent, as text (kept and shown again after a refusal). */
export function reviewFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const k of ["communeCode", "submissionId", "version", "decision", "note"]) values[k] = text(formData.get(k));
  const ticked = [...new Set(formData.getAll(CRITERION_FIELD).map(text))];
  values[CRITERION_FIELD] = ticked.join(",");
  let kept = 0;
  for (const [k, v] of formData.entries()) {
    if (kept >= MAX_RETURN_REASONS) break;
    if (/^reason-\d{1,2}$/.test(k) && typeof v === "string" && !(k in values)) {
      values[k] = v;
      kept++;
    }
  }
  return values;
}

/** The decision form as the schema's input: the ticked criteria, each with its reason. */
export function decideInputOf(formData: FormData) {
  const ticked = [...new Set(formData.getAll(CRITERION_FIELD))];
  return {
    communeCode: raw(formData.get("communeCode")),
    submissionId: raw(formData.get("submissionId")),
    version: raw(formData.get("version")),
    decision: raw(formData.get("decision")),
    note: raw(formData.get("note")),
    reasons: ticked.map((n) => ({ criterionNumber: n, reason: typeof n === "string" ? raw(formData.get(reasonField(n))) : "" })),
  };
}

export function submitInputOf(formData: FormData) {
  return {
    communeCode: raw(formData.get("communeCode")),
    submissionId: raw(formData.get("submissionId")),
    version: raw(formData.get("version")),
    note: raw(formData.get("note")),
  };
}

const KNOWN_PREFIXES = ["validation.", "review.validation."];

/** Field → message keys. Issues inside the reasons list go to the reason field of their criterion
 * (or to the criteria list when the criterion itself is wrong). */
export function reviewFieldErrors(error: z.ZodError, input?: { reasons?: { criterionNumber: unknown }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [head, index, leaf] = issue.path;
    let key = String(head ?? "form");
    if (head === "reasons") {
      const n = typeof index === "number" ? input?.reasons?.[index]?.criterionNumber : undefined;
      key = leaf === "reason" && typeof n === "string" && /^\d{1,2}$/.test(n) ? reasonField(n) : CRITERION_FIELD;
    }
    const message = KNOWN_PREFIXES.some((p) => issue.message.startsWith(p)) ? issue.message : "validation.invalid";
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
