import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { endOfVietnamDay, storedDay } from "@/lib/domain/as-of";
import { isOverdue, isUnfinished } from "@/lib/domain/gaps";
import { inspectionAccess, observableCommunes, observationChanges, type MemberRole } from "@/lib/domain/inspection";
import { standingAsOf } from "@/lib/domain/standing";
import { compareVietnamese } from "@/lib/domain/text";
import type { RecommendationStatus, Status } from "@/lib/domain/types";
import { recommendationScopeWhere } from "./recommendations";
import { canReadPlace, placeOf, type Place } from "./scope";
import { asStatus, documentLabel } from "./standing";

// Inspections (đợt kiểm tra): reads for the list, detail and forms (each takes a ReadScope and
// returns null or nothing outside it: see inspectionAccess in lib/domain/inspection.ts — a reader
// of any unit visited reads the inspection), the facts authorization needs, and the writes — every
// write in one transaction with a version check and its audit or history rows.

const ancestry = { code: true, kind: true, parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } } } as const;
type Chain = { code: string; kind: string; parent?: Chain | null };

/** The province of a unit from its chain of parents (the unit itself when it is one). */
function provinceOf(u: Chain | null | undefined): string | null {
  for (let p: Chain | null | undefined = u; p; p = p.parent) if (p.kind === "province") return p.code;
  return null;
}

/** The place of a unit in the tree, from its chain of parents. */
function chainPlace(u: Chain): Place {
  const ancestors: Chain[] = [];
  for (let p = u.parent; p; p = p.parent) ancestors.push(p);
  return placeOf(u, ancestors);
}

/** What the scope may do with an inspection that visited these units (the rule of lib/domain). */
const accessOf = (scope: ReadScope, units: { unit: Chain }[]) => inspectionAccess(units.map((u) => chainPlace(u.unit)), (p) => canReadPlace(scope, p));

/** Inspections that visited a unit the scope may read, as one SQL filter (the exact rule,
 * `accessOf`, then runs on the rows read): for a commune-level scope its communes; for a
 * district-level one its districts or a commune of them; otherwise no narrowing. Null = none. */
function reachWhere(scope: ReadScope): Prisma.InspectionWhereInput | null {
  const { districts, communes } = scope;
  if (communes !== "all") return communes.length ? { units: { some: { unit: { code: { in: [...communes] } } } } } : null;
  if (districts !== "all") return districts.length ? { units: { some: { unit: { OR: [{ code: { in: [...districts] } }, { parent: { code: { in: [...districts] } } }] } } } } : null;
  return {};
}

/** The recommendations of an inspection a scope is shown: every one to a province-wide reader;
 * to others, those the recommendation register shows them (about, or addressed to, a unit they
 * read), so a commune official does not read another commune's tasks here. */
function recommendationsShownWhere(scope: ReadScope): Prisma.RecommendationWhereInput | undefined {
  if (scope.districts === "all" && scope.communes === "all") return undefined;
  return recommendationScopeWhere(scope) ?? { id: { in: [] } };
}

/** Inspections of a province: those that visited a unit in it. */
const inProvince = (provinceCode: string): Prisma.InspectionWhereInput => ({
  units: { some: { unit: { OR: [{ code: provinceCode }, { parent: { code: provinceCode } }, { parent: { parent: { code: provinceCode } } }] } } },
});

const provinceLevel = (provinceCode: string | null) => ({ provinceCode, districtCode: null, communeCode: null });

/** The province an inspection belongs to, from the units it visited (null when it visited none). */
function inspectionProvince(units: { unit: Chain }[]): string | null {
  for (const u of units) {
    const p = provinceOf(u.unit);
    if (p) return p;
  }
  return null;
}

const unitLabel = (u: { kind: string; name: string }) =>
  `${u.kind === "district" ? "Huyện" : u.kind === "township" ? "Thị trấn" : u.kind === "ward" ? "Phường" : u.kind === "province" ? "Tỉnh" : "Xã"} ${u.name}`;

export interface InspectionListRow {
  id: number;
  title: string;
  inspectedOn: Date;
  leadName: string;
  leadTitle: string | null;
  leadDepartment: string | null;
  units: { code: string; name: string; kind: string }[];
  recommendations: { total: number; open: number; overdue: number };
}

