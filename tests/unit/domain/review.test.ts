import { describe, expect, it } from "vitest";
import {
  availableReviewActions,
  checkReturnReasons,
  isSelfAssessmentLocked,
  REVIEW_ACTIONS,
  REVIEW_STATES,
  reviewStateOf,
  reviewTransition,
  type ReviewAction,
  type ReviewState,
} from "@/lib/domain/review";

// The review's state machine as a full table: every state × action gives a new status or a named
// refusal, never anything else.

const table: Record<ReviewState, Record<ReviewAction, string>> = {
  none: { submit: "submitted+new", approve: "notSubmitted", return: "notSubmitted", reopen: "notApproved" },
  submitted: { submit: "alreadySubmitted", approve: "approved", return: "returned", reopen: "notApproved" },
  approved: { submit: "alreadyApproved", approve: "alreadyApproved", return: "alreadyApproved", reopen: "reopened" },
  returned: { submit: "submitted+new", approve: "notSubmitted", return: "notSubmitted", reopen: "notApproved" },
  reopened: { submit: "submitted+new", approve: "notSubmitted", return: "notSubmitted", reopen: "notApproved" },
};

describe("reviewTransition", () => {
  const rows = REVIEW_STATES.flatMap((from) => REVIEW_ACTIONS.map((action) => [from, action] as const));
  it.each(rows)("from %s, %s", (from, action) => {
    const t = reviewTransition(from, action);
    const got = t.ok ? `${t.to}${t.newSubmission ? "+new" : ""}` : t.refusal;
    expect(got).toBe(table[from][action]);
    expect(t.from).toBe(from);
  });

  it("refuses an unknown action (a forged value) as nothing to review", () => {
    expect(reviewTransition("submitted", "delete" as ReviewAction)).toEqual({ ok: false, from: "submitted", refusal: "notSubmitted" });
  });

  it("walks the whole cycle: submit, return, resubmit, approve, reopen, submit", () => {
    let state: ReviewState = "none";
    for (const action of ["submit", "return", "submit", "approve", "reopen", "submit"] as const) {
      const t = reviewTransition(state, action);
      expect(t.ok).toBe(true);
      if (t.ok) state = t.to;
    }
    expect(state).toBe("submitted");
  });
});

describe("availableReviewActions and the lock", () => {
  it.each<[ReviewState, ReviewAction[], boolean]>([
    ["none", ["submit"], false],
    ["submitted", ["approve", "return"], false],
    ["approved", ["reopen"], true],
    ["returned", ["submit"], false],
    ["reopened", ["submit"], false],
  ])("%s → %j, locked %s", (state, actions, locked) => {
    expect(availableReviewActions(state)).toEqual(actions);
    expect(isSelfAssessmentLocked(state)).toBe(locked);
  });
});

describe("reviewStateOf", () => {
  it.each<[string | null | undefined, ReviewState]>([
    [null, "none"],
    [undefined, "none"],
    ["submitted", "submitted"],
    ["approved", "approved"],
    ["returned", "returned"],
    ["reopened", "reopened"],
    ["something else", "submitted"], // unknown: under review, not locked, only a decision moves it
  ])("%s → %s", (raw, state) => {
    expect(reviewStateOf(raw)).toBe(state);
  });
});

describe("checkReturnReasons", () => {
  const set = Array.from({ length: 19 }, (_, i) => i + 1);

  it("needs at least one non-blank reason", () => {
    expect(checkReturnReasons([], set)).toEqual({ ok: false, problem: "none" });
    expect(checkReturnReasons([{ criterionNumber: 2, reason: "   " }], set)).toEqual({ ok: false, problem: "none" });
  });

  it("refuses criteria outside the commune's set, naming them", () => {
    expect(checkReturnReasons([{ criterionNumber: 20, reason: "x" }, { criterionNumber: 2, reason: "y" }, { criterionNumber: 0, reason: "z" }], set)).toEqual({
      ok: false,
      problem: "unknownCriterion",
      criterionNumbers: [0, 20],
    });
  });

  it("trims, drops blanks, merges repeats and sorts by criterion", () => {
    expect(
      checkReturnReasons(
        [
          { criterionNumber: 17, reason: " Thiếu kết quả xét nghiệm nước " },
          { criterionNumber: 2, reason: "Tỷ lệ đường trục thôn được cứng hoá chưa có số liệu" },
          { criterionNumber: 5, reason: "" },
          { criterionNumber: 2, reason: "Thiếu biên bản nghiệm thu" },
        ],
        set,
      ),
    ).toEqual({
      ok: true,
      reasons: [
        { criterionNumber: 2, reason: "Tỷ lệ đường trục thôn được cứng hoá chưa có số liệu\nThiếu biên bản nghiệm thu" },
        { criterionNumber: 17, reason: "Thiếu kết quả xét nghiệm nước" },
      ],
    });
  });
});
