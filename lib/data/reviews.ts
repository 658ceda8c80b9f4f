import "server-only";
import type { Target } from "@/lib/auth/permissions";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { reviewStateOf, reviewTransition, type ReviewAction, type ReviewRefusal, type ReviewState, type ReviewStatus } from "@/lib/domain/review";
import type { Status } from "@/lib/domain/types";
import { getCommuneEditContext } from "./assessments";
import { canReadPlace } from "./scope";

// The review of a commune's self-assessment: one AssessmentSubmission row per cycle (submitting
// starts one; approving, returning and reopening change the latest), the reviewer's reasons per
// criterion (SubmissionItem), and an AssessmentHistory row (view "self", field "review") for every
// transition, written in the same transaction. Transitions check the submission the action
// started from (id and version): a stale one is refused, never applied.

/** At most this many submissions and log rows are read for the review page. */
export const REVIEW_LIST_LIMIT = 50;
export const REVIEW_LOG_LIMIT = 200;

/** The latest submission as a transition sees it. */
export interface CurrentReview {
  state: ReviewState;
  submissionId: number | null;
  version: number;
  /** Who made the latest change (the submitter while submitted, else the reviewer). */
  by: string | null;
  at: Date | null;
}

export interface ReviewTarget extends Target {
  communeId: number;
  communeCode: string;
  /** Criterion number → id, for the commune's criteria set. */
  criteria: { id: number; number: number }[];
  current: CurrentReview;
}

type LatestRow = {
  id: number;
  status: string;
  version: number;
  submittedAt: Date;
  reviewedAt: Date | null;
  submittedBy: { displayName: string } | null;
  reviewedBy: { displayName: string } | null;
} | null;

const latestSelect = {
  id: true,
  status: true,
  version: true,
  submittedAt: true,
  reviewedAt: true,
  submittedBy: { select: { displayName: true } },
  reviewedBy: { select: { displayName: true } },
} as const;

function currentOf(latest: LatestRow): CurrentReview {
  if (!latest) return { state: "none", submissionId: null, version: 0, by: null, at: null };
  const state = reviewStateOf(latest.status);
  const byReviewer = state !== "submitted";
  return {
    state,
    submissionId: latest.id,
    version: latest.version,
    by: (byReviewer ? latest.reviewedBy?.displayName : latest.submittedBy?.displayName) ?? null,
    at: (byReviewer ? latest.reviewedAt : latest.submittedAt) ?? latest.submittedAt,
  };
}

async function readCurrent(communeId: number, client: Pick<typeof prisma, "assessmentSubmission"> = prisma): Promise<CurrentReview> {
  return currentOf(await client.assessmentSubmission.findFirst({ where: { communeId }, orderBy: { id: "desc" }, select: latestSelect }));
}

/** Re-reads what authorizing a review action needs: where the commune sits, its criteria and the
 * latest submission. Null when the code is not a commune. */
export async function getReviewTarget(communeCode: string): Promise<ReviewTarget | null> {
  const ctx = await getCommuneEditContext(communeCode);
  if (!ctx) return null;
  return {
    communeId: ctx.commune.id,
    communeCode: ctx.commune.code,
    provinceCode: ctx.commune.provinceCode,
    districtCode: ctx.commune.districtCode,
    criteria: ctx.criteria.map((c) => ({ id: c.criterionId, number: c.number })),
    locked: ctx.locked,
    current: await readCurrent(ctx.commune.id),
  };
}

export type ReviewWriteResult =
  | { ok: true; submissionId: number; status: ReviewStatus; version: number }
  | { ok: false; reason: "stale"; current: CurrentReview }
  | { ok: false; reason: "refused"; refusal: ReviewRefusal; current: CurrentReview };

class ConcurrentSubmission extends Error {}

/**
 * Applies one transition of a commune's review if the latest submission is still the one the
 * action started from (`expected`: id or null, and version, 0 when none). Appends the history row
 * and, for a return, the reasons per criterion, in the same transaction.
 */
export async function applyReviewTransition(input: {
  communeId: number;
  action: ReviewAction;
  expected: { submissionId: number | null; version: number };
  note: string | null;
  /** Only for "return": the reasons, each on a criterion of the commune's set. */
  reasons?: { criterionId: number; reason: string }[];
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<ReviewWriteResult> {
  const now = input.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      // Transitions of one commune take turns: on PostgreSQL (READ COMMITTED) two submissions
      // created at once would not see each other's new row, so the commune's row is locked first
      // (a write that changes nothing but its updatedAt); the second waits, then reads the first's
      // submission and is stale. SQLite runs write transactions one at a time anyway.
      await tx.adminUnit.updateMany({ where: { id: input.communeId }, data: { version: { increment: 0 } } });
      const latest = await tx.assessmentSubmission.findFirst({ where: { communeId: input.communeId }, orderBy: { id: "desc" }, select: latestSelect });
      const current = currentOf(latest);
      if (current.submissionId !== input.expected.submissionId || current.version !== input.expected.version) {
        return { ok: false, reason: "stale", current } as const;
      }
      const step = reviewTransition(current.state, input.action);
      if (!step.ok) return { ok: false, reason: "refused", refusal: step.refusal, current } as const;

      let result: { submissionId: number; version: number };
      if (step.newSubmission) {
        const created = await tx.assessmentSubmission.create({
          data: { communeId: input.communeId, status: step.to, submittedById: input.actor.userId, submittedAt: now, note: input.note, version: 1 },
          select: { id: true, version: true },
        });
        // Two submissions started from the same state: only the first may stand.
        const newer = await tx.assessmentSubmission.count({ where: { communeId: input.communeId, id: { gt: latest?.id ?? 0 } } });
        if (newer !== 1) throw new ConcurrentSubmission();
        result = { submissionId: created.id, version: created.version };
      } else {
        // Conditional on the version read above: a concurrent reviewer makes this update miss.
        const updated = await tx.assessmentSubmission.updateMany({
          where: { id: latest!.id, version: input.expected.version },
          data: { status: step.to, reviewedById: input.actor.userId, reviewedAt: now, version: { increment: 1 } },
        });
        if (updated.count !== 1) return { ok: false, reason: "stale", current } as const;
        if (step.to === "returned" && input.reasons?.length) {
          await tx.submissionItem.createMany({ data: input.reasons.map((r) => ({ submissionId: latest!.id, criterionId: r.criterionId, reason: r.reason })) });
        }
        result = { submissionId: latest!.id, version: input.expected.version + 1 };
      }
      await tx.assessmentHistory.create({
        data: {
          communeId: input.communeId,
          view: "self",
          field: "review",
          oldValue: current.state === "none" ? null : current.state,
          newValue: step.to,
          reason: input.note,
          actorId: input.actor.userId,
          actorName: input.actor.displayName,
          effectiveAt: now,
          recordedAt: now,
        },
      });
      return { ok: true, status: step.to, ...result } as const;
    });
  } catch (e) {
    if (e instanceof ConcurrentSubmission) return { ok: false, reason: "stale", current: await readCurrent(input.communeId) };
    throw e;
  }
}

