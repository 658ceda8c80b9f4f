import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Target } from "@/lib/auth/permissions";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { vietnamToday } from "@/lib/domain/as-of";
import { checkStatusChange, closingSuggestion, dueSoonHorizon, startOfVietnamDay, storedDueDate, type ClosingSuggestion, type StatusChangeRefusal } from "@/lib/domain/recommendation";
import { compareVietnamese } from "@/lib/domain/text";
import { RECOMMENDATION_STATUSES, type CalendarDate, type RecommendationStatus, type Status } from "@/lib/domain/types";
import { reviewStateOf } from "@/lib/domain/review";
import type { AddresseeKind, RegisterFilters } from "@/lib/validation/recommendation";
import { appendAudit } from "./audit";
import { asStatus } from "./standing";

// The recommendation register: reads scoped to what the viewer may read, the facts authorization
// needs, and the writes (create, edit, status change, progress note). Every write that changes
// the recommendation checks the version it started from and appends its audit row (and, for a
// status change, its note) in the same transaction.

export const REGISTER_PAGE_SIZE = 50;
/** At most this many notes are shown on a recommendation's page (newest kept). */
export const NOTE_LIMIT = 200;
/** Caps of the queue and home lists (each is one query). */
export const QUEUE_LIMIT = 300;
export const HOME_LIMIT = 50;

const asRecStatus = (s: string): RecommendationStatus => ((RECOMMENDATION_STATUSES as readonly string[]).includes(s) ? (s as RecommendationStatus) : "open");

// ─── Scope ──────────────────────────────────────────────────────────────────────────────────

/** The recommendations a scope may read: about, or addressed to, a place it may read (a
 * department addressee counts for its province). Null = nothing. */
export function recommendationScopeWhere(scope: ReadScope): Prisma.RecommendationWhereInput | null {
  const { provinces, districts, communes } = scope;
  if (provinces !== "all" && provinces.length === 0) return null;
  if (districts === "all" && communes === "all") {
    if (provinces === "all") return {};
    const p = { in: [...provinces] };
    return {
      OR: [
        { commune: { parent: { parent: { code: p } } } },
        { addresseeUnit: { parent: { code: p } } },
        { addresseeUnit: { parent: { parent: { code: p } } } },
        { addresseeDepartment: { province: { code: p } } },
      ],
    };
  }
  if (communes === "all") {
    if (districts === "all" || districts.length === 0) return null;
    const d = { in: [...districts] };
    return { OR: [{ commune: { parent: { code: d } } }, { addresseeUnit: { code: d } }, { addresseeUnit: { parent: { code: d } } }] };
  }
  if (communes.length === 0) return null;
  const c = { in: [...communes] };
  return { OR: [{ commune: { code: c } }, { addresseeUnit: { code: c } }] };
}

const unitChain = { code: true, kind: true, name: true, parent: { select: { code: true, kind: true, name: true, parent: { select: { code: true, kind: true } } } } } as const;

type UnitChainRow = { code: string; kind: string; name: string; parent: { code: string; kind: string; name: string; parent: { code: string; kind: string } | null } | null };

function chainCodes(u: UnitChainRow | null) {
  const all = u ? [u, u.parent, u.parent?.parent].filter((x): x is { code: string; kind: string } => !!x) : [];
  const find = (kind: string) => all.find((x) => x.kind === kind)?.code ?? null;
  const communeCode = u && u.kind !== "district" && u.kind !== "province" ? u.code : null;
  return { provinceCode: find("province"), districtCode: find("district"), communeCode };
}

export interface AddresseeRef {
  kind: AddresseeKind;
  /** Department code or unit code; null for a worded addressee. */
  code: string | null;
  name: string;
  unitKind: string | null;
}

const addresseeSelect = {
  addresseeKind: true,
  addresseeText: true,
  addresseeDepartment: { select: { code: true, name: true, shortName: true } },
  addresseeUnit: { select: unitChain },
} as const;

function addresseeOf(r: {
  addresseeKind: string;
  addresseeText: string | null;
  addresseeDepartment: { code: string; name: string } | null;
  addresseeUnit: { code: string; kind: string; name: string } | null;
}): AddresseeRef {
  if (r.addresseeUnit) {
    const kind: AddresseeKind = r.addresseeUnit.kind === "district" ? "district" : "commune";
    return { kind, code: r.addresseeUnit.code, name: r.addresseeUnit.name, unitKind: r.addresseeUnit.kind };
  }
  if (r.addresseeDepartment) return { kind: "department", code: r.addresseeDepartment.code, name: r.addresseeDepartment.name, unitKind: null };
  return { kind: "department", code: null, name: r.addresseeText ?? "", unitKind: null };
}

// ─── The register ───────────────────────────────────────────────────────────────────────────

