import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { checkConsistency, communeMetric, type ConsistencyRow, type StatedFigure } from "@/lib/domain/consistency";
import { communeStanding, standingAsOf, standingFigure, type CommuneStanding, type StandingFigure } from "@/lib/domain/standing";
import { areaMetric, areaSummary, type AreaSummary, type CommuneFigure } from "@/lib/domain/summary";
import { compareVietnamese } from "@/lib/domain/text";
import { STATUSES, type Status, type UnitKind, type View } from "@/lib/domain/types";
import { canReadPlace } from "./scope";

// Standing of communes and areas on a date, computed from the append-only history (never from
// the "current" rows), so that a past date shows exactly what was known then.

export interface SetRef {
  id: number;
  code: string;
  name: string;
  criteriaCount: number;
}

export interface DocumentRef {
  id: number;
  label: string;
}

export function asStatus(value: string | null | undefined): Status {
  return (STATUSES as readonly string[]).includes(value ?? "") ? (value as Status) : "not_assessed";
}

const DOCUMENT_KIND_VI: Record<string, string> = {
  report: "Báo cáo",
  decision: "Quyết định",
  plan: "Kế hoạch",
  resolution: "Nghị quyết",
  official_letter: "Công văn",
};

/** How a document is cited (in Vietnamese, like the documents themselves):
 * "447/QĐ-UBND ngày 12/3/2020" or "Báo cáo của Sở Thông tin và Truyền thông tỉnh Lạng Sơn, tháng 6/2020". */
export function documentLabel(d: { kind: string; number: string | null; title: string; issuer: string | null; issuedOn: Date | null; issuedOnText: string | null }): string {
  const date = d.issuedOn ? `ngày ${d.issuedOn.getUTCDate()}/${d.issuedOn.getUTCMonth() + 1}/${d.issuedOn.getUTCFullYear()}` : d.issuedOnText;
  if (d.number) return [d.number, date].filter(Boolean).join(" ");
  const head = d.issuer ? `${DOCUMENT_KIND_VI[d.kind] ?? "Văn bản"} của ${d.issuer}` : d.title;
  return [head, date].filter(Boolean).join(", ");
}

const documentSelect = { id: true, kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } as const;

/**
 * The criteria set that applies to these units on a date: the most recent set in force that
 * holds data (history or stated figures) for them; otherwise the most recent set in force.
 */
async function resolveSet(unitIds: number[], cutoff: Date): Promise<SetRef | null> {
  const sets = await prisma.criteriaSet.findMany({
    where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: cutoff } }] },
    select: {
      id: true,
      code: true,
      name: true,
      effectiveFrom: true,
      _count: { select: { criteria: true, figures: { where: { unitId: { in: unitIds } } } } },
      criteria: { where: { history: { some: { communeId: { in: unitIds } } } }, select: { id: true }, take: 1 },
    },
    orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }],
  });
  const withData = sets.find((s) => s.criteria.length > 0 || s._count.figures > 0) ?? sets[0];
  return withData ? { id: withData.id, code: withData.code, name: withData.name, criteriaCount: withData._count.criteria } : null;
}

interface StatusRow {
  communeId: number;
  criterionId: number | null;
  criterion: { number: number } | null;
  view: string;
  newValue: string | null;
  effectiveAt: Date;
  recordedAt: Date;
  id: number;
}

/** Latest status per commune × criterion × view at the cutoff, from one history query. */
async function statusesAsOf(communeIds: number[], setId: number, cutoff: Date) {
  const rows: StatusRow[] = await prisma.assessmentHistory.findMany({
    where: { communeId: { in: communeIds }, field: "status", effectiveAt: { lte: cutoff }, criterion: { setId } },
    select: { id: true, communeId: true, criterionId: true, criterion: { select: { number: true } }, view: true, newValue: true, effectiveAt: true, recordedAt: true },
    orderBy: { id: "asc" },
  });
  return standingAsOf(
    rows.map((r) => ({ ...r, subjectKey: `${r.communeId}:${r.criterionId}:${r.view}` })),
    cutoff,
  );
}

