import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import type { RecommendationStatus, UnitKind } from "@/lib/domain/types";
import { RECOMMENDATION_STATUSES } from "@/lib/domain/types";
import { formatDay } from "@/lib/export/document";
import type { GapExportInput } from "@/lib/export/gaps";
import type { MatrixExportInput } from "@/lib/export/matrix";
import type { RegisterExportRow } from "@/lib/export/register";
import type { RegisterExportFilters } from "@/lib/export/register-filters";
import type { SummaryExportInput } from "@/lib/export/summary";
import { calendarDateInVietnam } from "@/lib/domain/calendar-date";
import { getCommuneDetail, type CommuneDetail } from "./commune";
import { canReadPlace, placeOf, type Place } from "./scope";
import { documentLabel, getAreaStanding, type AreaStanding } from "./standing";

// What the exports read: the area standing and commune detail the pages use (so a file shows what
// the page shows on the same date), the documents behind them, and a bounded query of the
// recommendation register. Every function takes the viewer's read scope; out of scope = null.

const documentFields = { kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } as const;

/** Who made the export (the signed-in user's name). */
export async function getExporterName(scope: ReadScope): Promise<string> {
  if (scope.userId === null) return "Hệ thống";
  const user = await prisma.user.findUnique({ where: { id: scope.userId }, select: { displayName: true, username: true } });
  return user ? `${user.displayName} (${user.username})` : "Hệ thống";
}

/** Labels of the documents behind these units' figures and history up to the cutoff (one query). */
async function documentsBehind(unitCodes: string[], cutoff: Date): Promise<string[]> {
  if (unitCodes.length === 0) return [];
  const docs = await prisma.document.findMany({
    where: {
      OR: [
        { figures: { some: { unit: { code: { in: unitCodes } }, asOf: { lte: cutoff } } } },
        { history: { some: { commune: { code: { in: unitCodes } }, effectiveAt: { lte: cutoff } } } },
      ],
    },
    select: { id: true, ...documentFields },
    orderBy: [{ issuedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: 200,
  });
  return docs.map((d) => documentLabel(d));
}

function historySource(cutoff: Date): string {
  const day = calendarDateInVietnam(cutoff);
  return `Lịch sử đánh giá (xã tự đánh giá, kết quả thẩm định) ghi nhận đến hết ngày ${day ? formatDay(day) : ""}`;
}

export interface AreaExportData {
  area: AreaStanding;
  matrix: MatrixExportInput;
  summary: SummaryExportInput;
  sources: string[];
}

/** A district's or province's matrix and summary on a date; null when unknown or out of scope. */
export async function getAreaExportData(scope: ReadScope, code: string, cutoff: Date): Promise<AreaExportData | null> {
  const area = await getAreaStanding(scope, code, cutoff);
  if (!area) return null;
  const districtNames = new Map<string, string>(area.districts.map((d) => [d.code, d.name]));
  if (area.unit.kind === "district") districtNames.set(area.unit.code, area.unit.name);
  const documents = await documentsBehind([area.unit.code, ...area.districts.map((d) => d.code), ...area.communes.map((c) => c.unitCode)], cutoff);
  return {
    area,
    matrix: {
      criteria: area.criteria,
      districtNames,
      communes: area.communes.map((c) => ({
        unitCode: c.unitCode,
        unitName: c.unitName,
        basis: c.basis,
        criteriaMet: c.criteriaMet,
        districtCode: c.districtCode ?? (area.unit.kind === "district" ? area.unit.code : null),
        documentLabel: c.figure.basis === "document" ? c.figure.documentLabel : null,
        statuses: c.statuses,
      })),
    },
    summary: {
      summary: area.summary,
      totalCriteria: area.set?.criteriaCount ?? 0,
      consistency: area.consistency,
      districts: area.districts.map((d) => ({ code: d.code, name: d.name, summary: d.summary })),
      unitCode: area.unit.code,
    },
    sources: [historySource(cutoff), ...documents],
  };
}

export interface GapExportData {
  detail: CommuneDetail;
  input: GapExportInput;
  sources: string[];
}

/** A commune's gap list on a date (`now` judges overdue); null when not a commune or out of scope. */
export async function getGapExportData(scope: ReadScope, code: string, cutoff: Date, now: Date): Promise<GapExportData | null> {
  const detail = await getCommuneDetail(scope, code, cutoff, now);
  if (!detail) return null;
  const criteria = detail.groups.flatMap((g) => g.criteria);
  const documents = await documentsBehind([code], cutoff);
  return {
    detail,
    input: {
      gaps: detail.gaps,
      indicatorContent: new Map(criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.content] as const))),
      criterionNames: new Map(criteria.map((c) => [c.number, c.name] as const)),
    },
    sources: [historySource(cutoff), ...documents],
  };
}

/** Most rows one register export returns (a province's register is a few thousand at most). */
export const REGISTER_EXPORT_LIMIT = 50_000;

const chain = { code: true, kind: true, name: true, parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } } } as const;
type Chain = { code: string; kind: string; name: string; parent: { code: string; kind: string; parent: { code: string; kind: string } | null } | null };