export interface RegisterRow {
  id: number;
  text: string;
  addressee: AddresseeRef;
  commune: { code: string; name: string; kind: string } | null;
  criterion: { number: number; name: string } | null;
  indicatorCode: string | null;
  dueDate: Date | null;
  dueText: string | null;
  status: RecommendationStatus;
  inspection: { id: number; title: string } | null;
  sourceSection: string | null;
  lastNote: { body: string; author: string | null; at: Date } | null;
}

const rowSelect = {
  id: true,
  text: true,
  ...addresseeSelect,
  commune: { select: { code: true, name: true, kind: true } },
  criterion: { select: { number: true, name: true } },
  indicator: { select: { code: true } },
  dueDate: true,
  dueText: true,
  status: true,
  sourceSection: true,
  inspection: { select: { id: true, title: true } },
  notes: { orderBy: { id: "desc" }, take: 1, select: { body: true, authorName: true, createdAt: true, author: { select: { displayName: true } } } },
} as const satisfies Prisma.RecommendationSelect;

type RowData = Prisma.RecommendationGetPayload<{ select: typeof rowSelect }>;

function toRow(r: RowData): RegisterRow {
  const note = r.notes[0];
  return {
    id: r.id,
    text: r.text,
    addressee: addresseeOf(r),
    commune: r.commune,
    criterion: r.criterion,
    indicatorCode: r.indicator?.code ?? null,
    dueDate: r.dueDate,
    dueText: r.dueText,
    status: asRecStatus(r.status),
    inspection: r.inspection,
    sourceSection: r.sourceSection,
    lastNote: note ? { body: note.body, author: note.author?.displayName ?? note.authorName, at: note.createdAt } : null,
  };
}

function addresseeWhere(a: { kind: AddresseeKind; code: string }): Prisma.RecommendationWhereInput {
  if (a.kind === "department") return { addresseeDepartment: { code: a.code } };
  return { addresseeUnit: { code: a.code } };
}

const UNFINISHED = ["open", "in_progress"];

/** One page of the register (two queries: count and rows), by due date (undated last). */
export async function listRecommendations(
  scope: ReadScope,
  filters: RegisterFilters,
  now: Date,
): Promise<{ rows: RegisterRow[]; total: number; page: number; pageCount: number }> {
  const base = recommendationScopeWhere(scope);
  if (base === null) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const and: Prisma.RecommendationWhereInput[] = [base];
  if (filters.status === "unfinished") and.push({ status: { in: UNFINISHED } });
  else if (filters.status !== "all") and.push({ status: filters.status });
  if (filters.addressee) and.push(addresseeWhere(filters.addressee));
  if (filters.communeCode) and.push({ commune: { code: filters.communeCode } });
  if (filters.criterionNumber !== null) and.push({ criterion: { number: filters.criterionNumber } });
  if (filters.inspectionId !== null) and.push({ inspectionId: filters.inspectionId });
  if (filters.overdueOnly) and.push({ status: { in: UNFINISHED }, dueDate: { lt: startOfVietnamDay(vietnamToday(now)) } });
  const where: Prisma.RecommendationWhereInput = { AND: and };
  const total = await prisma.recommendation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const page = Math.min(Math.max(filters.page, 1), pageCount);
  const rows = await prisma.recommendation.findMany({
    where,
    select: rowSelect,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { sortOrder: "asc" }, { id: "asc" }],
    skip: (page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE,
  });
  return { rows: rows.map(toRow), total, page, pageCount };
}

// ─── Choices for filters and forms ──────────────────────────────────────────────────────────

export interface RegisterOptions {
  departments: { code: string; name: string; shortName: string }[];
  districts: { code: string; name: string }[];
  communes: { code: string; name: string; kind: string; districtCode: string | null }[];
  criteria: { number: number; name: string; indicators: { code: string; content: string }[] }[];
  inspections: { id: number; title: string; inspectedOn: Date }[];
}

/** The criteria set the register works with: the latest set that communes have been assessed
 * against, else the latest set in force. */
async function setInUse(now: Date) {
  return (
    (await prisma.criteriaSet.findFirst({
      where: { criteria: { some: { assessments: { some: {} } } } },
      orderBy: { effectiveFrom: "desc" },
      select: { id: true },
    })) ??
    (await prisma.criteriaSet.findFirst({ where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: now } }] }, orderBy: { effectiveFrom: "desc" }, select: { id: true } }))
  );
}

/** Departments, districts, communes, criteria and inspections the viewer may choose from (a
 * handful of queries, whatever the number of communes). */
