import "server-only";
import { prisma } from "@/lib/db";
import { vietnamToday } from "@/lib/domain/as-of";
import { evaluateIndicator, selectTarget, type IndicatorResult } from "@/lib/domain/indicator";
import type { Target, TargetOp } from "@/lib/domain/types";
import type { IndicatorValueInput } from "@/lib/validation/indicator";
import { getCriterionEditTarget, type EditTarget } from "./assessments";
import { asStatus } from "./standing";

// Writes of an indicator's value for one commune and view. Like the status writes: the edit
// carries the version it started from (a stale edit is refused and told what is there now), and
// the history row is appended in the same transaction, as JSON in the same shape the demo loader
// writes, so the commune page and the timeline read both alike.

/** Where a commune sits for target selection: its region (inherited) and its province. */
export interface TargetPlace {
  regionCode: string | null;
  provinceId: number | null;
}

export type TargetRow = Target & { confidence?: string | null };

/** The target that applies to a value, and the result the rules give (with the assessor's status). */
export function indicatorResultFor(
  kind: string,
  targets: readonly TargetRow[],
  place: TargetPlace,
  value: IndicatorValueInput | null,
  now: Date,
): { target: Target | null; result: IndicatorResult | null; year: number } {
  const year = value?.referenceYear ?? vietnamToday(now).year;
  const target = selectTarget([...targets], { areaCode: place.regionCode, year, provinceId: place.provinceId });
  return { target, year, result: value ? evaluateIndicator(kind, target, value) : null };
}

export interface IndicatorEditTarget extends EditTarget {
  indicatorId: number;
  code: string;
  content: string;
  kind: string;
  unit: string | null;
  /** Every target of the indicator for any area (the commune's own is selected by `place`). */
  targets: TargetRow[];
  /** The commune's region and province, which select its target. */
  place: TargetPlace;
}

/** Re-reads what an indicator write needs: the commune's place and rights facts (as for a status
 * write), the indicator's kind and the targets that may apply. Null when any part is unknown. */
export async function getIndicatorEditTarget(communeCode: string, indicatorCode: string): Promise<IndicatorEditTarget | null> {
  const criterionNumber = Number(indicatorCode.split(".")[0]);
  if (!Number.isInteger(criterionNumber)) return null;
  const [target, unit] = await Promise.all([
    getCriterionEditTarget(communeCode, criterionNumber),
    prisma.adminUnit.findUnique({
      where: { code: communeCode },
      select: {
        kind: true,
        regionCode: true,
        parent: { select: { id: true, kind: true, regionCode: true, parent: { select: { id: true, kind: true, regionCode: true } } } },
      },
    }),
  ]);
  if (!target || !unit) return null;
  const chain = [unit.parent, unit.parent?.parent].filter((x): x is { id: number; kind: string; regionCode: string | null } => !!x);
  const provinceId = chain.find((x) => x.kind === "province")?.id ?? null;
  const indicator = await prisma.indicator.findUnique({
    where: { criterionId_code: { criterionId: target.criterionId, code: indicatorCode } },
    select: {
      id: true,
      code: true,
      content: true,
      kind: true,
      unit: true,
      targets: {
        where: { OR: [{ provinceId: null }, ...(provinceId !== null ? [{ provinceId }] : [])] },
        select: { areaCode: true, year: true, provinceId: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, verified: true, confidence: true },
      },
    },
  });
  if (!indicator) return null;
  return {
    ...target,
    indicatorId: indicator.id,
    code: indicator.code,
    content: indicator.content,
    kind: indicator.kind,
    unit: indicator.unit,
    targets: indicator.targets.map((t) => ({ ...t, op: t.op as TargetOp })),
    place: { regionCode: unit.regionCode ?? chain.find((x) => x.regionCode)?.regionCode ?? null, provinceId },
  };
}

/** The JSON of a value in the history (AssessmentHistory.newValue), key order as the demo loader. */
export function valueJson(v: IndicatorValueInput): string {
  return JSON.stringify({
    valueNumber: v.valueNumber,
    denominator: v.denominator,
    valueBool: v.valueBool,
    secondaryValue: v.secondaryValue,
    referenceYear: v.referenceYear,
    status: v.status,
    overrideReason: v.overrideReason,
    note: v.note,
  });
}