/** The inspections of a province the scope reads (every one for a province-wide reader; for a
 * district officer those that visited their district or a commune of it; for a commune official
 * those that visited their commune), newest first, with the recommendations the scope is shown
 * counted (open = unfinished; overdue computed with `now`). One query. */
export async function listInspections(scope: ReadScope, provinceCode: string, now: Date): Promise<InspectionListRow[]> {
  const reach = reachWhere(scope);
  if (!reach || (scope.provinces !== "all" && !scope.provinces.includes(provinceCode))) return [];
  const rows = await prisma.inspection.findMany({
    where: { AND: [inProvince(provinceCode), reach] },
    orderBy: [{ inspectedOn: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      inspectedOn: true,
      leadName: true,
      leadTitle: true,
      leadDepartment: { select: { name: true } },
      units: { select: { unit: { select: { name: true, ...ancestry } } } },
      recommendations: { where: recommendationsShownWhere(scope), select: { status: true, dueDate: true } },
    },
  });
  return rows.filter((r) => accessOf(scope, r.units).read).map((r) => {
    const recs = r.recommendations.map((x) => ({ status: x.status as RecommendationStatus, dueDate: x.dueDate }));
    return {
      id: r.id,
      title: r.title,
      inspectedOn: r.inspectedOn,
      leadName: r.leadName,
      leadTitle: r.leadTitle,
      leadDepartment: r.leadDepartment?.name ?? null,
      units: sortUnits(r.units.map(({ unit: u }) => ({ code: u.code, name: u.name, kind: u.kind }))),
      recommendations: {
        total: recs.length,
        open: recs.filter((x) => isUnfinished(x.status)).length,
        overdue: recs.filter((x) => isOverdue(x, now)).length,
      },
    };
  });
}

/** Districts before communes, then by name. */
function sortUnits<T extends { kind: string; name: string }>(units: T[]): T[] {
  const rank = (k: string) => (k === "province" ? 0 : k === "district" ? 1 : 2);
  return [...units].sort((a, b) => rank(a.kind) - rank(b.kind) || compareVietnamese(a.name, b.name));
}

const byName = (a: { name: string }, b: { name: string }) => compareVietnamese(a.name, b.name);

export interface InspectionDocument {
  id: number;
  kind: string;
  number: string | null;
  issuedOn: Date | null;
  issuer: string | null;
  title: string;
  label: string;
}

export interface InspectionDetail {
  id: number;
  title: string;
  inspectedOn: Date;
  leadName: string;
  leadTitle: string | null;
  leadDepartment: { code: string; name: string } | null;
  strengths: string | null;
  shortcomings: string | null;
  version: number;
  provinceCode: string;
  createdBy: string | null;
  updatedAt: Date;
  basis: InspectionDocument[];
  members: { departmentCode: string | null; department: string | null; agencyName: string | null; role: MemberRole; representative: string | null }[];
  /** `observable`: a commune the team may observe; `readable`: one the scope reads (its page and
   * the team's observations there). */
  units: { code: string; name: string; kind: string; observable: boolean; readable: boolean; observed: number }[];
  /** May the scope open the report (print page and DOCX)? See inspectionAccess. */
  mayReadReport: boolean;
  /** True when some of the inspection's recommendations are not shown: a district officer or a
   * commune official is shown only those the register shows them. */
  recommendationsLimited: boolean;
  recommendations: {
    id: number;
    text: string;
    addressee: string;
    commune: string | null;
    criterionNumber: number | null;
    dueDate: Date | null;
    dueText: string | null;
    status: RecommendationStatus;
    overdue: boolean;
    sourceSection: string | null;
  }[];
}

const documentSelect = { id: true, kind: true, number: true, issuedOn: true, issuedOnText: true, issuer: true, title: true } as const;
const toDocument = (d: { id: number; kind: string; number: string | null; issuedOn: Date | null; issuedOnText: string | null; issuer: string | null; title: string }): InspectionDocument => ({
  id: d.id,
  kind: d.kind,
  number: d.number,
  issuedOn: d.issuedOn,
  issuer: d.issuer,
  title: d.title,
  label: documentLabel(d),
});

/** One inspection with its basis, team, units visited (with how many criteria the team observed
 * in each commune), and the recommendations the scope is shown; null when unknown or when the
 * scope reads none of the units visited (an existing inspection out of reach looks unknown). */
export async function getInspection(scope: ReadScope, id: number, now: Date): Promise<InspectionDetail | null> {
  const r = await prisma.inspection.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      inspectedOn: true,
      leadName: true,
      leadTitle: true,
      leadDepartment: { select: { code: true, name: true } },
      strengths: true,
      shortcomings: true,
      version: true,
      updatedAt: true,
      createdBy: { select: { displayName: true } },
      basis: { orderBy: { sortOrder: "asc" }, select: { document: { select: documentSelect } } },
      members: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { department: { select: { code: true, name: true } }, agencyName: true, role: true, representative: true } },
      units: { select: { unit: { select: { id: true, name: true, ...ancestry } } } },
      _count: { select: { recommendations: true } },
      recommendations: {
        where: recommendationsShownWhere(scope),
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          text: true,
          dueDate: true,
          dueText: true,
          status: true,
          sourceSection: true,
          addresseeText: true,
          addresseeDepartment: { select: { name: true } },
          addresseeUnit: { select: { kind: true, name: true } },
          commune: { select: { kind: true, name: true } },
          criterion: { select: { number: true } },
        },
      },
    },
  });
  if (!r) return null;
  const provinceCode = inspectionProvince(r.units);
  const access = accessOf(scope, r.units);
  if (!provinceCode || !access.read) return null;
  const observed = await prisma.assessmentHistory.groupBy({
    by: ["communeId", "criterionId"],
    where: { inspectionId: r.id, view: "inspection", field: "status" },
  });
  const observable = new Set(observableCommunes(r.units.map((u) => u.unit)));
  return {
    id: r.id,
    title: r.title,
    inspectedOn: r.inspectedOn,
    leadName: r.leadName,
    leadTitle: r.leadTitle,
    leadDepartment: r.leadDepartment,
    strengths: r.strengths,
    shortcomings: r.shortcomings,
    version: r.version,
    provinceCode,
    createdBy: r.createdBy?.displayName ?? null,
    updatedAt: r.updatedAt,
    basis: r.basis.map((b) => toDocument(b.document)),
    members: r.members.map((m) => ({
      departmentCode: m.department?.code ?? null,
      department: m.department?.name ?? null,
      agencyName: m.agencyName,
      role: m.role === "coordinating" ? "coordinating" : "member",
      representative: m.representative,
    })),
    units: sortUnits(
      r.units.map((u) => ({
        code: u.unit.code,
        name: u.unit.name,
        kind: u.unit.kind,
        observable: observable.has(u.unit.code),
        readable: canReadPlace(scope, chainPlace(u.unit)),
        observed: observed.filter((o) => o.communeId === u.unit.id).length,
      })),
    ),
    mayReadReport: access.report,
    recommendationsLimited: r.recommendations.length < r._count.recommendations,
    recommendations: r.recommendations.map((x) => {
      const status = x.status as RecommendationStatus;
      return {
        id: x.id,
        text: x.text,
        addressee: x.addresseeDepartment?.name ?? (x.addresseeUnit ? `UBND ${unitLabel(x.addresseeUnit).toLocaleLowerCase("vi")}` : (x.addresseeText ?? "")),
        commune: x.commune ? unitLabel(x.commune) : null,
        criterionNumber: x.criterion?.number ?? null,
        dueDate: x.dueDate,
        dueText: x.dueText,
        status,
        overdue: isOverdue({ status, dueDate: x.dueDate }, now),
        sourceSection: x.sourceSection,
      };
    }),
  };
}