export async function getRegisterOptions(scope: ReadScope, now: Date): Promise<RegisterOptions> {
  const { provinces, districts, communes } = scope;
  const inProvince = provinces === "all" ? {} : { code: { in: [...provinces] } };
  const unitWhere: Prisma.AdminUnitWhereInput = {
    kind: { in: ["commune", "township", "ward"] },
    parent: { ...(districts === "all" ? {} : { code: { in: [...districts] } }), parent: inProvince },
    ...(communes === "all" ? {} : { code: { in: [...communes] } }),
  };
  const set = await setInUse(now);
  const [deps, dists, comms, crits, insps] = await Promise.all([
    prisma.department.findMany({ where: { active: true, province: inProvince }, select: { code: true, name: true, shortName: true, kind: true } }),
    prisma.adminUnit.findMany({
      where: { kind: "district", parent: inProvince, ...(districts === "all" ? {} : { code: { in: [...districts] } }) },
      select: { code: true, name: true },
    }),
    prisma.adminUnit.findMany({ where: unitWhere, select: { code: true, name: true, kind: true, parent: { select: { code: true } } }, orderBy: { name: "asc" }, take: 2000 }),
    set
      ? prisma.criterion.findMany({
          where: { setId: set.id },
          select: { number: true, name: true, indicators: { select: { code: true, content: true }, orderBy: { sortOrder: "asc" } } },
          orderBy: { number: "asc" },
        })
      : Promise.resolve([]),
    recommendationScopeWhere(scope) === null
      ? Promise.resolve([])
      : prisma.inspection.findMany({
          where:
            provinces === "all"
              ? {}
              : { units: { some: { unit: { OR: [{ code: { in: [...provinces] } }, { parent: { code: { in: [...provinces] } } }, { parent: { parent: { code: { in: [...provinces] } } } }] } } } },
          select: { id: true, title: true, inspectedOn: true },
          orderBy: { inspectedOn: "desc" },
          take: 200,
        }),
  ]);
  // Names in Vietnamese order (the database's ORDER BY name is byte order on SQLite).
  const byName = (a: { name: string }, b: { name: string }) => compareVietnamese(a.name, b.name);
  return {
    departments: deps
      .filter((d) => d.kind !== "office")
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || byName(a, b))
      .map(({ code, name, shortName }) => ({ code, name, shortName })),
    districts: dists.sort(byName),
    communes: comms.sort(byName).map((c) => ({ code: c.code, name: c.name, kind: c.kind, districtCode: c.parent?.code ?? null })),
    criteria: crits,
    inspections: insps,
  };
}

// ─── One recommendation ─────────────────────────────────────────────────────────────────────

export interface RecommendationNoteView {
  id: number;
  body: string;
  author: string | null;
  at: Date;
  statusFrom: RecommendationStatus | null;
  statusTo: RecommendationStatus | null;
}

export interface RecommendationDetail extends RegisterRow {
  version: number;
  closingNote: string | null;
  closedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
  indicator: { code: string; content: string } | null;
  notes: RecommendationNoteView[];
  notesTruncated: boolean;
  /** Set when the linked criterion (or indicator) is now met. */
  suggestion: ClosingSuggestion | null;
  provinceCode: string | null;
}

/** A recommendation the scope may read, with its notes (newest first) and whether it should be
 * suggested for closing; null when unknown or out of scope. */
export async function getRecommendationDetail(scope: ReadScope, id: number): Promise<RecommendationDetail | null> {
  const where = recommendationScopeWhere(scope);
  if (where === null) return null;
  const r = await prisma.recommendation.findFirst({
    where: { AND: [{ id }, where] },
    select: {
      ...rowSelect,
      version: true,
      closingNote: true,
      closedAt: true,
      createdAt: true,
      communeId: true,
      criterionId: true,
      indicatorId: true,
      commune: { select: unitChain },
      addresseeDepartment: { select: { code: true, name: true, shortName: true, province: { select: { code: true } } } },
      indicator: { select: { code: true, content: true } },
      createdBy: { select: { displayName: true } },
      notes: {
        orderBy: { id: "desc" },
        take: NOTE_LIMIT + 1,
        select: { id: true, body: true, authorName: true, createdAt: true, statusFrom: true, statusTo: true, author: { select: { displayName: true } } },
      },
    },
  });
  if (!r) return null;
  const [crit, ind] = await Promise.all([
    r.communeId && r.criterionId
      ? prisma.criterionAssessment.findMany({ where: { communeId: r.communeId, criterionId: r.criterionId, view: { in: ["self", "verified"] } }, select: { view: true, status: true } })
      : Promise.resolve([]),
    r.communeId && r.indicatorId
      ? prisma.indicatorAssessment.findMany({ where: { communeId: r.communeId, indicatorId: r.indicatorId, view: { in: ["self", "verified"] } }, select: { view: true, status: true } })
      : Promise.resolve([]),
  ]);
  const statusIn = (rows: { view: string; status: string | null }[], view: string): Status | null => {
    const row = rows.find((x) => x.view === view);
    return row?.status ? asStatus(row.status) : null;
  };
  const row = toRow({ ...r, commune: r.commune ? { code: r.commune.code, name: r.commune.name, kind: r.commune.kind } : null, notes: r.notes.slice(0, 1) });
  const status = asRecStatus(r.status);
  const suggestion =
    r.communeId && r.criterionId
      ? closingSuggestion(
          { status, criterionNumber: r.criterion?.number ?? null },
          {
            criterion: crit.length ? { self: statusIn(crit, "self") ?? "not_assessed", verified: statusIn(crit, "verified") ?? "not_assessed" } : null,
            indicator: ind.length ? { self: statusIn(ind, "self"), verified: statusIn(ind, "verified") } : null,
          },
        )
      : null;
  const place = r.commune ? chainCodes(r.commune) : r.addresseeUnit ? chainCodes(r.addresseeUnit) : { provinceCode: r.addresseeDepartment?.province?.code ?? null };
  return {
    ...row,
    version: r.version,
    closingNote: r.closingNote,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    createdBy: r.createdBy?.displayName ?? null,
    indicator: r.indicator,
    notes: r.notes.slice(0, NOTE_LIMIT).map((n) => ({
      id: n.id,
      body: n.body,
      author: n.author?.displayName ?? n.authorName,
      at: n.createdAt,
      statusFrom: n.statusFrom ? asRecStatus(n.statusFrom) : null,
      statusTo: n.statusTo ? asRecStatus(n.statusTo) : null,
    })),
    notesTruncated: r.notes.length > NOTE_LIMIT,
    suggestion,
    provinceCode: place.provinceCode,
  };
}

