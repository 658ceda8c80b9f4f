import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { DEFAULT_AREA_CODE } from "@/lib/domain/indicator";
import type { Target, TargetOp } from "@/lib/domain/types";
import { appendAudit, type AuditJson } from "./audit";
import { inScope } from "./scope";

// Indicator targets as the coordination office sees them: for the province's region, the
// national target beside the province's own (IndicatorTarget rows with provinceId = the province).
// The rules already prefer a province's target (lib/domain/indicator.ts selectTarget); writes here
// check the row's version and append an audit row in the same transaction.

/** Confidence label of a target the province itself set (the office is the authority for it). */
export const PROVINCE_CONFIDENCE = "province";

interface ProvinceFacts {
  id: number;
  code: string;
  name: string;
  /** The region its targets are keyed by; "default" when the province has none. */
  areaCode: string;
}

/** The criteria set in use in a province: the most recent set in force that holds data (history
 * or stated figures) for the province or its units; otherwise the most recent set in force. */
async function resolveProvinceSet(provinceId: number, now: Date) {
  const units = { OR: [{ id: provinceId }, { parentId: provinceId }, { parent: { parentId: provinceId } }] };
  const sets = await prisma.criteriaSet.findMany({
    where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: now } }] },
    orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } },
    select: {
      id: true,
      code: true,
      name: true,
      targetAreaKind: true,
      _count: { select: { figures: { where: { unit: units } } } },
      criteria: { where: { history: { some: { commune: units } } }, select: { id: true }, take: 1 },
    },
  });
  const chosen = sets.find((s) => s.criteria.length > 0 || s._count.figures > 0) ?? sets[0];
  return chosen ? { id: chosen.id, code: chosen.code, name: chosen.name } : null;
}

async function provinceFacts(code: string): Promise<ProvinceFacts | null> {
  const p = await prisma.adminUnit.findUnique({ where: { code }, select: { id: true, code: true, name: true, kind: true, regionCode: true } });
  if (!p || p.kind !== "province") return null;
  return { id: p.id, code: p.code, name: p.name, areaCode: p.regionCode ?? DEFAULT_AREA_CODE };
}

export interface ProvinceTargetRow extends Target {
  id: number;
  version: number;
  note: string | null;
  sources: string[];
  updatedAt: Date;
  lastChange: { by: string | null; at: Date } | null;
}

export interface IndicatorTargets {
  id: number;
  code: string;
  content: string;
  kind: string;
  unit: string | null;
  criterionNumber: number;
  criterionName: string;
  /** National targets for the province's region (verified or not), every year first. */
  national: Target[];
  /** The national general ("default") targets, shown only as information. */
  reference: Target[];
  /** The province's own targets for its region. */
  provincial: ProvinceTargetRow[];
}

export interface ProvinceTargets {
  province: { id: number; code: string; name: string };
  areaCode: string;
  set: { code: string; name: string } | null;
  indicators: IndicatorTargets[];
}

const targetSelect = {
  id: true,
  areaCode: true,
  year: true,
  provinceId: true,
  op: true,
  valueNumber: true,
  valueText: true,
  secondaryMin: true,
  unit: true,
  verified: true,
  version: true,
  note: true,
  sourcesJson: true,
  updatedAt: true,
} as const;

