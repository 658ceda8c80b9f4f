import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { endOfVietnamDay, formatIsoDay, storedDay } from "@/lib/domain/as-of";
import type { ConsistencyRow } from "@/lib/domain/consistency";
import {
  buildInspectionReport,
  type InspectionReport,
  type ReportAddressee,
  type ReportDepartment,
  type ReportUnit,
} from "@/lib/domain/inspection-report";
import { inspectionAccess, inspectionArea } from "@/lib/domain/inspection";
import { compareVietnamese } from "@/lib/domain/text";
import type { CalendarDate, RecommendationStatus, UnitKind } from "@/lib/domain/types";
import { canReadPlace, placeOf } from "./scope";
import { getAreaStanding } from "./standing";

// Everything the generated inspection report needs, as of the inspection date: the inspection
// (one query with its relations), the area's standing (lib/data/standing.ts, history up to the end
// of that day) and the departments in charge of each criterion (one query). Nothing per commune.

export interface InspectionReportData {
  report: InspectionReport;
  /** The inspection date: every figure is computed from the data in effect at its end. */
  asOf: { day: CalendarDate; iso: string; cutoff: Date };
  setName: string | null;
  /** The inspection's province. */
  provinceCode: string;
  /** Figures a document stated that the data does not support (stated beside computed). */
  differences: ConsistencyRow[];
}

const departmentSelect = { code: true, name: true, shortName: true, kind: true } as const;
const unitChainSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parent: { select: { id: true, code: true, name: true, kind: true, parent: { select: { id: true, code: true, name: true, kind: true } } } },
} as const;

const asDepartment = (d: { code: string; name: string; shortName: string; kind: string }): ReportDepartment => ({ ...d });
const day = (d: Date | null): CalendarDate | null => (d ? storedDay(d) : null);

/** The report of an inspection; null when unknown, or when the scope may not read the report
 * (inspectionAccess: the inspection, every unit visited and the area whose figures it gives — so
 * the district's officer but not a commune official, who reads the inspection page only). */