// ─── Authorization facts ────────────────────────────────────────────────────────────────────

export interface RecommendationTarget extends Target {
  id: number;
  version: number;
  status: RecommendationStatus;
  provinceId: number | null;
  communeCode: string | null;
}

/** Re-reads what authorizing a change to a recommendation needs: where it sits (its commune, or
 * its addressee unit, or its addressee department's province) and to whom it is addressed. */
export async function getRecommendationTarget(id: number): Promise<RecommendationTarget | null> {
  const r = await prisma.recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      addresseeKind: true,
      commune: { select: unitChain },
      addresseeUnit: { select: unitChain },
      addresseeDepartment: { select: { code: true, province: { select: { id: true, code: true } } } },
    },
  });
  if (!r) return null;
  const place = r.commune ? chainCodes(r.commune) : r.addresseeUnit ? chainCodes(r.addresseeUnit) : { provinceCode: r.addresseeDepartment?.province?.code ?? null, districtCode: null, communeCode: null };
  const a = r.addresseeUnit ? chainCodes(r.addresseeUnit) : null;
  const provinceId = place.provinceCode ? ((await prisma.adminUnit.findUnique({ where: { code: place.provinceCode }, select: { id: true } }))?.id ?? null) : null;
  return {
    id: r.id,
    version: r.version,
    status: asRecStatus(r.status),
    provinceId,
    provinceCode: place.provinceCode,
    districtCode: place.districtCode,
    communeCode: place.communeCode,
    addressee: r.addresseeUnit
      ? { kind: r.addresseeUnit.kind === "district" ? "district" : "commune", departmentCode: null, districtCode: a?.districtCode ?? null, communeCode: a?.communeCode ?? null }
      : { kind: "department", departmentCode: r.addresseeDepartment?.code ?? null, districtCode: null, communeCode: null },
  };
}

export interface ResolvedFields {
  addressee: { kind: AddresseeKind; departmentId: number | null; unitId: number | null };
  communeId: number | null;
  criterionId: number | null;
  indicatorId: number | null;
  inspectionId: number | null;
  /** Where the recommendation sits, for inspection.manage: the addressee's (or the commune's) province. */
  target: Target;
  provinceId: number | null;
}

export type ResolveResult = { ok: true; value: ResolvedFields } | { ok: false; fieldErrors: Record<string, string[]> };

/** Turns the codes of a form into ids, checking that they exist and fit together: the commune
 * and the addressee in one province, the criterion in the commune's set, the indicator in the
 * criterion. */
