"use server";

import { revalidatePath } from "next/cache";
import { can, type Action } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { applyReviewTransition, getReviewTarget, type CurrentReview } from "@/lib/data/reviews";
import { checkReturnReasons, type ReviewAction, type ReviewRefusal, type ReviewState, type ReviewStatus } from "@/lib/domain/review";
import {
  CRITERION_FIELD,
  decideInputOf,
  decideReviewSchema,
  reviewFieldErrors,
  reviewFormValues,
  submitInputOf,
  submitReviewSchema,
} from "@/lib/validation/review";

// Server actions of the review of a commune's self-assessment. Each is a public endpoint:
// validate (zod) → authorize against the database (re-read the commune's place and its latest
// submission) → apply the transition in a transaction with a check of the submission the form
// started from → revalidate the commune's pages.

export type ReviewFormState =
  | { status: "idle" }
  | { status: "done"; outcome: ReviewStatus; submissionId: number; version: number }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "stale"; current: { state: ReviewState; version: number; by: string | null; at: string | null }; values: Record<string, string> }
  | { status: "refused"; refusal: ReviewRefusal; values: Record<string, string> }
  | { status: "forbidden" }
  | { status: "error" };

const currentForClient = (c: CurrentReview) => ({ state: c.state, version: c.version, by: c.by, at: c.at ? c.at.toISOString() : null });

async function transition(
  permission: Action,
  action: ReviewAction,
  parsed: { communeCode: string; submissionId: number | null; version: number; note: string | null; reasons?: { criterionNumber: number; reason: string }[] },
  values: Record<string, string>,
): Promise<ReviewFormState> {
  try {
    const viewer = await getViewer();
    const target = await getReviewTarget(parsed.communeCode);
    if (!viewer || !target || !can(viewer, permission, target)) return { status: "forbidden" };

    let reasons: { criterionId: number; reason: string }[] = [];
    if (action === "return") {
      const checked = checkReturnReasons(parsed.reasons ?? [], target.criteria.map((c) => c.number));
      if (!checked.ok) {
        return {
          status: "invalid",
          fieldErrors: { [CRITERION_FIELD]: [checked.problem === "none" ? "review.validation.reasonsRequired" : "review.validation.unknownCriterion"] },
          values,
        };
      }
      const idOf = new Map(target.criteria.map((c) => [c.number, c.id]));
      reasons = checked.reasons.map((r) => ({ criterionId: idOf.get(r.criterionNumber)!, reason: r.reason }));
    }

    const result = await applyReviewTransition({
      communeId: target.communeId,
      action,
      expected: { submissionId: parsed.submissionId, version: parsed.version },
      note: parsed.note,
      reasons,
      actor: { userId: viewer.userId, displayName: viewer.displayName },
    });
    // Every outcome shows the page as it is now (the new state, or the one that beat this form).
    revalidatePath(`/units/${target.communeCode}`, "layout");
    if (result.ok) return { status: "done", outcome: result.status, submissionId: result.submissionId, version: result.version };
    if (result.reason === "stale") return { status: "stale", current: currentForClient(result.current), values };
    return { status: "refused", refusal: result.refusal, values };
  } catch (e) {
    console.error("review transition failed", e);
    return { status: "error" };
  }
}

/** A commune official submits the commune's self-assessment for review. */
export async function submitForReviewAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const values = reviewFormValues(formData);
  const parsed = submitReviewSchema.safeParse(submitInputOf(formData));
  if (!parsed.success) return { status: "invalid", fieldErrors: reviewFieldErrors(parsed.error), values };
  return transition("assessment.self.submit", "submit", parsed.data, values);
}

/** A reviewer (the commune's district officer or the province's coordination office) approves,
 * returns with reasons per criterion, or reopens the latest submission. */
export async function decideReviewAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const values = reviewFormValues(formData);
  const input = decideInputOf(formData);
  const parsed = decideReviewSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: reviewFieldErrors(parsed.error, input), values };
  return transition("review.decide", parsed.data.decision, parsed.data, values);
}