export interface InspectionFormOptions {
  provinceCode: string;
  provinceName: string;
  departments: { code: string; name: string }[];
  documents: InspectionDocument[];
  /** Districts of the province, each with its communes (townships and wards included). */
  districts: (UnitSpan & { code: string; name: string; communes: (UnitSpan & { code: string; name: string; kind: string })[] })[];
}

/** The days a unit existed (null = open-ended). */
export interface UnitSpan {
  validFrom: Date | null;
  validTo: Date | null;
}

/** What the inspection form offers in a province: its departments, the documents on record, and
 * its districts and communes — with the dates they existed, since districts were abolished on
 * 1/7/2025 and communes merged over the years (the action checks them against the inspection
 * date). Null when the province is unknown or outside the scope. */
export async function getInspectionFormOptions(scope: ReadScope, provinceCode: string): Promise<InspectionFormOptions | null> {
  if (!canReadPlace(scope, provinceLevel(provinceCode))) return null;
  const span = { validFrom: true, validTo: true } as const;
  const province = await prisma.adminUnit.findUnique({
    where: { code: provinceCode },
    select: {
      id: true,
      name: true,
      kind: true,
      // Sorted below in Vietnamese dictionary order (the databases' byte orders put Đ last).
      children: {
        where: { kind: "district" },
        select: {
          code: true,
          name: true,
          ...span,
          children: {
            where: { kind: { in: ["commune", "township", "ward"] } },
            select: { code: true, name: true, kind: true, ...span },
          },
        },
      },
    },
  });
  if (!province || province.kind !== "province") return null;
  const [departments, documents] = await Promise.all([
    prisma.department.findMany({
      where: { active: true, OR: [{ provinceId: province.id }, { provinceId: null }] },
      select: { code: true, name: true },
    }),
    prisma.document.findMany({ orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 500, select: documentSelect }),
  ]);
  return {
    provinceCode,
    provinceName: province.name,
    departments: departments.sort(byName),
    documents: documents.map(toDocument),
    districts: province.children.sort(byName).map((d) => ({ code: d.code, name: d.name, validFrom: d.validFrom, validTo: d.validTo, communes: d.children.sort(byName) })),
  };
}