export async function resolveRecommendationFields(
  input: { addressee: { kind: AddresseeKind; code: string }; communeCode: string | null; criterionNumber: number | null; indicatorCode: string | null; inspectionId?: number | null },
  now = new Date(),
): Promise<ResolveResult> {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, key: string) => (errors[field] ??= []).push(key);
  const [dept, unit, commune, inspection] = await Promise.all([
    input.addressee.kind === "department" ? prisma.department.findUnique({ where: { code: input.addressee.code }, select: { id: true, active: true, kind: true, province: { select: { id: true, code: true } } } }) : null,
    input.addressee.kind !== "department" ? prisma.adminUnit.findUnique({ where: { code: input.addressee.code }, select: { id: true, ...unitChain } }) : null,
    input.communeCode ? prisma.adminUnit.findUnique({ where: { code: input.communeCode }, select: { id: true, ...unitChain } }) : null,
    input.inspectionId ? prisma.inspection.findUnique({ where: { id: input.inspectionId }, select: { id: true } }) : null,
  ]);
  let provinceCode: string | null = null;
  let provinceId: number | null = null;
  let addresseePlace: { provinceCode: string | null; districtCode: string | null; communeCode: string | null } | null = null;
  if (input.addressee.kind === "department") {
    if (!dept || !dept.active || !dept.province) fail("addressee", "recommendations.errors.addresseeUnknown");
    else {
      provinceCode = dept.province.code;
      provinceId = dept.province.id;
    }
  } else {
    const isCommune = unit && ["commune", "township", "ward"].includes(unit.kind);
    if (!unit || (input.addressee.kind === "district" ? unit.kind !== "district" : !isCommune)) fail("addressee", "recommendations.errors.addresseeUnknown");
    else {
      addresseePlace = chainCodes(unit);
      provinceCode = addresseePlace.provinceCode;
    }
  }
  let communePlace: ReturnType<typeof chainCodes> | null = null;
  if (input.communeCode) {
    if (!commune || !["commune", "township", "ward"].includes(commune.kind)) fail("communeCode", "recommendations.errors.communeUnknown");
    else {
      communePlace = chainCodes(commune);
      if (provinceCode && communePlace.provinceCode !== provinceCode) fail("communeCode", "recommendations.errors.communeOtherProvince");
      if (addresseePlace && input.addressee.kind === "commune" && addresseePlace.communeCode !== communePlace.communeCode) fail("communeCode", "recommendations.errors.communeNotAddressee");
      if (addresseePlace && input.addressee.kind === "district" && addresseePlace.districtCode !== communePlace.districtCode) fail("communeCode", "recommendations.errors.communeOtherDistrict");
    }
  }
  if (input.inspectionId && !inspection) fail("inspectionId", "recommendations.errors.inspectionUnknown");
  if (input.indicatorCode && input.criterionNumber === null) fail("indicatorCode", "recommendations.errors.indicatorNeedsCriterion");
  let criterionId: number | null = null;
  let indicatorId: number | null = null;
  if (input.criterionNumber !== null) {
    // The commune's criteria set when it has been assessed, else the set in use.
    const communeSet = commune ? await prisma.criteriaSet.findFirst({ where: { criteria: { some: { assessments: { some: { communeId: commune.id } } } } }, orderBy: { effectiveFrom: "desc" }, select: { id: true } }) : null;
    const set = communeSet ?? (await setInUse(now));
    const crit = set
      ? await prisma.criterion.findUnique({ where: { setId_number: { setId: set.id, number: input.criterionNumber } }, select: { id: true, indicators: { select: { id: true, code: true } } } })
      : null;
    if (!crit) fail("criterionNumber", "recommendations.errors.criterionUnknown");
    else {
      criterionId = crit.id;
      if (input.indicatorCode) {
        const ind = crit.indicators.find((i) => i.code === input.indicatorCode);
        if (!ind) fail("indicatorCode", "recommendations.errors.indicatorInvalid");
        else indicatorId = ind.id;
      }
    }
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  if (provinceId === null && provinceCode) provinceId = (await prisma.adminUnit.findUnique({ where: { code: provinceCode }, select: { id: true } }))?.id ?? null;
  const place = communePlace ?? addresseePlace ?? { provinceCode, districtCode: null, communeCode: null };
  return {
    ok: true,
    value: {
      addressee: { kind: input.addressee.kind, departmentId: dept?.id ?? null, unitId: unit?.id ?? null },
      communeId: commune?.id ?? null,
      criterionId,
      indicatorId,
      inspectionId: inspection?.id ?? null,
      target: { provinceCode: place.provinceCode, districtCode: place.districtCode, communeCode: place.communeCode },
      provinceId,
    },
  };
}

// ─── Writes ─────────────────────────────────────────────────────────────────────────────────

export interface RecommendationContent {
  text: string;
  dueText: string | null;
  dueDate: CalendarDate | null;
  sourceSection: string | null;
}

type Actor = { userId: number; displayName: string };

function auditValue(f: ResolvedFields | null, c: RecommendationContent, codes: Record<string, string | number | null>) {
  return {
    text: c.text,
    dueText: c.dueText,
    dueDate: c.dueDate ? `${c.dueDate.year}-${String(c.dueDate.month).padStart(2, "0")}-${String(c.dueDate.day).padStart(2, "0")}` : null,
    sourceSection: c.sourceSection,
    addresseeKind: f?.addressee.kind ?? null,
    ...codes,
  };
}

/** Records a new recommendation (status open) with its audit row. */
export async function createRecommendation(input: { fields: ResolvedFields; content: RecommendationContent; codes: Record<string, string | number | null>; actor: Actor; now?: Date }): Promise<{ id: number }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const rec = await tx.recommendation.create({
      data: {
        inspectionId: input.fields.inspectionId,
        addresseeKind: input.fields.addressee.kind,
        addresseeDepartmentId: input.fields.addressee.departmentId,
        addresseeUnitId: input.fields.addressee.unitId,
        communeId: input.fields.communeId,
        criterionId: input.fields.criterionId,
        indicatorId: input.fields.indicatorId,
        text: input.content.text,
        dueText: input.content.dueText,
        dueDate: input.content.dueDate ? storedDueDate(input.content.dueDate) : null,
        sourceSection: input.content.sourceSection,
        status: "open",
        createdById: input.actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await appendAudit(tx, {
      actorId: input.actor.userId,
      action: "recommendation.create",
      entity: "recommendation",
      entityId: String(rec.id),
      provinceId: input.fields.provinceId,
      oldValue: null,
      newValue: auditValue(input.fields, input.content, input.codes),
      reason: null,
      at: now,
    });
    return rec;
  });
}

