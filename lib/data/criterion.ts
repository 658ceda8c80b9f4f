import { historyRowSelect, parseValue } from "./commune";
import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { criterionTally, orderCriterionRows, type CriterionRowBasis, type CriterionTally } from "@/lib/domain/criterion-across";
import { evaluateIndicator, selectTarget, type IndicatorResult } from "@/lib/domain/indicator";
import { standingAsOf } from "@/lib/domain/standing";
import type { DepartmentRole, IndicatorValue, Status, Target, TargetOp, UnitKind, View } from "@/lib/domain/types";
import { canReadPlace } from "./scope";
import { asStatus, documentLabel } from "./standing";

// One criterion across the communes of a district or province on a date: per commune the
// verified and self-assessed status, the recorded indicator values with their results against
// the target of the commune's region, and the communes known only by a document total.
// Computed from the append-only history like the area and commune pages. Eight queries,
// whatever the number of communes.

export interface CriterionIndicatorRef {
  id: number;
  code: string;
  content: string;
  kind: string;
  unit: string | null;
}

export type RecordedValue = IndicatorValue & { referenceYear: number | null; note: string | null };

export interface CommuneIndicatorCell {
  code: string;
  /** The target for the commune's region (for the year of the value shown), or null when none is recorded. */
  target: Target | null;
  values: Record<"self" | "verified", RecordedValue | null>;
  results: Record<"self" | "verified", IndicatorResult | null>;
}

export interface CriterionViewState {
  status: Status;
  note: string | null;
  effectiveAt: Date | null;
  actor: string | null;
}

export interface CriterionCommuneRow {
  code: string;
  name: string;
  kind: UnitKind;
  /** The district it belongs to (listed on a province's page). */
  district: { code: string; name: string } | null;
  regionCode: string | null;
  basis: CriterionRowBasis;
  self: CriterionViewState;
  verified: CriterionViewState;
  /** One cell per indicator of the criterion (only for basis "detailed"). */
  indicators: CommuneIndicatorCell[];
  /** The document's total of criteria met, for a commune known only by that (basis "document"). */
  documentTotal: { criteriaMet: number; source: string; asOf: Date } | null;
}

export interface CriterionAcross {
  area: { id: number; code: string; name: string; kind: UnitKind; validTo: Date | null; ancestors: { code: string; name: string; kind: UnitKind }[] };
  set: { code: string; name: string; criteriaCount: number; criteria: { number: number; name: string }[] };
  criterion: {
    number: number;
    name: string;
    group: { code: string; name: string } | null;
    indicatorsComplete: boolean;
    indicators: CriterionIndicatorRef[];
    departments: { code: string; name: string; shortName: string; role: DepartmentRole }[];
  };
  /** The target of each indicator per region present among the communes (for the current year). */
  regionTargets: { regionCode: string | null; regionName: string | null; communeCount: number; targets: { code: string; target: Target | null }[] }[];
  communes: CriterionCommuneRow[];
  tally: CriterionTally;
}

const EMPTY: CriterionViewState = { status: "not_assessed", note: null, effectiveAt: null, actor: null };

/**
 * Criterion `number` of the criteria set that applies to the area on the date, across the
 * area's communes. Null when the area is unknown, out of scope, not a district or province, or
 * when the set has no such criterion.
 */