function placeOfChain(u: Chain): Place {
  const ancestors = [u.parent, u.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  return placeOf(u, ancestors);
}

const asRecStatus = (s: string): RecommendationStatus => ((RECOMMENDATION_STATUSES as readonly string[]).includes(s) ? (s as RecommendationStatus) : "open");

/**
 * Recommendations recorded by the cutoff that the scope may read (its commune, the unit it is
 * addressed to, or its department's province — any of them readable), with the database-side
 * filters applied (commune, criterion, inspection, addressee); status and overdue filters depend
 * on the date and are applied by the caller on the as-of status. One query plus nothing per row.
 */
export async function listRegisterForExport(scope: ReadScope, filters: RegisterExportFilters, cutoff: Date): Promise<RegisterExportRow[]> {
  const rows = await prisma.recommendation.findMany({
    where: {
      createdAt: { lte: cutoff },
      ...(filters.communeCode ? { commune: { code: filters.communeCode } } : {}),
      ...(filters.criterionNumber !== null ? { criterion: { number: filters.criterionNumber } } : {}),
      ...(filters.inspectionId !== null ? { inspectionId: filters.inspectionId } : {}),
      ...(filters.addressee
        ? filters.addressee.kind === "department"
          ? { addresseeDepartment: { code: filters.addressee.code } }
          : { addresseeUnit: { code: filters.addressee.code } }
        : {}),
    },
    select: {
      id: true,
      text: true,
      dueDate: true,
      dueText: true,
      status: true,
      sourceSection: true,
      createdAt: true,
      addresseeText: true,
      addresseeDepartment: { select: { name: true, province: { select: { code: true } } } },
      addresseeUnit: { select: chain },
      commune: { select: chain },
      criterion: { select: { number: true, name: true } },
      indicator: { select: { code: true } },
      inspection: { select: { title: true, inspectedOn: true } },
      notes: {
        where: { createdAt: { lte: cutoff } },
        select: { createdAt: true, body: true, authorName: true, author: { select: { displayName: true } }, statusFrom: true, statusTo: true },
        orderBy: { id: "asc" },
      },
    },
    orderBy: [{ inspectionId: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }, { id: "asc" }],
    take: REGISTER_EXPORT_LIMIT,
  });
  // Later status changes tell what the status was on the date (the first later change's "from").
  const later = await prisma.recommendationNote.findMany({
    where: { recommendationId: { in: rows.map((r) => r.id) }, createdAt: { gt: cutoff }, statusTo: { not: null } },
    select: { recommendationId: true, createdAt: true, statusFrom: true, statusTo: true },
    orderBy: { id: "asc" },
  });
  const laterById = new Map<number, typeof later>();
  for (const n of later) laterById.set(n.recommendationId, [...(laterById.get(n.recommendationId) ?? []), n]);

  return rows
    .filter((r) => {
      const places: Place[] = [];
      if (r.commune) places.push(placeOfChain(r.commune));
      if (r.addresseeUnit) places.push(placeOfChain(r.addresseeUnit));
      if (r.addresseeDepartment?.province) places.push({ provinceCode: r.addresseeDepartment.province.code, districtCode: null, communeCode: null });
      if (places.length === 0) places.push({ provinceCode: null, districtCode: null, communeCode: null });
      return places.some((p) => canReadPlace(scope, p));
    })
    .map((r) => {
      const unitKind = r.addresseeUnit?.kind as UnitKind | undefined;
      const addressee =
        r.addresseeDepartment?.name ??
        (r.addresseeUnit ? `UBND ${unitKind === "district" ? "huyện" : unitKind === "township" ? "thị trấn" : "xã"} ${r.addresseeUnit.name}` : (r.addresseeText ?? ""));
      const inspectedOn = r.inspection ? calendarDateInVietnam(r.inspection.inspectedOn) : null;
      return {
        id: r.id,
        inspection: r.inspection ? `${r.inspection.title}${inspectedOn ? ` (${formatDay(inspectedOn)})` : ""}` : null,
        sourceSection: r.sourceSection,
        communeCode: r.commune?.code ?? null,
        communeName: r.commune?.name ?? null,
        criterionNumber: r.criterion?.number ?? null,
        criterionName: r.criterion?.name ?? null,
        indicatorCode: r.indicator?.code ?? null,
        text: r.text,
        addressee,
        dueDate: r.dueDate,
        dueText: r.dueText,
        status: asRecStatus(r.status),
        createdAt: r.createdAt,
        notes: [
          ...r.notes.map((n) => ({
            createdAt: n.createdAt,
            body: n.body,
            author: n.author?.displayName ?? n.authorName,
            statusFrom: n.statusFrom ? asRecStatus(n.statusFrom) : null,
            statusTo: n.statusTo ? asRecStatus(n.statusTo) : null,
          })),
          ...(laterById.get(r.id) ?? []).map((n) => ({
            createdAt: n.createdAt,
            body: "",
            author: null,
            statusFrom: n.statusFrom ? asRecStatus(n.statusFrom) : null,
            statusTo: n.statusTo ? asRecStatus(n.statusTo) : null,
          })),
        ],
      };
    });
}