export interface StaleInfo {
  version: number;
  status: RecommendationStatus;
  by: string | null;
  at: Date;
}

export type WriteResult = { ok: true; version: number } | { ok: false; reason: "stale"; current: StaleInfo } | { ok: false; reason: "refused"; refusal: StatusChangeRefusal };

async function staleInfo(tx: Prisma.TransactionClient, id: number): Promise<StaleInfo> {
  const [rec, last] = await Promise.all([
    tx.recommendation.findUnique({ where: { id }, select: { version: true, status: true, updatedAt: true } }),
    tx.auditLog.findFirst({ where: { entity: "recommendation", entityId: String(id) }, orderBy: { id: "desc" }, select: { createdAt: true, actor: { select: { displayName: true } } } }),
  ]);
  return { version: rec?.version ?? 0, status: asRecStatus(rec?.status ?? "open"), by: last?.actor?.displayName ?? null, at: last?.createdAt ?? rec?.updatedAt ?? new Date() };
}

/** Changes text, addressee, links and deadline if nobody changed the recommendation since
 * `expectedVersion`; appends the audit row (old and new values). */
export async function updateRecommendation(input: {
  id: number;
  expectedVersion: number;
  fields: ResolvedFields;
  content: RecommendationContent;
  codes: Record<string, string | number | null>;
  actor: Actor;
  now?: Date;
}): Promise<WriteResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const before = await tx.recommendation.findUnique({
      where: { id: input.id },
      select: {
        version: true,
        text: true,
        dueText: true,
        dueDate: true,
        sourceSection: true,
        addresseeKind: true,
        addresseeDepartment: { select: { code: true } },
        addresseeUnit: { select: { code: true } },
        commune: { select: { code: true } },
        criterion: { select: { number: true } },
        indicator: { select: { code: true } },
      },
    });
    if (!before || before.version !== input.expectedVersion) return { ok: false, reason: "stale", current: await staleInfo(tx, input.id) };
    const updated = await tx.recommendation.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        addresseeKind: input.fields.addressee.kind,
        addresseeDepartmentId: input.fields.addressee.departmentId,
        addresseeUnitId: input.fields.addressee.unitId,
        addresseeText: null,
        communeId: input.fields.communeId,
        criterionId: input.fields.criterionId,
        indicatorId: input.fields.indicatorId,
        text: input.content.text,
        dueText: input.content.dueText,
        dueDate: input.content.dueDate ? storedDueDate(input.content.dueDate) : null,
        sourceSection: input.content.sourceSection,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return { ok: false, reason: "stale", current: await staleInfo(tx, input.id) };
    await appendAudit(tx, {
      actorId: input.actor.userId,
      action: "recommendation.update",
      entity: "recommendation",
      entityId: String(input.id),
      provinceId: input.fields.provinceId,
      oldValue: {
        text: before.text,
        dueText: before.dueText,
        dueDate: before.dueDate ? before.dueDate.toISOString().slice(0, 10) : null,
        sourceSection: before.sourceSection,
        addresseeKind: before.addresseeKind,
        addressee: before.addresseeDepartment?.code ?? before.addresseeUnit?.code ?? null,
        commune: before.commune?.code ?? null,
        criterion: before.criterion?.number ?? null,
        indicator: before.indicator?.code ?? null,
      },
      newValue: auditValue(input.fields, input.content, input.codes),
      reason: null,
      at: now,
    });
    return { ok: true, version: input.expectedVersion + 1 };
  });
}

/** Moves the recommendation to another status with a note (required to close or reopen), if
 * nobody changed it since `expectedVersion`: the note row (status from → to), the closing note
 * and date, and the audit row, in one transaction. */
export async function changeRecommendationStatus(input: {
  id: number;
  expectedVersion: number;
  status: RecommendationStatus;
  note: string | null;
  provinceId: number | null;
  actor: Actor;
  now?: Date;
}): Promise<WriteResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const before = await tx.recommendation.findUnique({ where: { id: input.id }, select: { version: true, status: true } });
    if (!before || before.version !== input.expectedVersion) return { ok: false, reason: "stale", current: await staleInfo(tx, input.id) };
    const from = asRecStatus(before.status);
    const check = checkStatusChange(from, input.status, input.note);
    if (!check.ok) return { ok: false, reason: "refused", refusal: check.reason };
    const closing = input.status === "done" || input.status === "cancelled";
    const updated = await tx.recommendation.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        status: input.status,
        closingNote: closing ? input.note : null,
        closedAt: closing ? now : null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return { ok: false, reason: "stale", current: await staleInfo(tx, input.id) };
    await tx.recommendationNote.create({
      data: { recommendationId: input.id, authorId: input.actor.userId, authorName: input.actor.displayName, body: input.note ?? "", statusFrom: from, statusTo: input.status, createdAt: now },
    });
    await appendAudit(tx, {
      actorId: input.actor.userId,
      action: "recommendation.status",
      entity: "recommendation",
      entityId: String(input.id),
      provinceId: input.provinceId,
      oldValue: { status: from },
      newValue: { status: input.status },
      reason: input.note,
      at: now,
    });
    return { ok: true, version: input.expectedVersion + 1 };
  });
}

