import "server-only";
import type { Target } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { vietnamToday } from "@/lib/domain/as-of";
import { DEFAULT_AREA_CODE, evaluateIndicator, selectTarget, type IndicatorResult } from "@/lib/domain/indicator";
import type { IndicatorValue, Status, Target as IndicatorTarget, TargetOp, View } from "@/lib/domain/types";
import type { EvidenceItem } from "./evidence";
import { asStatus } from "./standing";

// Writes to a commune's standing. Every write checks the version the edit started from (a stale
// edit is refused, never overwrites), and appends its history row in the same transaction.

/** The criteria set a commune is assessed against: the most recent set its history or a stated
 * figure uses, else
 * the most recent set in force. */
async function resolveCommuneSet(communeId: number, now = new Date()) {
  return (
    (await prisma.criteriaSet.findFirst({
      where: { OR: [{ criteria: { some: { history: { some: { communeId } } } } }, { figures: { some: { unitId: communeId } } }] },
      orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } },
      select: { id: true, code: true },
    })) ??
    (await prisma.criteriaSet.findFirst({
      where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: now } }] },
      orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } },
      select: { id: true, code: true },
    }))
  );
}

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
  const set = await resolveCommuneSet(commune.id);
  const criterion = set
    ? await prisma.criterion.findUnique({
        where: { setId_number: { setId: set.id, number: criterionNumber } },
        select: {
          id: true,
          name: true,
          set: { select: { code: true } },
          departments: { where: { department: { province: { code: provinceCode ?? "" } } }, select: { department: { select: { code: true } } } },
        },
      })
    : null;
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

/** One view's recorded value of an indicator, with the version to edit from and the result the
 * rules give for it (with the target that applies). */
export interface EditableIndicatorValue {
  value: (IndicatorValue & { referenceYear: number | null; note: string | null }) | null;
  version: number;
  by: string | null;
  /** When the row was written. */
  at: Date | null;
  /** When the value took effect (a document's date for loaded data). */
  effectiveAt: Date | null;
  target: IndicatorTarget | null;
  result: IndicatorResult | null;
}

export interface EditableIndicator {
  indicatorId: number;
  code: string;
  content: string;
  kind: string;
  unit: string | null;
  /** The target for the commune's area this year (what a value without a reference year meets). */
  target: IndicatorTarget | null;
  /** The national general target, shown for information when the commune's area has none. */
  referenceTarget: IndicatorTarget | null;
  self: EditableIndicatorValue;
  verified: EditableIndicatorValue;
}

/** One view's recorded status: `at` when the row was written, `effectiveAt` when it took effect. */
export interface EditableStatus {
  status: Status;
  note: string | null;
  version: number;
  by: string | null;
  at: Date | null;
  effectiveAt: Date | null;
}

export interface EditableCriterion {
  criterionId: number;
  number: number;
  name: string;
  groupCode: string | null;
  groupName: string | null;
  departments: string[];
  self: EditableStatus;
  verified: EditableStatus;
  /** Reasons a reviewer attached to this criterion when the last submission was returned. */
  returnReasons: string[];
  indicators: EditableIndicator[];
  /** Evidence not removed, oldest first. */
  evidence: EvidenceItem[];
}

export interface CommuneEditContext {
  commune: {
    id: number;
    code: string;
    name: string;
    provinceCode: string | null;
    districtCode: string | null;
    /** The region that selects targets, inherited from the nearest ancestor that has one. */
    regionCode: string | null;
    targetYear: number | null;
    version: number;
  };
  setCode: string;
  locked: boolean;
  submission: { id: number; status: string; note: string | null; submittedAt: Date; reviewedAt: Date | null; version: number } | null;
  criteria: EditableCriterion[];
}

/** Everything the editing page needs about a commune, in a fixed number of queries: its place in
 * the tree, the current rows of both views with their versions, the indicators with their values,
 * versions and results, the evidence, the departments in charge and the last review. Null when
 * the code is not a commune. */