export async function getCriterionAcross(scope: ReadScope, areaCode: string, number: number, cutoff: Date): Promise<CriterionAcross | null> {
  if (!Number.isInteger(number) || number < 1) return null;
  const area = await prisma.adminUnit.findUnique({
    where: { code: areaCode },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      validTo: true,
      regionCode: true,
      parent: { select: { id: true, code: true, name: true, kind: true, regionCode: true } },
    },
  });
  if (!area || (area.kind !== "district" && area.kind !== "province")) return null;
  const province = area.kind === "province" ? area : area.parent?.kind === "province" ? area.parent : null;
  if (!canReadPlace(scope, { provinceCode: province?.code ?? null, districtCode: area.kind === "district" ? area.code : null, communeCode: null })) return null;

  // Communes directly below (a province since 2025, or a district) and below its districts.
  const communes = await prisma.adminUnit.findMany({
    where: { kind: "commune", OR: [{ parentId: area.id }, { parent: { parentId: area.id, kind: "district" } }] },
    select: { id: true, code: true, name: true, kind: true, regionCode: true, parent: { select: { id: true, code: true, name: true, kind: true, regionCode: true } } },
    orderBy: { name: "asc" },
  });
  const communeIds = communes.map((c) => c.id);

  // The set in force on the date that holds data for these communes (else the latest in force),
  // as the area page chooses it, with the asked criterion.
  const sets = await prisma.criteriaSet.findMany({
    where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: cutoff } }] },
    select: {
      id: true,
      code: true,
      name: true,
      _count: { select: { figures: { where: { unitId: { in: [...communeIds, area.id] } } } } },
      criteria: { where: { history: { some: { communeId: { in: communeIds } } } }, select: { id: true }, take: 1 },
    },
    orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }],
  });
  const setRef = sets.find((s) => s.criteria.length > 0 || s._count.figures > 0) ?? sets[0];
  if (!setRef) return null;

  const set = await prisma.criteriaSet.findUnique({
    where: { id: setRef.id },
    select: {
      code: true,
      name: true,
      criteria: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          indicatorsComplete: true,
          group: { select: { code: true, name: true } },
          departments: {
            where: { OR: [{ department: { provinceId: province?.id ?? -1 } }, { department: { provinceId: null } }] },
            select: { role: true, department: { select: { code: true, name: true, shortName: true } } },
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
                where: { OR: [{ provinceId: null }, { provinceId: province?.id ?? -1 }] },
                select: { areaCode: true, year: true, provinceId: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, verified: true },
              },
            },
          },
        },
      },
    },
  });
  const criterion = set?.criteria.find((c) => c.number === number);
  if (!set || !criterion) return null;
  const indicatorIds = criterion.indicators.map((i) => i.id);

  const [history, assessedCommunes, figures] = await Promise.all([
    // This criterion's statuses and its indicators' values, up to the date.
    prisma.assessmentHistory.findMany({
      where: {
        communeId: { in: communeIds },
        effectiveAt: { lte: cutoff },
        OR: [{ field: "status", criterionId: criterion.id }, ...(indicatorIds.length ? [{ field: "value", indicatorId: { in: indicatorIds } }] : [])],
      },
      select: { ...historyRowSelect, communeId: true },
      orderBy: { id: "asc" },
    }),
    // Which communes have any per-criterion assessment in the set by then.
    prisma.assessmentHistory.groupBy({
      by: ["communeId"],
      where: { communeId: { in: communeIds }, field: "status", effectiveAt: { lte: cutoff }, criterion: { setId: setRef.id } },
    }),
    // Document totals of criteria met, for communes known only by them.
    prisma.documentFigure.findMany({
      where: { unitId: { in: communeIds }, metric: "criteria_met", asOf: { lte: cutoff }, OR: [{ setId: setRef.id }, { setId: null }] },
      select: { unitId: true, value: true, asOf: true, section: true, document: { select: { kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } } },
      orderBy: [{ asOf: "asc" }, { id: "asc" }],
    }),
  ]);

  const regionCodes = [...new Set(communes.map((c) => regionOf(c, area)))];
  const regionNames = new Map(
    (await prisma.targetArea.findMany({ where: { code: { in: regionCodes.filter((r): r is string => r !== null) } }, select: { code: true, name: true } })).map((r) => [
      r.code,
      r.name,
    ]),
  );

  const latest = standingAsOf(
    history.map((h) => ({
      ...h,
      subjectKey: h.field === "status" ? `status:${h.communeId}:${h.view}` : `value:${h.communeId}:${h.indicatorId}:${h.view}`,
    })),
    cutoff,
  );
  const assessed = new Set(assessedCommunes.map((g) => g.communeId));
  const docTotal = new Map<number, (typeof figures)[number]>();
  for (const f of figures) docTotal.set(f.unitId, f); // ordered by date: the latest wins
  const cutoffYear = new Date(cutoff.getTime() + 7 * 3600_000).getUTCFullYear();
  const provinceId = province?.id ?? null;
  const targetsOf = (ind: (typeof criterion.indicators)[number]) => ind.targets.map((t) => ({ ...t, op: t.op as TargetOp }));

  const viewState = (communeId: number, view: View): CriterionViewState => {
    const row = latest.get(`status:${communeId}:${view}`);
    return row ? { status: asStatus(row.newValue), note: row.reason, effectiveAt: row.effectiveAt, actor: row.actor?.displayName ?? row.actorName } : EMPTY;
  };

  const rows: CriterionCommuneRow[] = communes.map((c) => {
    const regionCode = regionOf(c, area);
    const basis: CriterionRowBasis = assessed.has(c.id) ? "detailed" : docTotal.has(c.id) ? "document" : "none";
    const indicators: CommuneIndicatorCell[] =
      basis !== "detailed"
        ? []
        : criterion.indicators.map((ind) => {
            const valueOf = (view: View) => {
              const row = latest.get(`value:${c.id}:${ind.id}:${view}`);
              return row?.newValue ? parseValue(row.newValue) : null;
            };
            const values = { self: valueOf("self"), verified: valueOf("verified") };
            const pick = (year: number) => selectTarget(targetsOf(ind), { areaCode: regionCode, year, provinceId });
            const result = (v: RecordedValue | null) => (v ? evaluateIndicator(ind.kind, pick(v.referenceYear ?? cutoffYear), v) : null);
            return {
              code: ind.code,
              target: pick(values.verified?.referenceYear ?? values.self?.referenceYear ?? cutoffYear),
              values,
              results: { self: result(values.self), verified: result(values.verified) },
            };
          });
    const doc = basis === "document" ? docTotal.get(c.id) : undefined;
    return {
      code: c.code,
      name: c.name,
      kind: c.kind as UnitKind,
      district: c.parent && c.parent.kind === "district" ? { code: c.parent.code, name: c.parent.name } : null,
      regionCode,
      basis,
      self: basis === "detailed" ? viewState(c.id, "self") : EMPTY,
      verified: basis === "detailed" ? viewState(c.id, "verified") : EMPTY,
      indicators,
      documentTotal: doc
        ? { criteriaMet: doc.value, source: `${documentLabel(doc.document)}${doc.section ? `, mục ${doc.section}` : ""}`, asOf: doc.asOf }
        : null,
    };
  });

  const regionTargets = regionCodes.map((regionCode) => ({
    regionCode,
    regionName: regionCode ? (regionNames.get(regionCode) ?? null) : null,
    communeCount: rows.filter((r) => r.regionCode === regionCode).length,
    targets: criterion.indicators.map((ind) => ({ code: ind.code, target: selectTarget(targetsOf(ind), { areaCode: regionCode, year: cutoffYear, provinceId }) })),
  }));

  const ancestors = area.kind === "district" && area.parent ? [{ code: area.parent.code, name: area.parent.name, kind: area.parent.kind as UnitKind }] : [];
  return {
    area: { id: area.id, code: area.code, name: area.name, kind: area.kind as UnitKind, validTo: area.validTo, ancestors },
    set: { code: set.code, name: set.name, criteriaCount: set.criteria.length, criteria: set.criteria.map((c) => ({ number: c.number, name: c.name })) },
    criterion: {
      number: criterion.number,
      name: criterion.name,
      group: criterion.group,
      indicatorsComplete: criterion.indicatorsComplete,
      indicators: criterion.indicators.map(({ id, code, content, kind, unit }) => ({ id, code, content, kind, unit })),
      departments: criterion.departments
        .map((d) => ({ ...d.department, role: d.role as DepartmentRole }))
        .sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1)),
    },
    regionTargets,
    communes: orderCriterionRows(rows),
    tally: criterionTally(rows),
  };
}

/** The region that selects a commune's targets: its own, else its district's, else its province's. */
function regionOf(
  c: { regionCode: string | null; parent: { kind: string; regionCode: string | null } | null },
  area: { kind: string; regionCode: string | null; parent: { regionCode: string | null } | null },
): string | null {
  return c.regionCode ?? c.parent?.regionCode ?? (area.kind === "district" ? (area.regionCode ?? area.parent?.regionCode ?? null) : area.regionCode) ?? null;
}