/** Appends a progress note (no status change; notes never conflict, so no version check). */
export async function addRecommendationNote(input: { id: number; body: string; actor: Actor; now?: Date }): Promise<{ id: number }> {
  return prisma.recommendationNote.create({
    data: { recommendationId: input.id, authorId: input.actor.userId, authorName: input.actor.displayName, body: input.body, createdAt: input.now ?? new Date() },
    select: { id: true },
  });
}

// ─── Department work queue ──────────────────────────────────────────────────────────────────

export interface QueueCriterionRow {
  commune: { code: string; name: string; kind: string; districtName: string | null };
  criterion: { number: number; name: string };
  role: string;
  self: Status;
  verified: Status;
}

export interface DepartmentQueue {
  department: { code: string; name: string; shortName: string; provinceCode: string | null };
  criteria: QueueCriterionRow[];
  /** Criteria the department is in charge of (numbers), for the explanation. */
  criterionNumbers: number[];
  recommendations: RegisterRow[];
  truncated: boolean;
}

/** What a department has to do in its province: every commune × criterion it is in charge of
 * that is not met or nearly met (verified status when there is one, else self), and its
 * unfinished recommendations (caller sorts them for the queue). Four queries. */
export async function getDepartmentQueue(scope: ReadScope, departmentCode: string): Promise<DepartmentQueue | null> {
  const dept = await prisma.department.findUnique({
    where: { code: departmentCode },
    select: { id: true, code: true, name: true, shortName: true, province: { select: { code: true } }, criteria: { select: { criterionId: true, role: true, criterion: { select: { number: true } } } } },
  });
  if (!dept || !dept.province) return null;
  const provinceCode = dept.province.code;
  if (scope.provinces !== "all" && !scope.provinces.includes(provinceCode)) return null;
  if (scope.districts !== "all" || scope.communes !== "all") return null;
  const criterionIds = [...new Set(dept.criteria.map((c) => c.criterionId))];
  const roleOf = new Map(dept.criteria.map((c) => [c.criterionId, c.role]));
  const inProvince = { OR: [{ parent: { parent: { code: provinceCode } } }, { parent: { code: provinceCode } }] };
  const [assessments, recs] = await Promise.all([
    criterionIds.length
      ? prisma.criterionAssessment.findMany({
          where: { criterionId: { in: criterionIds }, view: { in: ["self", "verified"] }, commune: inProvince },
          select: {
            view: true,
            status: true,
            criterionId: true,
            criterion: { select: { number: true, name: true } },
            commune: { select: { id: true, code: true, name: true, kind: true, parent: { select: { name: true } } } },
          },
          take: 20_000,
        })
      : Promise.resolve([]),
    prisma.recommendation.findMany({
      where: { addresseeDepartmentId: dept.id, status: { in: UNFINISHED } },
      select: rowSelect,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: QUEUE_LIMIT + 1,
    }),
  ]);
  const byKey = new Map<string, QueueCriterionRow>();
  for (const a of assessments) {
    const key = `${a.commune.code}:${a.criterion.number}`;
    const row = byKey.get(key) ?? {
      commune: { code: a.commune.code, name: a.commune.name, kind: a.commune.kind, districtName: a.commune.parent?.name ?? null },
      criterion: a.criterion,
      role: roleOf.get(a.criterionId) ?? "lead",
      self: "not_assessed" as Status,
      verified: "not_assessed" as Status,
    };
    if (a.view === "self") row.self = asStatus(a.status);
    else row.verified = asStatus(a.status);
    byKey.set(key, row);
  }
  const gap = (s: Status) => s === "not_met" || s === "nearly_met";
  const criteria = [...byKey.values()]
    .filter((r) => (r.verified !== "not_assessed" ? gap(r.verified) : gap(r.self)))
    .sort((a, b) => compareVietnamese(a.commune.name, b.commune.name) || a.criterion.number - b.criterion.number);
  return {
    department: { code: dept.code, name: dept.name, shortName: dept.shortName, provinceCode },
    criteria,
    criterionNumbers: [...new Set(dept.criteria.map((c) => c.criterion.number))].sort((a, b) => a - b),
    recommendations: recs.slice(0, QUEUE_LIMIT).map(toRow),
    truncated: recs.length > QUEUE_LIMIT,
  };
}

/** Departments (not the coordination office itself) of a province, or of every province the
 * scope reads when `provinceCode` is null (an administrator). */