/** What authorization and the edit form need about an inspection, without a scope (the caller
 * authorizes with `can` on the returned province). Null when unknown. */
export async function getInspectionEditTarget(id: number) {
  const r = await prisma.inspection.findUnique({
    where: { id },
    select: { id: true, version: true, inspectedOn: true, units: { select: { unit: { select: ancestry } } }, _count: { select: { history: true } } },
  });
  if (!r) return null;
  return { id: r.id, version: r.version, inspectedOn: r.inspectedOn, provinceCode: inspectionProvince(r.units), hasObservations: r._count.history > 0 };
}

/** The facts the inspection form's choices refer to: units (with their province), departments,
 * documents — for checking a submitted form against the database. */
export async function resolveInspectionChoices(input: { unitCodes: string[]; departmentCodes: string[]; documentIds: number[] }) {
  const [units, departments, documents] = await Promise.all([
    prisma.adminUnit.findMany({ where: { code: { in: input.unitCodes } }, select: { id: true, validFrom: true, validTo: true, ...ancestry } }),
    prisma.department.findMany({ where: { code: { in: input.departmentCodes }, active: true }, select: { id: true, code: true, province: { select: { code: true } } } }),
    prisma.document.findMany({ where: { id: { in: input.documentIds } }, select: { id: true } }),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, code: u.code, kind: u.kind, provinceCode: provinceOf(u), validFrom: u.validFrom, validTo: u.validTo })),
    departments: departments.map((d) => ({ id: d.id, code: d.code, provinceCode: d.province?.code ?? null })),
    documentIds: new Set(documents.map((d) => d.id)),
  };
}

export interface InspectionWrite {
  title: string;
  inspectedOn: Date;
  leadName: string;
  leadTitle: string | null;
  leadDepartmentId: number | null;
  strengths: string | null;
  shortcomings: string | null;
  basisDocumentIds: number[];
  newDocuments: { kind: string; number: string | null; issuedOn: Date | null; issuer: string | null; title: string }[];
  members: { departmentId: number | null; agencyName: string | null; role: MemberRole; representative: string | null }[];
  unitIds: number[];
}

export type InspectionWriteResult =
  | { ok: true; id: number; version: number }
  | { ok: false; reason: "stale"; current: { version: number; by: string | null; at: Date } }
  | { ok: false; reason: "missing" };

