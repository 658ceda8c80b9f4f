// The review of a commune's self-assessment (gửi thẩm định → duyệt / trả lại → mở lại), as pure
// rules: which transitions exist, what each one leads to, and whether the return reasons a
// reviewer gave fit the commune's criteria set. No I/O; the caller re-reads the current state.
//
//   none ──submit──▶ submitted ──approve──▶ approved ──reopen──▶ reopened ──submit──▶ submitted …
//                        │
//                        └──return──▶ returned ──submit──▶ submitted …
//
// A submission is one row per cycle: submitting starts a new row; approving, returning and
// reopening change the status of the latest row. An approved self-assessment is locked.

export const REVIEW_STATUSES = ["submitted", "approved", "returned", "reopened"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The state of a commune's review: the status of its latest submission, or "none" before the first. */
export type ReviewState = ReviewStatus | "none";
export const REVIEW_STATES = ["none", ...REVIEW_STATUSES] as const satisfies readonly ReviewState[];

export const REVIEW_ACTIONS = ["submit", "approve", "return", "reopen"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The decisions a reviewer takes (review.decide); "submit" belongs to the commune (assessment.self.submit). */
export const REVIEW_DECISIONS = ["approve", "return", "reopen"] as const satisfies readonly ReviewAction[];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Why a transition makes no sense from the current state (each has a translated message). */
export const REVIEW_REFUSALS = ["alreadySubmitted", "alreadyApproved", "notSubmitted", "notApproved"] as const;
export type ReviewRefusal = (typeof REVIEW_REFUSALS)[number];

export type ReviewTransition =
  | { ok: true; from: ReviewState; to: ReviewStatus; /** true when the transition starts a new submission row */ newSubmission: boolean }
  | { ok: false; from: ReviewState; refusal: ReviewRefusal };

const isReviewStatus = (s: unknown): s is ReviewStatus => typeof s === "string" && (REVIEW_STATUSES as readonly string[]).includes(s);

/** The review state from the latest submission's stored status (null or absent: "none"). An
 * unknown stored status is read as "submitted": under review, so nothing is locked and only a
 * reviewer's decision moves it on. */
export function reviewStateOf(latestStatus: string | null | undefined): ReviewState {
  if (latestStatus === null || latestStatus === undefined) return "none";
  return isReviewStatus(latestStatus) ? latestStatus : "submitted";
}

/** What `action` does from `from`: the new status, or why it is refused. */
export function reviewTransition(from: ReviewState, action: ReviewAction): ReviewTransition {
  const refuse = (refusal: ReviewRefusal): ReviewTransition => ({ ok: false, from, refusal });
  switch (action) {
    case "submit":
      if (from === "submitted") return refuse("alreadySubmitted");
      if (from === "approved") return refuse("alreadyApproved");
      return { ok: true, from, to: "submitted", newSubmission: true };
    case "approve":
    case "return":
      if (from === "submitted") return { ok: true, from, to: action === "approve" ? "approved" : "returned", newSubmission: false };
      return refuse(from === "approved" ? "alreadyApproved" : "notSubmitted");
    case "reopen":
      if (from === "approved") return { ok: true, from, to: "reopened", newSubmission: false };
      return refuse("notApproved");
    default:
      return refuse("notSubmitted");
  }
}

/** The actions that make sense from a state (before asking who may take them). */
export function availableReviewActions(from: ReviewState): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => reviewTransition(from, a).ok);
}

/** An approved self-assessment is locked: the commune cannot change it until a reviewer reopens it. */
export function isSelfAssessmentLocked(state: ReviewState): boolean {
  return state === "approved";
}

export interface ReturnReason {
  criterionNumber: number;
  reason: string;
}

export type ReturnReasonsCheck =
  | { ok: true; reasons: ReturnReason[] }
  | { ok: false; problem: "none" }
  | { ok: false; problem: "unknownCriterion"; criterionNumbers: number[] };

/** A return needs at least one reason, each tied to a criterion of the commune's set. Reasons
 * come back in criterion order, with blank ones dropped and repeated criteria merged. */
export function checkReturnReasons(reasons: readonly ReturnReason[], setNumbers: readonly number[]): ReturnReasonsCheck {
  const known = new Set(setNumbers);
  const byNumber = new Map<number, string[]>();
  for (const r of reasons) {
    const text = r.reason.trim();
    if (!text) continue;
    byNumber.set(r.criterionNumber, [...(byNumber.get(r.criterionNumber) ?? []), text]);
  }
  if (byNumber.size === 0) return { ok: false, problem: "none" };
  const unknown = [...byNumber.keys()].filter((n) => !known.has(n)).sort((a, b) => a - b);
  if (unknown.length) return { ok: false, problem: "unknownCriterion", criterionNumbers: unknown };
  return {
    ok: true,
    reasons: [...byNumber.entries()].sort(([a], [b]) => a - b).map(([criterionNumber, texts]) => ({ criterionNumber, reason: texts.join("\n") })),
  };
}