export interface CommuneFigureRow extends CommuneFigure {
  kind: UnitKind;
  figure: StandingFigure;
  verified: CommuneStanding | null;
  self: CommuneStanding | null;
  /** Status per criterion number for each view (empty for a commune known only by a total). */
  statuses: { self: Record<number, Status>; verified: Record<number, Status> };
  /** GSO code of the district the commune belongs to (null directly under a province). */
  districtCode: string | null;
}

export interface AreaStanding {
  unit: { id: number; code: string; name: string; kind: UnitKind; validTo: Date | null; parent: { code: string; name: string; kind: UnitKind } | null };
  set: SetRef | null;
  /** The set's criteria in number order (empty without a set). */
  criteria: { number: number; name: string }[];
  /** Communes only (townships and wards are listed apart: they are not assessed as communes). */
  communes: CommuneFigureRow[];
  otherUnits: { code: string; name: string; kind: UnitKind }[];
  summary: AreaSummary;
  consistency: ConsistencyRow[];
  districts: { code: string; name: string; summary: AreaSummary; validTo: Date | null }[];
}

/** Standing of a district's or province's communes on a date, with summary and checks. */
export async function getAreaStanding(scope: ReadScope, code: string, cutoff: Date): Promise<AreaStanding | null> {
  const unit = await prisma.adminUnit.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      validTo: true,
      parent: { select: { code: true, name: true, kind: true, parent: { select: { code: true } } } },
    },
  });
  if (!unit || (unit.kind !== "district" && unit.kind !== "province")) return null;
  const provinceCode = unit.kind === "province" ? unit.code : (unit.parent?.code ?? null);
  if (!canReadPlace(scope, { provinceCode, districtCode: unit.kind === "district" ? unit.code : null, communeCode: null })) return null;

  // Communes directly below (a province since 2025, or a district) and below its districts.
  const units = (
    await prisma.adminUnit.findMany({
      where: { OR: [{ parentId: unit.id }, { parent: { parentId: unit.id, kind: "district" } }] },
      select: { id: true, code: true, name: true, kind: true, parentId: true, validTo: true },
    })
  ).sort((a, b) => compareVietnamese(a.name, b.name));
  const districts = units.filter((u) => u.kind === "district");
  const communes = units.filter((u) => u.kind === "commune");
  const otherUnits = units.filter((u) => u.kind !== "commune" && u.kind !== "district");
  const communeIds = communes.map((c) => c.id);

  const set = await resolveSet([...communeIds, unit.id], cutoff);
  const total = set?.criteriaCount ?? 0;
  const [latest, totals, criteria] = await Promise.all([
    set ? statusesAsOf(communeIds, set.id, cutoff) : Promise.resolve(new Map<string, StatusRow & { subjectKey: string }>()),
    prisma.documentFigure.findMany({
      where: { unitId: { in: [...communeIds, ...districts.map((d) => d.id), unit.id] }, asOf: { lte: cutoff }, ...(set ? { OR: [{ setId: set.id }, { setId: null }] } : {}) },
      select: { unitId: true, metric: true, param: true, value: true, asOf: true, section: true, quote: true, id: true, document: { select: documentSelect } },
      orderBy: [{ asOf: "asc" }, { id: "asc" }],
    }),
    set
      ? prisma.criterion.findMany({ where: { setId: set.id }, select: { number: true, name: true }, orderBy: { number: "asc" } })
      : Promise.resolve([] as { number: number; name: string }[]),
  ]);

  const byCommune = new Map<number, { self: { criterionNumber: number; status: Status }[]; verified: { criterionNumber: number; status: Status }[] }>();
  for (const row of latest.values()) {
    const entry = byCommune.get(row.communeId) ?? { self: [], verified: [] };
    const view = row.view as View;
    if (view === "self" || view === "verified") entry[view].push({ criterionNumber: row.criterion?.number ?? 0, status: asStatus(row.newValue) });
    byCommune.set(row.communeId, entry);
  }

  const rows: CommuneFigureRow[] = communes.map((c) => {
    const entry = byCommune.get(c.id);
    const verified = entry?.verified.length ? communeStanding(entry.verified, total) : null;
    const self = entry?.self.length ? communeStanding(entry.self, total) : null;
    const docTotal = [...totals].reverse().find((f) => f.unitId === c.id && f.metric === "criteria_met");
    const figure = standingFigure({
      detailed: verified ? { met: verified.met, assessedCount: verified.total - verified.notAssessed } : null,
      documentTotal: docTotal ? { criteriaMet: docTotal.value, documentLabel: documentLabel(docTotal.document), asOf: docTotal.asOf } : null,
      total,
    });
    const byNumber = (list: { criterionNumber: number; status: Status }[] | undefined) =>
      Object.fromEntries((list ?? []).map((x) => [x.criterionNumber, x.status])) as Record<number, Status>;
    return {
      unitCode: c.code,
      unitName: c.name,
      kind: c.kind as UnitKind,
      criteriaMet: figure.criteriaMet,
      basis: figure.basis,
      figure,
      verified,
      self,
      statuses: { self: byNumber(entry?.self), verified: byNumber(entry?.verified) },
      districtCode: districts.find((d) => d.id === c.parentId)?.code ?? null,
    };
  });

  const summary = areaSummary(rows, { totalCriteria: total });
  const communeById = new Map(communes.map((c) => [c.id, c]));
  const figuresByDistrict = districts.map((d) => ({
    code: d.code,
    name: d.name,
    validTo: d.validTo,
    summary: areaSummary(rows.filter((r) => r.districtCode === d.code), { totalCriteria: total }),
  }));

  // Consistency: every figure a document states about this area or its communes.
  const unitCodeById = new Map<number, string>([[unit.id, unit.code], ...units.map((u) => [u.id, u.code] as const)]);
  const nameById = new Map<number, string>([[unit.id, `${unit.name}`], ...units.map((u) => [u.id, u.name] as const)]);
  const statedFigures: StatedFigure[] = totals
    .filter((f) => !(f.metric === "criteria_met" && rows.find((r) => r.unitCode === unitCodeById.get(f.unitId))?.basis !== "detailed" && communeById.has(f.unitId)))
    .map((f) => ({
      subject: nameById.get(f.unitId) ?? "",
      metric: f.metric,
      param: f.param,
      stated: f.value,
      unitCode: unitCodeById.get(f.unitId) ?? "",
      source: `${documentLabel(f.document)}${f.section ? `, mục ${f.section}` : ""}${f.quote ? `: “${f.quote}”` : ""}`,
    }));
  const rowByCode = new Map(rows.map((r) => [r.unitCode, r]));
  const areaFigures = (areaCode: string): CommuneFigure[] => {
    if (areaCode === unit.code) return rows;
    return rows.filter((r) => r.districtCode === areaCode);
  };
  const consistency = checkConsistency(statedFigures, (metric, unitCode, param) => {
    const r = rowByCode.get(unitCode);
    if (r) return communeMetric(metric, r);
    return areaMetric(areaFigures(unitCode), metric, param);
  });

  return {
    unit: {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind as UnitKind,
      validTo: unit.validTo,
      parent: unit.parent ? { code: unit.parent.code, name: unit.parent.name, kind: unit.parent.kind as UnitKind } : null,
    },
    set,
    criteria,
    communes: rows,
    otherUnits: otherUnits.map((u) => ({ code: u.code, name: u.name, kind: u.kind as UnitKind })),
    summary,
    consistency,
    districts: figuresByDistrict,
  };
}