// ─── The review page ─────────────────────────────────────────────────────────────────────────

export interface SubmissionView {
  id: number;
  /** 1 for the commune's first submission. */
  number: number;
  status: ReviewState;
  note: string | null;
  submittedAt: Date;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  version: number;
  reasons: { criterionNumber: number; criterionName: string; reason: string }[];
}

export interface ReviewLogEntry {
  id: number;
  at: Date;
  from: ReviewState;
  to: ReviewState;
  actor: string | null;
  reason: string | null;
}

export interface CommuneReview {
  commune: { id: number; code: string; name: string; provinceCode: string | null; districtCode: string | null };
  setCode: string;
  /** The commune's criteria with their self-assessed status (what a reviewer returns against). */
  criteria: { number: number; name: string; self: Status }[];
  state: ReviewState;
  locked: boolean;
  /** The latest submission, null before the first. */
  latest: SubmissionView | null;
  /** Newest first, at most REVIEW_LIST_LIMIT. */
  submissions: SubmissionView[];
  submissionsTruncated: boolean;
  /** The review transitions from the history, newest first, at most REVIEW_LOG_LIMIT. */
  log: ReviewLogEntry[];
}

/** Everything the review page shows about a commune, in a fixed number of queries. Null when the
 * code is not a commune or the scope may not read it. */
export async function getCommuneReview(scope: ReadScope, communeCode: string): Promise<CommuneReview | null> {
  const ctx = await getCommuneEditContext(communeCode);
  if (!ctx) return null;
  if (!canReadPlace(scope, { provinceCode: ctx.commune.provinceCode, districtCode: ctx.commune.districtCode, communeCode: ctx.commune.code })) return null;
  const communeId = ctx.commune.id;
  const [rows, total, history] = await Promise.all([
    prisma.assessmentSubmission.findMany({
      where: { communeId },
      orderBy: { id: "desc" },
      take: REVIEW_LIST_LIMIT,
      select: {
        ...latestSelect,
        note: true,
        items: { orderBy: { id: "asc" }, select: { reason: true, criterion: { select: { number: true, name: true } } } },
      },
    }),
    prisma.assessmentSubmission.count({ where: { communeId } }),
    prisma.assessmentHistory.findMany({
      where: { communeId, view: "self", field: "review" },
      orderBy: [{ effectiveAt: "desc" }, { id: "desc" }],
      take: REVIEW_LOG_LIMIT,
      select: { id: true, effectiveAt: true, oldValue: true, newValue: true, reason: true, actorName: true, actor: { select: { displayName: true } } },
    }),
  ]);
  const submissions: SubmissionView[] = rows.map((r, i) => ({
    id: r.id,
    number: total - i,
    status: reviewStateOf(r.status),
    note: r.note,
    submittedAt: r.submittedAt,
    submittedBy: r.submittedBy?.displayName ?? null,
    reviewedAt: r.reviewedAt,
    reviewedBy: r.reviewedBy?.displayName ?? null,
    version: r.version,
    reasons: r.items
      .map((it) => ({ criterionNumber: it.criterion.number, criterionName: it.criterion.name, reason: it.reason }))
      .sort((a, b) => a.criterionNumber - b.criterionNumber),
  }));
  const latest = submissions[0] ?? null;
  return {
    commune: { id: communeId, code: ctx.commune.code, name: ctx.commune.name, provinceCode: ctx.commune.provinceCode, districtCode: ctx.commune.districtCode },
    setCode: ctx.setCode,
    criteria: ctx.criteria.map((c) => ({ number: c.number, name: c.name, self: c.self.status })),
    state: latest?.status ?? "none",
    locked: ctx.locked,
    latest,
    submissions,
    submissionsTruncated: total > rows.length,
    log: history.map((h) => ({
      id: h.id,
      at: h.effectiveAt,
      from: reviewStateOf(h.oldValue),
      to: reviewStateOf(h.newValue),
      actor: h.actor?.displayName ?? h.actorName,
      reason: h.reason,
    })),
  };
}
