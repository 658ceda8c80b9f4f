import "server-only";
import type { Target } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

// The year a commune aims to meet the standard (AdminUnit.targetYear, phấn đấu đạt chuẩn năm …):
// written with the unit's version (optimistic concurrency) and recorded in the history as a
// "profile" change, in the same transaction.

export interface TargetYearEditTarget extends Target {
  communeId: number;
  targetYear: number | null;
  version: number;
}

/** Re-reads the commune's place, its current target year and version, and whether an approved
 * review locks the self-assessment. Null when the code is not a commune. */
export async function getTargetYearEditTarget(communeCode: string): Promise<TargetYearEditTarget | null> {
  const commune = await prisma.adminUnit.findUnique({
    where: { code: communeCode },
    select: {
      id: true,
      kind: true,
      targetYear: true,
      version: true,
      parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } },
      submissions: { orderBy: { id: "desc" }, take: 1, select: { status: true } },
    },
  });
  if (!commune || commune.kind !== "commune") return null;
  const chain = [commune.parent, commune.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  return {
    communeId: commune.id,
    targetYear: commune.targetYear,
    version: commune.version,
    provinceCode: chain.find((x) => x.kind === "province")?.code ?? null,
    districtCode: chain.find((x) => x.kind === "district")?.code ?? null,
    communeCode,
    locked: commune.submissions[0]?.status === "approved",
  };
}

export type TargetYearSaveResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: { targetYear: number | null; version: number; by: string | null; at: Date } };

/** Sets the commune's target year if the unit did not change since `expectedVersion`. */
export async function saveTargetYear(input: {
  communeId: number;
  targetYear: number | null;
  expectedVersion: number;
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<TargetYearSaveResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const read = () => tx.adminUnit.findUniqueOrThrow({ where: { id: input.communeId }, select: { targetYear: true, version: true, updatedAt: true } });
    const stale = async (unit: Awaited<ReturnType<typeof read>>): Promise<TargetYearSaveResult> => {
      const last = await tx.assessmentHistory.findFirst({
        where: { communeId: input.communeId, view: "profile", field: "target_year" },
        orderBy: { id: "desc" },
        select: { actorName: true, actor: { select: { displayName: true } }, recordedAt: true },
      });
      return {
        ok: false,
        reason: "stale",
        current: { targetYear: unit.targetYear, version: unit.version, by: last?.actor?.displayName ?? last?.actorName ?? null, at: last?.recordedAt ?? unit.updatedAt },
      };
    };
    const unit = await read();
    if (unit.version !== input.expectedVersion) return stale(unit);
    if (unit.targetYear === input.targetYear) return { ok: true, version: unit.version, changed: false };
    const updated = await tx.adminUnit.updateMany({
      where: { id: input.communeId, version: input.expectedVersion },
      data: { targetYear: input.targetYear, version: { increment: 1 } },
    });
    if (updated.count !== 1) return stale(await read());
    await tx.assessmentHistory.create({
      data: {
        communeId: input.communeId,
        view: "profile",
        field: "target_year",
        oldValue: unit.targetYear === null ? null : String(unit.targetYear),
        newValue: input.targetYear === null ? null : String(input.targetYear),
        actorId: input.actor.userId,
        actorName: input.actor.displayName,
        effectiveAt: now,
        recordedAt: now,
      },
    });
    return { ok: true, version: unit.version + 1, changed: true };
  });
}