/** The basis documents: the chosen ones, then new ones (an already recorded document with the
 * same kind, number and date is reused rather than duplicated). */
async function basisIds(tx: Prisma.TransactionClient, w: InspectionWrite): Promise<number[]> {
  const ids = [...w.basisDocumentIds];
  for (const d of w.newDocuments) {
    const existing =
      d.number !== null ? await tx.document.findFirst({ where: { kind: d.kind, number: d.number, issuedOn: d.issuedOn }, select: { id: true } }) : null;
    const id = existing?.id ?? (await tx.document.create({ data: { kind: d.kind, number: d.number, issuedOn: d.issuedOn, issuer: d.issuer, title: d.title }, select: { id: true } })).id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const auditValue = (w: InspectionWrite, basis: number[]) =>
  JSON.stringify({
    title: w.title,
    inspectedOn: w.inspectedOn.toISOString().slice(0, 10),
    leadName: w.leadName,
    leadTitle: w.leadTitle,
    leadDepartmentId: w.leadDepartmentId,
    basis: basis.join(","),
    members: w.members.length,
    units: w.unitIds.join(","),
  });

const children = (w: InspectionWrite, basis: number[]) => ({
  basis: { create: basis.map((documentId, i) => ({ documentId, sortOrder: i })) },
  members: { create: w.members.map((m, i) => ({ ...m, sortOrder: i })) },
  units: { create: w.unitIds.map((unitId) => ({ unitId })) },
});

/** Records a new inspection with its audit row. */
export async function createInspection(w: InspectionWrite, actor: { userId: number }, provinceId: number | null, now = new Date()): Promise<InspectionWriteResult> {
  return prisma.$transaction(async (tx) => {
    const basis = await basisIds(tx, w);
    const created = await tx.inspection.create({
      data: {
        title: w.title,
        inspectedOn: w.inspectedOn,
        leadName: w.leadName,
        leadTitle: w.leadTitle,
        leadDepartmentId: w.leadDepartmentId,
        strengths: w.strengths,
        shortcomings: w.shortcomings,
        createdById: actor.userId,
        ...children(w, basis),
      },
      select: { id: true, version: true },
    });
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: "inspection.create", entity: "inspection", entityId: String(created.id), provinceId, newValue: auditValue(w, basis), createdAt: now },
    });
    return { ok: true, id: created.id, version: created.version };
  });
}

/** Who changed an inspection last, and when (from its audit rows). */
async function lastChange(tx: Prisma.TransactionClient, id: number, fallback: Date) {
  const row = await tx.auditLog.findFirst({
    where: { entity: "inspection", entityId: String(id) },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { displayName: true } } },
  });
  return { by: row?.actor?.displayName ?? null, at: row?.createdAt ?? fallback };
}

/** Replaces an inspection's fields, basis, team and units if nobody changed it since
 * `expectedVersion`; the audit row in the same transaction. */
export async function updateInspection(
  id: number,
  expectedVersion: number,
  w: InspectionWrite,
  actor: { userId: number },
  provinceId: number | null,
  now = new Date(),
): Promise<InspectionWriteResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.inspection.findUnique({ where: { id }, select: { version: true, updatedAt: true } });
    if (!current) return { ok: false, reason: "missing" };
    const stale = async (): Promise<InspectionWriteResult> => ({ ok: false, reason: "stale", current: { version: current.version, ...(await lastChange(tx, id, current.updatedAt)) } });
    if (current.version !== expectedVersion) return stale();
    const updated = await tx.inspection.updateMany({
      where: { id, version: expectedVersion },
      data: {
        title: w.title,
        inspectedOn: w.inspectedOn,
        leadName: w.leadName,
        leadTitle: w.leadTitle,
        leadDepartmentId: w.leadDepartmentId,
        strengths: w.strengths,
        shortcomings: w.shortcomings,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return stale();
    const basis = await basisIds(tx, w);
    await tx.inspectionBasis.deleteMany({ where: { inspectionId: id } });
    await tx.inspectionMember.deleteMany({ where: { inspectionId: id } });
    await tx.inspectionUnit.deleteMany({ where: { inspectionId: id } });
    await tx.inspection.update({ where: { id }, data: children(w, basis) });
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: "inspection.update", entity: "inspection", entityId: String(id), provinceId, newValue: auditValue(w, basis), createdAt: now },
    });
    return { ok: true, id, version: expectedVersion + 1 };
  });
}