export async function listQueueDepartments(scope: ReadScope, provinceCode: string | null): Promise<{ code: string; name: string }[]> {
  if (provinceCode === null ? scope.provinces !== "all" : scope.provinces !== "all" && !scope.provinces.includes(provinceCode)) return [];
  const rows = await prisma.department.findMany({
    where: { ...(provinceCode ? { province: { code: provinceCode } } : {}), active: true, kind: { not: "office" } },
    select: { code: true, name: true },
  });
  return rows.sort((a, b) => compareVietnamese(a.name, b.name));
}

// ─── Home page ──────────────────────────────────────────────────────────────────────────────

export interface HomeAddressee {
  /** The whole province (coordination office), a department, a district, a commune. */
  kind: "province" | AddresseeKind;
  code: string;
}

export interface HomeTasks {
  /** Unfinished, due by the end of the due-soon window (overdue included), addressed to them. */
  dueSoon: RegisterRow[];
  /** Every unfinished recommendation addressed to them (capped), by due date. */
  addressed: RegisterRow[];
  addressedTotal: number;
  /** Communes in reach whose latest submission was returned. */
  returned: { code: string; name: string; kind: string; at: Date | null; by: string | null; note: string | null }[];
  /** Communes in reach whose latest submission waits for a decision, oldest first. */
  awaiting: { code: string; name: string; kind: string; at: Date; by: string | null }[];
}

function addressedWhere(a: HomeAddressee): Prisma.RecommendationWhereInput {
  switch (a.kind) {
    case "province":
      return {
        OR: [
          { commune: { parent: { parent: { code: a.code } } } },
          { addresseeUnit: { parent: { code: a.code } } },
          { addresseeUnit: { parent: { parent: { code: a.code } } } },
          { addresseeDepartment: { province: { code: a.code } } },
        ],
      };
    case "department":
      return { addresseeDepartment: { code: a.code } };
    case "district":
      return { OR: [{ addresseeUnit: { code: a.code } }, { addresseeUnit: { parent: { code: a.code } } }] };
    case "commune":
      return { addresseeUnit: { code: a.code } };
  }
}

/** What is waiting for a user: recommendations addressed to their office (due soon and all
 * unfinished), and the self-assessments in their reach that were returned or wait for a decision.
 * Four queries. */
export async function getHomeTasks(scope: ReadScope, addressee: HomeAddressee | null, now: Date): Promise<HomeTasks> {
  const base = recommendationScopeWhere(scope);
  const empty: HomeTasks = { dueSoon: [], addressed: [], addressedTotal: 0, returned: [], awaiting: [] };
  if (base === null) return empty;
  const where: Prisma.RecommendationWhereInput | null = addressee ? { AND: [base, addressedWhere(addressee), { status: { in: UNFINISHED } }] } : null;
  const { provinces, districts, communes } = scope;
  const communeWhere: Prisma.AdminUnitWhereInput = {
    kind: { in: ["commune", "township", "ward"] },
    parent: { ...(districts === "all" ? {} : { code: { in: [...districts] } }), ...(provinces === "all" ? {} : { parent: { code: { in: [...provinces] } } }) },
    ...(communes === "all" ? {} : { code: { in: [...communes] } }),
  };
  const [dueSoon, addressed, addressedTotal, subs] = await Promise.all([
    where
      ? prisma.recommendation.findMany({ where: { AND: [where, { dueDate: { lt: dueSoonHorizon(now) } }] }, select: rowSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: HOME_LIMIT })
      : Promise.resolve([]),
    where ? prisma.recommendation.findMany({ where, select: rowSelect, orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }], take: HOME_LIMIT }) : Promise.resolve([]),
    where ? prisma.recommendation.count({ where }) : Promise.resolve(0),
    // The latest submission of each commune in reach; returned ones are kept below.
    prisma.assessmentSubmission.findMany({
      where: { commune: communeWhere },
      orderBy: { id: "desc" },
      select: {
        communeId: true,
        status: true,
        submittedAt: true,
        reviewedAt: true,
        note: true,
        submittedBy: { select: { displayName: true } },
        reviewedBy: { select: { displayName: true } },
        commune: { select: { code: true, name: true, kind: true } },
      },
      take: 2000,
    }),
  ]);
  const seen = new Set<number>();
  const returned: HomeTasks["returned"] = [];
  const awaiting: HomeTasks["awaiting"] = [];
  for (const s of subs) {
    if (seen.has(s.communeId)) continue;
    seen.add(s.communeId);
    if (s.status === "returned") returned.push({ ...s.commune, at: s.reviewedAt, by: s.reviewedBy?.displayName ?? null, note: s.note });
    else if (reviewStateOf(s.status) === "submitted") awaiting.push({ ...s.commune, at: s.submittedAt, by: s.submittedBy?.displayName ?? null });
  }
  awaiting.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { dueSoon: dueSoon.map(toRow), addressed: addressed.map(toRow), addressedTotal, returned, awaiting };
}