function parseSources(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

const byYear = (a: { year: number | null }, b: { year: number | null }) => (a.year ?? -1) - (b.year ?? -1);

/**
 * The indicators of the set in use with their national and provincial targets for the province's
 * region (all indicators, or the one with `indicatorCode`). Null when the code is not a province
 * the scope reads. Three queries whatever the number of indicators.
 */
export async function getProvinceTargets(scope: ReadScope, provinceCode: string, opts: { indicatorCode?: string; now?: Date } = {}): Promise<ProvinceTargets | null> {
  if (!inScope(scope, provinceCode)) return null;
  const province = await provinceFacts(provinceCode);
  if (!province) return null;
  const set = await resolveProvinceSet(province.id, opts.now ?? new Date());
  if (!set) return { province, areaCode: province.areaCode, set: null, indicators: [] };
  const indicators = await prisma.indicator.findMany({
    where: { criterion: { setId: set.id }, ...(opts.indicatorCode ? { code: opts.indicatorCode } : {}) },
    orderBy: [{ criterion: { number: "asc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      code: true,
      content: true,
      kind: true,
      unit: true,
      criterion: { select: { number: true, name: true } },
      targets: {
        where: {
          OR: [
            { provinceId: null, areaCode: { in: [province.areaCode, DEFAULT_AREA_CODE] } },
            { provinceId: province.id, areaCode: province.areaCode },
          ],
        },
        select: targetSelect,
      },
    },
  });
  const provincialIds = indicators.flatMap((i) => i.targets.filter((t) => t.provinceId !== null).map((t) => String(t.id)));
  const audits = provincialIds.length
    ? await prisma.auditLog.findMany({
        where: { entity: "indicator_target", entityId: { in: provincialIds } },
        orderBy: { id: "desc" },
        select: { entityId: true, createdAt: true, actor: { select: { displayName: true } } },
      })
    : [];
  const lastChange = new Map<string, { by: string | null; at: Date }>();
  for (const a of audits) if (a.entityId && !lastChange.has(a.entityId)) lastChange.set(a.entityId, { by: a.actor?.displayName ?? null, at: a.createdAt });

  const asTarget = (t: (typeof indicators)[number]["targets"][number]): Target => ({
    areaCode: t.areaCode,
    year: t.year,
    provinceId: t.provinceId,
    op: t.op as TargetOp,
    valueNumber: t.valueNumber,
    valueText: t.valueText,
    secondaryMin: t.secondaryMin,
    unit: t.unit,
    verified: t.verified,
  });
  return {
    province: { id: province.id, code: province.code, name: province.name },
    areaCode: province.areaCode,
    set: { code: set.code, name: set.name },
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      content: i.content,
      kind: i.kind,
      unit: i.unit,
      criterionNumber: i.criterion.number,
      criterionName: i.criterion.name,
      national: i.targets.filter((t) => t.provinceId === null && t.areaCode === province.areaCode).sort(byYear).map(asTarget),
      reference:
        province.areaCode === DEFAULT_AREA_CODE ? [] : i.targets.filter((t) => t.provinceId === null && t.areaCode === DEFAULT_AREA_CODE).sort(byYear).map(asTarget),
      provincial: i.targets
        .filter((t) => t.provinceId !== null)
        .sort(byYear)
        .map((t) => ({
          ...asTarget(t),
          id: t.id,
          version: t.version,
          note: t.note,
          sources: parseSources(t.sourcesJson),
          updatedAt: t.updatedAt,
          lastChange: lastChange.get(String(t.id)) ?? null,
        })),
    })),
  };
}

export interface TargetEditFacts {
  province: ProvinceFacts;
  indicator: { id: number; code: string; kind: string; unit: string | null };
}

/** What a target write needs, re-read for authorization: the province (with its region) and the
 * indicator of the set in use. Null when either does not exist. */
export async function getTargetEditFacts(provinceCode: string, indicatorCode: string, now = new Date()): Promise<TargetEditFacts | null> {
  const province = await provinceFacts(provinceCode);
  if (!province) return null;
  const set = await resolveProvinceSet(province.id, now);
  if (!set) return null;
  const indicator = await prisma.indicator.findFirst({ where: { code: indicatorCode, criterion: { setId: set.id } }, select: { id: true, code: true, kind: true, unit: true } });
  return indicator ? { province, indicator } : null;
}

export interface TargetValue {
  op: TargetOp;
  valueNumber: number | null;
  valueText: string | null;
  secondaryMin: number | null;
  unit: string | null;
}

export type TargetSaveResult =
  | { ok: true; id: number; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: { target: (TargetValue & { year: number | null; note: string | null }) | null; version: number; by: string | null; at: Date | null } };

const auditJson = (indicatorCode: string, areaCode: string, row: TargetValue & { year: number | null; note: string | null }): AuditJson => ({
  indicator: indicatorCode,
  area: areaCode,
  year: row.year,
  op: row.op,
  value: row.valueNumber,
  valueText: row.valueText,
  secondaryMin: row.secondaryMin,
  unit: row.unit,
  basis: row.note,
});