/** The id of a province by code (for audit rows). */
export async function provinceIdOf(code: string): Promise<number | null> {
  return (await prisma.adminUnit.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
}

// ——— Observations: the team's status per commune and criterion ———

export interface ObservationRow {
  criterionId: number;
  number: number;
  name: string;
  groupCode: string | null;
  /** The commune's self-assessment and verified status on the inspection date. */
  self: Status;
  verified: Status;
  /** What this inspection's team observed (latest of its records), null when not yet recorded. */
  observed: { status: Status; note: string | null; by: string | null; at: Date } | null;
  /** The version of the commune × criterion inspection view (0 = none), to edit from. */
  version: number;
  /** When the current inspection view belongs to another, later inspection. */
  laterInspection: { id: number; title: string; inspectedOn: Date } | null;
}

export interface ObservationContext {
  inspection: { id: number; title: string; inspectedOn: Date; provinceCode: string };
  commune: { id: number; code: string; name: string; kind: string; districtCode: string | null; provinceCode: string | null };
  /** Communes listed as visited (the ones whose criteria may be observed). */
  visitedCommunes: { code: string; name: string }[];
  setCode: string | null;
  rows: ObservationRow[];
}

/** Everything the observations page needs for one inspection and one commune it visited, in a
 * fixed number of queries. Null when the inspection is unknown or unreadable, or the commune was
 * not listed as visited or is not one the scope reads (a commune official reads only their own
 * commune's observations; `visitedCommunes` lists only the readable ones). */
export async function getObservationContext(scope: ReadScope, inspectionId: number, communeCode: string): Promise<ObservationContext | null> {
  const insp = await prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: { id: true, title: true, inspectedOn: true, units: { select: { unit: { select: { id: true, name: true, ...ancestry } } } } },
  });
  if (!insp) return null;
  const provinceCode = inspectionProvince(insp.units);
  if (!provinceCode || !accessOf(scope, insp.units).read) return null;
  const visited = insp.units.map((u) => u.unit).filter((u) => observableCommunes([u]).length > 0 && canReadPlace(scope, chainPlace(u)));
  const commune = visited.find((u) => u.code === communeCode);
  if (!commune) return null;
  const cutoff = endOfVietnamDay(storedDay(insp.inspectedOn));
  const [history, current] = await Promise.all([
    prisma.assessmentHistory.findMany({
      where: { communeId: commune.id, field: "status", OR: [{ view: { in: ["self", "verified"] }, effectiveAt: { lte: cutoff } }, { view: "inspection", inspectionId }] },
      select: { id: true, criterionId: true, view: true, newValue: true, reason: true, actorName: true, effectiveAt: true, recordedAt: true, criterion: { select: { setId: true } } },
      orderBy: { id: "asc" },
    }),
    prisma.criterionAssessment.findMany({
      where: { communeId: commune.id, view: "inspection" },
      select: { criterionId: true, version: true, inspection: { select: { id: true, title: true, inspectedOn: true } } },
    }),
  ]);
  const set = await communeSet(commune.id, history.map((h) => h.criterion?.setId).filter((x): x is number => typeof x === "number"), cutoff);
  const latest = standingAsOf(
    history.map((h) => ({ ...h, subjectKey: `${h.criterionId}:${h.view}` })),
    new Date(8.64e15),
  );
  const byCriterion = new Map(current.map((c) => [c.criterionId, c]));
  const district = commune.parent?.kind === "district" ? commune.parent.code : null;
  return {
    inspection: { id: insp.id, title: insp.title, inspectedOn: insp.inspectedOn, provinceCode },
    commune: { id: commune.id, code: commune.code, name: commune.name, kind: commune.kind, districtCode: district, provinceCode: provinceOf(commune) },
    visitedCommunes: visited.map((u) => ({ code: u.code, name: u.name })).sort(byName),
    setCode: set?.code ?? null,
    rows: (set?.criteria ?? []).map((c) => {
      const obs = latest.get(`${c.id}:inspection`);
      const cur = byCriterion.get(c.id);
      const later = cur?.inspection && cur.inspection.id !== inspectionId && cur.inspection.inspectedOn > insp.inspectedOn ? cur.inspection : null;
      return {
        criterionId: c.id,
        number: c.number,
        name: c.name,
        groupCode: c.group?.code ?? null,
        self: asStatus(latest.get(`${c.id}:self`)?.newValue),
        verified: asStatus(latest.get(`${c.id}:verified`)?.newValue),
        observed: obs ? { status: asStatus(obs.newValue), note: obs.reason, by: obs.actorName, at: obs.recordedAt } : null,
        version: cur?.version ?? 0,
        laterInspection: later,
      };
    }),
  };
}

