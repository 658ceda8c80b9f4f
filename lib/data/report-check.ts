import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import type { CheckCommune, CheckSnapshot, CheckUnit, ViewCounts } from "@/lib/domain/report-check";
import type { CommuneStanding } from "@/lib/domain/standing";
import { compareVietnamese } from "@/lib/domain/text";
import type { UnitKind } from "@/lib/domain/types";
import { canReadPlace, type Place } from "./scope";
import { getAreaStanding } from "./standing";

// Data for the report-vs-data checker: the districts a viewer may check, the place of a district
// (for authorization), and the snapshot a report is compared with. A bounded number of queries.

export interface CheckableDistrict {
  code: string;
  name: string;
  kind: UnitKind;
  provinceName: string | null;
  validTo: Date | null;
}

/** Most districts any province has had, and then some: a bound, not a page size. */
const DISTRICT_LIMIT = 2000;
/** Units of one province (districts, communes, townships, wards): a bound. */
const UNIT_LIMIT = 20_000;

/** Districts whose data the scope may read, by province then name. One query. */
export async function listCheckableDistricts(scope: ReadScope): Promise<CheckableDistrict[]> {
  const rows = await prisma.adminUnit.findMany({
    where: {
      kind: "district",
      ...(scope.provinces === "all" ? {} : { parent: { code: { in: [...scope.provinces] } } }),
      ...(scope.districts === "all" ? {} : { code: { in: [...scope.districts] } }),
    },
    select: { code: true, name: true, kind: true, validTo: true, parent: { select: { code: true, name: true } } },
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }],
    take: DISTRICT_LIMIT,
  });
  return rows
    .filter((r) => canReadPlace(scope, { provinceCode: r.parent?.code ?? null, districtCode: r.code, communeCode: null }))
    .map((r) => ({ code: r.code, name: r.name, kind: r.kind as UnitKind, provinceName: r.parent?.name ?? null, validTo: r.validTo }))
    .sort((a, b) => compareVietnamese(a.provinceName ?? "", b.provinceName ?? "") || compareVietnamese(a.name, b.name));
}

/** Where a district (or a province without districts) sits, re-read for authorization; null when
 * the code is not such a unit. */
export async function getCheckTarget(code: string): Promise<Place | null> {
  const unit = await prisma.adminUnit.findUnique({ where: { code }, select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } });
  if (!unit) return null;
  if (unit.kind === "district") return { provinceCode: unit.parent?.kind === "province" ? unit.parent.code : null, districtCode: unit.code, communeCode: null };
  if (unit.kind === "province") return { provinceCode: unit.code, districtCode: null, communeCode: null };
  return null;
}

const counts = (s: CommuneStanding | null): ViewCounts | null =>
  s ? { met: s.met, nearlyMet: s.nearlyMet, notMet: s.notMet, notAssessed: s.notAssessed } : null;

/**
 * The data a report about this district is compared with, as recorded at `cutoff`: the
 * district's communes with their self-assessed and verified counts and their figure, and every
 * unit of the province with its other spellings (to resolve and flag names). Null when the unit
 * is not a district or province, or the scope may not read it.
 */
export async function getReportCheckSnapshot(scope: ReadScope, code: string, asOf: { iso: string; cutoff: Date }): Promise<CheckSnapshot | null> {
  const area = await getAreaStanding(scope, code, asOf.cutoff);
  if (!area) return null;
  const provinceCode = area.unit.kind === "province" ? area.unit.code : area.unit.parent?.kind === "province" ? area.unit.parent.code : null;
  if (!provinceCode) return null;

  const rows = await prisma.adminUnit.findMany({
    where: { OR: [{ code: provinceCode }, { parent: { code: provinceCode } }, { parent: { parent: { code: provinceCode } } }] },
    select: {
      code: true,
      name: true,
      kind: true,
      parent: { select: { code: true, kind: true } },
      aliases: { where: { kind: { not: "code" } }, select: { alias: true }, orderBy: { alias: "asc" } },
    },
    orderBy: { code: "asc" },
    take: UNIT_LIMIT,
  });
  const unitOf = (r: (typeof rows)[number]): CheckUnit => ({ code: r.code, name: r.name, kind: r.kind as UnitKind, aliases: r.aliases.map((a) => a.alias) });
  const provinceRow = rows.find((r) => r.code === provinceCode);
  const districtRow = rows.find((r) => r.code === area.unit.code);
  if (!provinceRow || !districtRow) return null;

  const communes: CheckCommune[] = area.communes.map((c) => ({
    code: c.unitCode,
    name: c.unitName,
    self: counts(c.self),
    verified: counts(c.verified),
    figure:
      c.figure.basis === "detailed"
        ? { criteriaMet: c.figure.criteriaMet, basis: "detailed" }
        : c.figure.basis === "document"
          ? { criteriaMet: c.figure.criteriaMet, basis: "document", documentLabel: c.figure.documentLabel }
          : null,
  }));

  return {
    asOf: asOf.iso,
    totalCriteria: area.set?.criteriaCount ?? 0,
    province: unitOf(provinceRow),
    district: unitOf(districtRow),
    units: rows
      .filter((r) => r.code !== provinceCode)
      .map((r) => ({ ...unitOf(r), districtCode: r.kind === "district" ? r.code : r.parent?.kind === "district" ? r.parent.code : null })),
    communes,
  };
}