async function staleTarget(tx: Prisma.TransactionClient, where: Prisma.IndicatorTargetWhereInput) {
  const row = await tx.indicatorTarget.findFirst({
    where,
    select: { id: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, year: true, note: true, version: true },
  });
  const last = row
    ? await tx.auditLog.findFirst({ where: { entity: "indicator_target", entityId: String(row.id) }, orderBy: { id: "desc" }, select: { createdAt: true, actor: { select: { displayName: true } } } })
    : null;
  return {
    ok: false as const,
    reason: "stale" as const,
    current: {
      target: row ? { op: row.op as TargetOp, valueNumber: row.valueNumber, valueText: row.valueText, secondaryMin: row.secondaryMin, unit: row.unit, year: row.year, note: row.note } : null,
      version: row?.version ?? 0,
      by: last?.actor?.displayName ?? null,
      at: last?.createdAt ?? null,
    },
  };
}

/**
 * Sets the province's target for one indicator, region and year (null = every year) if nobody
 * changed it since `expectedVersion` (0 = none existed). The target is verified (the office is the
 * authority for its province) and keeps its basis as note and source.
 */
export async function saveProvinceTarget(input: {
  facts: TargetEditFacts;
  year: number | null;
  value: TargetValue;
  note: string;
  expectedVersion: number;
  actorId: number;
  now?: Date;
}): Promise<TargetSaveResult> {
  const { province, indicator } = input.facts;
  const key = { indicatorId: indicator.id, areaCode: province.areaCode, year: input.year, provinceId: province.id };
  return prisma.$transaction(async (tx) => {
    const current = await tx.indicatorTarget.findFirst({
      where: key,
      select: { id: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, year: true, note: true, version: true },
    });
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) return staleTarget(tx, key);
    const next = { ...input.value, year: input.year, note: input.note };
    if (
      current &&
      current.op === next.op &&
      current.valueNumber === next.valueNumber &&
      current.valueText === next.valueText &&
      current.secondaryMin === next.secondaryMin &&
      current.unit === next.unit &&
      current.note === next.note
    ) {
      return { ok: true, id: current.id, version: currentVersion, changed: false };
    }
    const data = {
      ...input.value,
      verified: true,
      confidence: PROVINCE_CONFIDENCE,
      sourcesJson: JSON.stringify([input.note]),
      note: input.note,
    };
    let id: number;
    let version: number;
    if (current) {
      const updated = await tx.indicatorTarget.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
      if (updated.count !== 1) return staleTarget(tx, key);
      id = current.id;
      version = currentVersion + 1;
    } else {
      const created = await tx.indicatorTarget.create({ data: { ...key, ...data, version: 1 }, select: { id: true } });
      id = created.id;
      version = 1;
    }
    await appendAudit(tx, {
      actorId: input.actorId,
      action: current ? "target.update" : "target.create",
      entity: "indicator_target",
      entityId: String(id),
      provinceId: province.id,
      oldValue: current ? auditJson(indicator.code, province.areaCode, { ...current, op: current.op as TargetOp }) : null,
      newValue: auditJson(indicator.code, province.areaCode, next),
      reason: input.note,
      at: input.now,
    });
    return { ok: true, id, version, changed: true };
  });
}

/** Removes one of the province's own targets (the national one applies again), if unchanged
 * since `expectedVersion`; the audit row keeps what it was and why it was removed. */
export async function removeProvinceTarget(input: {
  facts: TargetEditFacts;
  targetId: number;
  expectedVersion: number;
  reason: string;
  actorId: number;
  now?: Date;
}): Promise<TargetSaveResult> {
  const { province, indicator } = input.facts;
  return prisma.$transaction(async (tx) => {
    const current = await tx.indicatorTarget.findFirst({
      where: { id: input.targetId, indicatorId: indicator.id, provinceId: province.id },
      select: { id: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, year: true, note: true, version: true },
    });
    if (!current || current.version !== input.expectedVersion) return staleTarget(tx, { id: input.targetId, provinceId: province.id });
    const removed = await tx.indicatorTarget.deleteMany({ where: { id: current.id, version: input.expectedVersion } });
    if (removed.count !== 1) return staleTarget(tx, { id: input.targetId, provinceId: province.id });
    await appendAudit(tx, {
      actorId: input.actorId,
      action: "target.remove",
      entity: "indicator_target",
      entityId: String(current.id),
      provinceId: province.id,
      oldValue: auditJson(indicator.code, province.areaCode, { ...current, op: current.op as TargetOp }),
      newValue: null,
      reason: input.reason,
      at: input.now,
    });
    return { ok: true, id: current.id, version: 0, changed: true };
  });
}