/** The criteria set of a commune: the latest in force that its history uses, else the latest in force. */
async function communeSet(communeId: number, historySetIds: number[], cutoff: Date) {
  const select = { id: true, code: true, criteria: { orderBy: { number: "asc" as const }, select: { id: true, number: true, name: true, group: { select: { code: true } } } } };
  const ids = [...new Set(historySetIds)];
  if (ids.length) return prisma.criteriaSet.findFirst({ where: { id: { in: ids } }, orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } }, select });
  const figure = await prisma.documentFigure.findFirst({ where: { unitId: communeId, setId: { not: null } }, orderBy: { asOf: "desc" }, select: { setId: true } });
  if (figure?.setId) return prisma.criteriaSet.findUnique({ where: { id: figure.setId }, select });
  return prisma.criteriaSet.findFirst({ where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: cutoff } }] }, orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } }, select });
}

/** What authorization needs to record observations: the inspection's province and date, and the
 * commune if it was listed as visited (null commune otherwise). Null when the inspection is unknown. */
export async function getObservationTarget(inspectionId: number, communeCode: string) {
  const insp = await prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: { id: true, title: true, inspectedOn: true, units: { select: { unit: { select: { id: true, ...ancestry } } } } },
  });
  if (!insp) return null;
  const commune = insp.units.map((u) => u.unit).find((u) => u.code === communeCode && observableCommunes([u]).length > 0) ?? null;
  let criteria: { number: number; id: number }[] = [];
  if (commune) {
    const used = await prisma.assessmentHistory.findMany({
      where: { communeId: commune.id, criterionId: { not: null } },
      distinct: ["criterionId"],
      select: { criterion: { select: { setId: true } } },
    });
    const set = await communeSet(commune.id, used.map((h) => h.criterion?.setId).filter((x): x is number => typeof x === "number"), endOfVietnamDay(storedDay(insp.inspectedOn)));
    criteria = (set?.criteria ?? []).map((c) => ({ number: c.number, id: c.id }));
  }
  return { id: insp.id, inspectedOn: insp.inspectedOn, provinceCode: inspectionProvince(insp.units), communeId: commune?.id ?? null, criteria };
}

export type ObservationSaveResult =
  | { ok: true; changed: number; versions: Record<number, number> }
  | { ok: false; reason: "stale"; stale: { number: number; status: Status; version: number; by: string | null; at: Date }[] }
  | { ok: false; reason: "unknownCriterion" };

/**
 * Saves a commune's observations by one inspection, all criteria at once, in one transaction.
 * Every submitted criterion carries the version of the commune × criterion inspection view it
 * started from; one stale row refuses the whole form. A changed observation appends a history row
 * (view "inspection", the inspection's id, effective on the inspection date) and becomes the
 * current inspection view unless a later inspection already holds it (then only its version moves,
 * so concurrent edits of the older one still collide).
 */
