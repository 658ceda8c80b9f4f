import "server-only";
import type { Target } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { Status, View } from "@/lib/domain/types";
import { asStatus } from "./standing";

// Writes to a commune's standing. Every write checks the version the edit started from (a stale
// edit is refused, never overwrites), and appends its history row in the same transaction.

export interface EditTarget extends Target {
  communeId: number;
  criterionId: number;
  criterionName: string;
  setCode: string;
}

/** Re-reads what authorization needs about a commune's criterion: where the commune sits,
 * which departments are in charge of the criterion, and whether an approved review locks the
 * self-assessment. Null when the commune or criterion does not exist. */
export async function getCriterionEditTarget(communeCode: string, criterionNumber: number): Promise<EditTarget | null> {
  const commune = await prisma.adminUnit.findUnique({
    where: { code: communeCode },
    select: {
      id: true,
      kind: true,
      parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } },
      submissions: { orderBy: { id: "desc" }, take: 1, select: { status: true } },
    },
  });
  if (!commune || commune.kind !== "commune") return null;
  const chain = [commune.parent, commune.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  const provinceCode = chain.find((x) => x.kind === "province")?.code ?? null;
  // The criteria set the commune's standing uses: the latest one in force that has its history.
  const criterion = await prisma.criterion.findFirst({
    where: { number: criterionNumber, set: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: new Date() } }] } },
    orderBy: [{ history: { _count: "desc" } }, { set: { effectiveFrom: "desc" } }],
    select: {
      id: true,
      name: true,
      set: { select: { code: true } },
      departments: { where: { department: { province: { code: provinceCode ?? "" } } }, select: { department: { select: { code: true } } } },
    },
  });
  if (!criterion) return null;
  return {
    communeId: commune.id,
    criterionId: criterion.id,
    criterionName: criterion.name,
    setCode: criterion.set.code,
    provinceCode,
    districtCode: chain.find((x) => x.kind === "district")?.code ?? null,
    communeCode,
    criterionDepartments: criterion.departments.map((d) => d.department.code),
    locked: commune.submissions[0]?.status === "approved",
  };
}

export type SaveResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: { status: Status; version: number; by: string | null; at: Date } };

/** Sets one view's status of a criterion if nobody changed it since `expectedVersion`. */
export async function saveCriterionStatus(input: {
  communeId: number;
  criterionId: number;
  view: View;
  status: Status;
  note: string | null;
  expectedVersion: number;
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<SaveResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const key = { communeId: input.communeId, criterionId: input.criterionId, view: input.view };
    const current = await tx.criterionAssessment.findUnique({
      where: { communeId_criterionId_view: key },
      select: { id: true, status: true, note: true, version: true, updatedAt: true, assessedByName: true, assessedBy: { select: { displayName: true } } },
    });
    const currentVersion = current?.version ?? 0;
    const stale = (): SaveResult => ({
      ok: false,
      reason: "stale",
      current: {
        status: asStatus(current?.status),
        version: currentVersion,
        by: current?.assessedByName ?? current?.assessedBy?.displayName ?? null,
        at: current?.updatedAt ?? now,
      },
    });
    if (currentVersion !== input.expectedVersion) return stale();
    if (current && current.status === input.status && (current.note ?? null) === input.note) {
      return { ok: true, version: currentVersion, changed: false };
    }
    const who = { assessedById: input.actor.userId, assessedByName: input.actor.displayName, effectiveAt: now };
    if (current) {
      // Conditional on the version read above: a concurrent writer makes this update miss.
      const updated = await tx.criterionAssessment.updateMany({
        where: { id: current.id, version: input.expectedVersion },
        data: { status: input.status, note: input.note, version: { increment: 1 }, ...who },
      });
      if (updated.count !== 1) return stale();
    } else {
      await tx.criterionAssessment.create({ data: { ...key, status: input.status, note: input.note, version: 1, ...who } });
    }
    await tx.assessmentHistory.create({
      data: {
        ...key,
        field: "status",
        oldValue: current?.status ?? null,
        newValue: input.status,
        reason: input.note,
        actorId: input.actor.userId,
        actorName: input.actor.displayName,
        effectiveAt: now,
        recordedAt: now,
      },
    });
    return { ok: true, version: currentVersion + 1, changed: true };
  });
}