export async function getCommuneEditContext(communeCode: string, now: Date = new Date()): Promise<CommuneEditContext | null> {
  const commune = await prisma.adminUnit.findUnique({
    where: { code: communeCode },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      targetYear: true,
      version: true,
      regionCode: true,
      parent: { select: { id: true, code: true, kind: true, regionCode: true, parent: { select: { id: true, code: true, kind: true, regionCode: true } } } },
      submissions: {
        orderBy: { id: "desc" },
        take: 1,
        select: { id: true, status: true, note: true, submittedAt: true, reviewedAt: true, version: true, items: { select: { criterionId: true, reason: true } } },
      },
    },
  });
  if (!commune || commune.kind !== "commune") return null;
  const chain = [commune.parent, commune.parent?.parent].filter((x): x is { id: number; code: string; kind: string; regionCode: string | null } => !!x);
  const provinceCode = chain.find((x) => x.kind === "province")?.code ?? null;
  const provinceId = chain.find((x) => x.kind === "province")?.id ?? null;
  const regionCode = commune.regionCode ?? chain.find((x) => x.regionCode)?.regionCode ?? null;
  const usedSet = await resolveCommuneSet(commune.id);
  if (!usedSet) return null;
  const criteria = await prisma.criterion.findMany({
    where: { setId: usedSet.id },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      name: true,
      group: { select: { code: true, name: true } },
      departments: { where: { department: { province: { code: provinceCode ?? "" } } }, select: { department: { select: { code: true } } } },
      assessments: {
        where: { communeId: commune.id, view: { in: ["self", "verified"] } },
        select: { view: true, status: true, note: true, version: true, assessedByName: true, updatedAt: true, effectiveAt: true },
      },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          code: true,
          content: true,
          kind: true,
          unit: true,
          targets: {
            where: { OR: [{ provinceId: null }, ...(provinceId !== null ? [{ provinceId }] : [])] },
            select: { areaCode: true, year: true, provinceId: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, verified: true },
          },
          assessments: {
            where: { communeId: commune.id, view: { in: ["self", "verified"] } },
            select: {
              view: true,
              valueNumber: true,
              denominator: true,
              valueBool: true,
              secondaryValue: true,
              referenceYear: true,
              status: true,
              overrideReason: true,
              note: true,
              version: true,
              assessedByName: true,
              updatedAt: true,
              effectiveAt: true,
            },
          },
        },
      },
      evidence: {
        where: { communeId: commune.id, removedAt: null },
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          view: true,
          text: true,
          url: true,
          fileName: true,
          mimeType: true,
          sizeBytes: true,
          createdAt: true,
          createdBy: { select: { displayName: true } },
          indicator: { select: { code: true } },
        },
      },
    },
  });
  const submission = commune.submissions[0] ?? null;
  const thisYear = vietnamToday(now).year;
  const indicatorsOf = (c: (typeof criteria)[number]): EditableIndicator[] =>
    c.indicators.map((ind) => {
      const targets = ind.targets.map((t) => ({ ...t, op: t.op as TargetOp }));
      const pick = (year: number, area: string | null = regionCode) => selectTarget(targets, { areaCode: area, year, provinceId });
      const valueView = (view: "self" | "verified"): EditableIndicatorValue => {
        const r = ind.assessments.find((a) => a.view === view);
        if (!r) return { value: null, version: 0, by: null, at: null, effectiveAt: null, target: null, result: null };
        const value = {
          valueNumber: r.valueNumber,
          denominator: r.denominator,
          valueBool: r.valueBool,
          secondaryValue: r.secondaryValue,
          referenceYear: r.referenceYear,
          status: r.status ? asStatus(r.status) : null,
          overrideReason: r.overrideReason,
          note: r.note,
        };
        const target = pick(r.referenceYear ?? thisYear);
        return { value, version: r.version, by: r.assessedByName, at: r.updatedAt, effectiveAt: r.effectiveAt, target, result: evaluateIndicator(ind.kind, target, value) };
      };
      const hasOwnArea = regionCode !== null && regionCode !== DEFAULT_AREA_CODE;
      return {
        indicatorId: ind.id,
        code: ind.code,
        content: ind.content,
        kind: ind.kind,
        unit: ind.unit,
        target: pick(thisYear),
        referenceTarget: hasOwnArea ? pick(thisYear, DEFAULT_AREA_CODE) : null,
        self: valueView("self"),
        verified: valueView("verified"),
      };
    });
  const viewOf = (rows: (typeof criteria)[number]["assessments"], view: string) => {
    const r = rows.find((x) => x.view === view);
    return r
      ? { status: asStatus(r.status), note: r.note, version: r.version, by: r.assessedByName, at: r.updatedAt, effectiveAt: r.effectiveAt }
      : { status: "not_assessed" as Status, note: null, version: 0, by: null, at: null, effectiveAt: null };
  };
  return {
    commune: {
      id: commune.id,
      code: commune.code,
      name: commune.name,
      provinceCode,
      districtCode: chain.find((x) => x.kind === "district")?.code ?? null,
      regionCode,
      targetYear: commune.targetYear,
      version: commune.version,
    },
    setCode: usedSet.code,
    locked: submission?.status === "approved",
    submission: submission && { id: submission.id, status: submission.status, note: submission.note, submittedAt: submission.submittedAt, reviewedAt: submission.reviewedAt, version: submission.version },
    criteria: criteria.map((c) => ({
      criterionId: c.id,
      number: c.number,
      name: c.name,
      groupCode: c.group?.code ?? null,
      groupName: c.group?.name ?? null,
      departments: c.departments.map((d) => d.department.code),
      self: viewOf(c.assessments, "self"),
      verified: viewOf(c.assessments, "verified"),
      returnReasons: submission?.status === "returned" ? submission.items.filter((i) => i.criterionId === c.id).map((i) => i.reason) : [],
      indicators: indicatorsOf(c),
      evidence: c.evidence.map((e) => ({
        id: e.id,
        kind: e.kind === "file" || e.kind === "link" ? e.kind : "note",
        view: e.view === "verified" ? "verified" : "self",
        criterionNumber: c.number,
        indicatorCode: e.indicator?.code ?? null,
        text: e.text,
        url: e.url,
        fileName: e.fileName,
        mimeType: e.mimeType,
        sizeBytes: e.sizeBytes,
        createdBy: e.createdBy?.displayName ?? null,
        createdAt: e.createdAt,
      })),
    })),
  };
}