export async function saveObservations(input: {
  inspectionId: number;
  inspectedOn: Date;
  communeId: number;
  /** The commune's criteria (number → id), from getObservationTarget. */
  criteria: { number: number; id: number }[];
  observations: { number: number; status: Status; note: string | null; version: number }[];
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<ObservationSaveResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const criterionOf = new Map(input.criteria.map((c) => [c.number, c.id]));
    if (input.observations.some((o) => !criterionOf.has(o.number))) return { ok: false, reason: "unknownCriterion" };
    const criterionIds = input.observations.map((o) => criterionOf.get(o.number)!);
    const [rows, mine] = await Promise.all([
      tx.criterionAssessment.findMany({
        where: { communeId: input.communeId, view: "inspection", criterionId: { in: criterionIds } },
        select: { id: true, criterionId: true, status: true, version: true, updatedAt: true, assessedByName: true, inspection: { select: { id: true, inspectedOn: true } } },
      }),
      tx.assessmentHistory.findMany({
        where: { communeId: input.communeId, view: "inspection", field: "status", inspectionId: input.inspectionId, criterionId: { in: criterionIds } },
        orderBy: { id: "asc" },
        select: { criterionId: true, newValue: true, reason: true },
      }),
    ]);
    const rowOf = new Map(rows.map((r) => [r.criterionId, r]));
    const stale = input.observations.filter((o) => (rowOf.get(criterionOf.get(o.number)!)?.version ?? 0) !== o.version);
    if (stale.length) {
      return {
        ok: false,
        reason: "stale",
        stale: stale.map((o) => {
          const r = rowOf.get(criterionOf.get(o.number)!);
          return { number: o.number, status: asStatus(r?.status), version: r?.version ?? 0, by: r?.assessedByName ?? null, at: r?.updatedAt ?? now };
        }),
      };
    }
    // This inspection's latest observation per criterion number (history is append-only).
    const numberOf = new Map(input.criteria.map((c) => [c.id, c.number]));
    const previous = new Map<number, { status: Status; note: string | null }>();
    for (const h of mine) if (h.criterionId !== null) previous.set(numberOf.get(h.criterionId) ?? -1, { status: asStatus(h.newValue), note: h.reason });
    const versions: Record<number, number> = {};
    for (const o of input.observations) versions[o.number] = rowOf.get(criterionOf.get(o.number)!)?.version ?? 0;
    const changes = observationChanges(
      previous,
      input.observations.map((o) => ({ criterionNumber: o.number, status: o.status, note: o.note })),
    );
    for (const change of changes) {
      const o = { ...change.to, number: change.criterionNumber, version: versions[change.criterionNumber] ?? 0 };
      const criterionId = criterionOf.get(o.number)!;
      const row = rowOf.get(criterionId);
      const before = change.from;
      const heldByLater = !!row?.inspection && row.inspection.id !== input.inspectionId && row.inspection.inspectedOn > input.inspectedOn;
      const who = { assessedById: input.actor.userId, assessedByName: input.actor.displayName };
      if (row) {
        const data = heldByLater
          ? { version: { increment: 1 } }
          : { status: o.status, note: o.note, inspectionId: input.inspectionId, effectiveAt: input.inspectedOn, version: { increment: 1 }, ...who };
        const updated = await tx.criterionAssessment.updateMany({ where: { id: row.id, version: o.version }, data });
        if (updated.count !== 1) throw new StaleObservation();
      } else {
        await tx.criterionAssessment.create({
          data: { communeId: input.communeId, criterionId, view: "inspection", status: o.status, note: o.note, inspectionId: input.inspectionId, effectiveAt: input.inspectedOn, version: 1, ...who },
        });
      }
      versions[o.number] = (row?.version ?? 0) + 1;
      await tx.assessmentHistory.create({
        data: {
          communeId: input.communeId,
          criterionId,
          view: "inspection",
          field: "status",
          oldValue: before?.status ?? (heldByLater ? null : (row?.status ?? null)),
          newValue: o.status,
          reason: o.note,
          actorId: input.actor.userId,
          actorName: input.actor.displayName,
          inspectionId: input.inspectionId,
          effectiveAt: input.inspectedOn,
          recordedAt: now,
        },
      });
    }
    return { ok: true, changed: changes.length, versions };
  });
}

/** A concurrent writer changed a row between the version check and the update. */
export class StaleObservation extends Error {}

// ——— The commune page's third view ———

export interface CommuneInspectionRef {
  id: number;
  title: string;
  inspectedOn: Date;
}