const valueSelect = {
  id: true,
  valueNumber: true,
  denominator: true,
  valueBool: true,
  secondaryValue: true,
  referenceYear: true,
  status: true,
  overrideReason: true,
  note: true,
  version: true,
  updatedAt: true,
  assessedByName: true,
  assessedBy: { select: { displayName: true } },
} as const;

type ValueRow = {
  valueNumber: number | null;
  denominator: number | null;
  valueBool: boolean | null;
  secondaryValue: number | null;
  referenceYear: number | null;
  status: string | null;
  overrideReason: string | null;
  note: string | null;
};

/** A stored row as the value the rules read. */
export function rowToValue(row: ValueRow): IndicatorValueInput {
  return {
    valueNumber: row.valueNumber,
    denominator: row.denominator,
    valueBool: row.valueBool,
    secondaryValue: row.secondaryValue,
    referenceYear: row.referenceYear,
    status: row.status ? asStatus(row.status) : null,
    overrideReason: row.overrideReason,
    note: row.note,
  };
}

const sameValue = (a: IndicatorValueInput, b: IndicatorValueInput) => valueJson(a) === valueJson(b);

export type IndicatorSaveResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: { value: IndicatorValueInput | null; version: number; by: string | null; at: Date } };

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

/** Records one view's value of an indicator if nobody changed it since `expectedVersion`. */
export async function saveIndicatorValue(input: {
  communeId: number;
  criterionId: number;
  indicatorId: number;
  view: "self" | "verified";
  value: IndicatorValueInput;
  expectedVersion: number;
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<IndicatorSaveResult> {
  const now = input.now ?? new Date();
  const key = { communeId: input.communeId, indicatorId: input.indicatorId, view: input.view };
  const readCurrent = (client: Pick<typeof prisma, "indicatorAssessment">) =>
    client.indicatorAssessment.findUnique({ where: { communeId_indicatorId_view: key }, select: valueSelect });
  const staleOf = (current: Awaited<ReturnType<typeof readCurrent>>): IndicatorSaveResult => ({
    ok: false,
    reason: "stale",
    current: {
      value: current ? rowToValue(current) : null,
      version: current?.version ?? 0,
      by: current?.assessedByName ?? current?.assessedBy?.displayName ?? null,
      at: current?.updatedAt ?? now,
    },
  });
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await readCurrent(tx);
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== input.expectedVersion) return staleOf(current);
      if (current && sameValue(rowToValue(current), input.value)) return { ok: true, version: currentVersion, changed: false };
      const data = {
        valueNumber: input.value.valueNumber,
        denominator: input.value.denominator,
        valueBool: input.value.valueBool,
        secondaryValue: input.value.secondaryValue,
        referenceYear: input.value.referenceYear,
        status: input.value.status,
        overrideReason: input.value.overrideReason,
        note: input.value.note,
        effectiveAt: now,
        assessedById: input.actor.userId,
        assessedByName: input.actor.displayName,
      };
      if (current) {
        // Conditional on the version read above: a concurrent writer makes this update miss.
        const updated = await tx.indicatorAssessment.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
        if (updated.count !== 1) return staleOf(await readCurrent(tx));
      } else {
        await tx.indicatorAssessment.create({ data: { ...key, ...data, version: 1 } });
      }
      await tx.assessmentHistory.create({
        data: {
          ...key,
          criterionId: input.criterionId,
          field: "value",
          oldValue: current ? valueJson(rowToValue(current)) : null,
          newValue: valueJson(input.value),
          reason: input.value.status !== null ? input.value.overrideReason : null,
          actorId: input.actor.userId,
          actorName: input.actor.displayName,
          effectiveAt: now,
          recordedAt: now,
        },
      });
      return { ok: true, version: currentVersion + 1, changed: true };
    });
  } catch (e) {
    // Two first values written at once: the second meets the unique key and is stale.
    if (isUniqueViolation(e)) return staleOf(await readCurrent(prisma));
    throw e;
  }
}