export async function getInspectionReport(scope: ReadScope, id: number): Promise<InspectionReportData | null> {
  if (!Number.isInteger(id) || id < 1) return null;
  const inspection = await prisma.inspection.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      inspectedOn: true,
      leadName: true,
      leadTitle: true,
      strengths: true,
      shortcomings: true,
      leadDepartment: { select: departmentSelect },
      basis: {
        orderBy: { sortOrder: "asc" },
        select: { document: { select: { kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } } },
      },
      members: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { role: true, agencyName: true, representative: true, department: { select: departmentSelect } } },
      units: { select: { unit: { select: unitChainSelect } } },
      recommendations: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          addresseeKind: true,
          addresseeText: true,
          addresseeDepartment: { select: departmentSelect },
          addresseeUnit: { select: { code: true, name: true, kind: true } },
          commune: { select: { code: true, name: true } },
          criterion: { select: { number: true } },
          indicator: { select: { code: true } },
          text: true,
          dueDate: true,
          dueText: true,
          status: true,
          sortOrder: true,
        },
      },
    },
  });
  if (!inspection) return null;

  // The units visited, districts first, then communes in the order the inspectors addressed them
  // tasks (the order they wrote the report in), then by name.
  type Chain = (typeof inspection.units)[number]["unit"];
  const firstTask = (code: string) => {
    const i = inspection.recommendations.findIndex((r) => r.addresseeUnit?.code === code || (r.addresseeUnit === null && r.commune?.code === code));
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const visited: Chain[] = inspection.units
    .map((u) => u.unit)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || firstTask(a.code) - firstTask(b.code) || compareVietnamese(a.name, b.name));
  if (!visited.length) return null;
  const ancestorsOf = (u: Chain) => [u.parent, u.parent?.parent].filter((x): x is NonNullable<typeof x> => Boolean(x));
  const places = visited.map((u) => placeOf(u, ancestorsOf(u)));
  // The report's read rule (lib/domain/inspection.ts): the inspection's, plus every unit visited
  // and the whole area of section I.2.a — the one district the visits belong to, else the province.
  if (!inspectionAccess(places, (p) => canReadPlace(scope, p)).report) return null;
  const areaPlace = inspectionArea(places);
  const provinceCode = areaPlace?.provinceCode ?? null;
  if (!areaPlace || provinceCode === null) return null;
  const areaCode = areaPlace.districtCode ?? provinceCode;
  const allUnits = visited.flatMap((u) => [u, ...ancestorsOf(u)]);
  const province = allUnits.find((u) => u.code === provinceCode);
  if (!province) return null;

  const dayOf = storedDay(inspection.inspectedOn);
  const cutoff = endOfVietnamDay(dayOf);
  const area = await getAreaStanding(scope, areaCode, cutoff);
  if (!area) return null;

  const departmentRows = area.set
    ? await prisma.criterionDepartment.findMany({
        where: { criterion: { setId: area.set.id }, OR: [{ department: { provinceId: province.id } }, { department: { provinceId: null } }] },
        select: { role: true, criterion: { select: { number: true } }, department: { select: departmentSelect } },
        orderBy: [{ criterionId: "asc" }, { id: "asc" }],
      })
    : [];

  const criteria = area.criteria.map((c) => {
    const seen = new Set<string>();
    const departments = departmentRows
      .filter((d) => d.criterion.number === c.number)
      .sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1))
      .filter((d) => (seen.has(d.department.code) ? false : (seen.add(d.department.code), true)))
      .map((d) => ({ code: d.department.code, name: d.department.name, shortName: d.department.shortName, role: d.role }));
    return { number: c.number, name: c.name, departments };
  });

  const asUnit = (u: { code: string; name: string; kind: string }): ReportUnit => ({ code: u.code, name: u.name, kind: u.kind as UnitKind });
  const addressee = (r: (typeof inspection.recommendations)[number]): ReportAddressee => {
    if (r.addresseeDepartment) return { kind: "department", department: asDepartment(r.addresseeDepartment) };
    if (r.addresseeUnit) return { kind: "unit", unit: asUnit(r.addresseeUnit) };
    return { kind: "text", text: r.addresseeText ?? "", addresseeKind: r.addresseeKind };
  };
  const areaUnit = asUnit(area.unit);

  const report = buildInspectionReport({
    inspection: {
      id: inspection.id,
      title: inspection.title,
      inspectedOn: dayOf,
      leadName: inspection.leadName,
      leadTitle: inspection.leadTitle,
      leadDepartment: inspection.leadDepartment ? asDepartment(inspection.leadDepartment) : null,
      members: inspection.members.map((m) => ({
        department: m.department ? asDepartment(m.department) : null,
        agencyName: m.agencyName,
        role: m.role,
        representative: m.representative,
      })),
      basis: inspection.basis.map(({ document: d }) => ({
        kind: d.kind,
        number: d.number,
        title: d.title,
        issuer: d.issuer,
        issuedOn: day(d.issuedOn),
        issuedOnText: d.issuedOnText,
      })),
      strengths: inspection.strengths,
      shortcomings: inspection.shortcomings,
    },
    province: { code: province.code, name: province.name },
    area: areaUnit,
    unitsVisited: visited.map(asUnit),
    totalCriteria: area.set?.criteriaCount ?? 0,
    criteria,
    communes: area.communes.map((c) => ({ unitCode: c.unitCode, unitName: c.unitName, criteriaMet: c.criteriaMet, basis: c.basis, statuses: c.statuses })),
    recommendations: inspection.recommendations.map((r) => ({
      id: r.id,
      addressee: addressee(r),
      commune: r.commune,
      criterionNumber: r.criterion?.number ?? null,
      indicatorCode: r.indicator?.code ?? null,
      text: r.text,
      dueDate: day(r.dueDate),
      dueText: r.dueText,
      status: r.status as RecommendationStatus,
      sortOrder: r.sortOrder,
    })),
  });

  const visitedCodes = new Set([areaUnit.code, ...visited.map((u) => u.code)]);
  return {
    report,
    asOf: { day: dayOf, iso: formatIsoDay(dayOf), cutoff },
    provinceCode,
    setName: area.set?.name ?? null,
    differences: area.consistency.filter((r) => r.checkable && !r.consistent && visitedCodes.has(r.unitCode)),
  };
}

function rank(kind: string): number {
  return kind === "province" ? 0 : kind === "district" ? 1 : 2;
}
