import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { compareVietnamese } from "@/lib/domain/text";
import type { UnitKind } from "@/lib/domain/types";
import { canReadPlace, inScope, placeOf } from "./scope";

export interface UnitRef {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface UnitDetail extends UnitRef {
  id: number;
  parentCode: string | null;
  /** From the province down to the parent. */
  ancestors: UnitRef[];
  children: UnitRef[];
  validFrom: Date | null;
  validTo: Date | null;
  /** The region that selects targets, inherited from the nearest ancestor that has one. */
  regionCode: string | null;
  especiallyDisadvantaged: boolean;
  villageCount: number | null;
  targetYear: number | null;
  aliases: string[];
  provinceId: number | null;
}

const refSelect = { id: true, code: true, name: true, kind: true, regionCode: true, parentId: true } as const;

/** A unit by GSO code with its ancestors and children; null when unknown or out of scope. */
export async function getUnit(scope: ReadScope, code: string): Promise<UnitDetail | null> {
  const unit = await prisma.adminUnit.findUnique({
    where: { code },
    select: {
      ...refSelect,
      validFrom: true,
      validTo: true,
      especiallyDisadvantaged: true,
      villageCount: true,
      targetYear: true,
      aliases: { where: { kind: "name" }, select: { alias: true }, orderBy: { alias: "asc" } },
      children: { select: { code: true, name: true, kind: true } },
      parent: { select: { ...refSelect, parent: { select: { ...refSelect, parent: { select: refSelect } } } } },
    },
  });
  if (!unit) return null;
  const chain: { id: number; code: string; name: string; kind: string; regionCode: string | null }[] = [];
  for (let p: (typeof unit)["parent"] | null | undefined = unit.parent; p; p = (p as { parent?: typeof p }).parent ?? null) {
    chain.unshift(p);
  }
  const province = [...chain, unit].find((u) => u.kind === "province");
  if (!canReadPlace(scope, placeOf(unit, [...chain].reverse()))) return null;
  const regionCode = [unit, ...[...chain].reverse()].find((u) => u.regionCode)?.regionCode ?? null;
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind as UnitKind,
    parentCode: unit.parent?.code ?? null,
    ancestors: chain.map((u) => ({ code: u.code, name: u.name, kind: u.kind as UnitKind })),
    children: unit.children.map((c) => ({ ...c, kind: c.kind as UnitKind })).sort((a, b) => compareVietnamese(a.name, b.name)),
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    regionCode,
    especiallyDisadvantaged: unit.especiallyDisadvantaged,
    villageCount: unit.villageCount,
    targetYear: unit.targetYear,
    aliases: unit.aliases.map((a) => a.alias),
    provinceId: province?.id ?? null,
  };
}

/** Provinces with their districts (for the home page). */
export async function listProvinces(scope: ReadScope) {
  const provinces = await prisma.adminUnit.findMany({
    where: { kind: "province" },
    select: {
      code: true,
      name: true,
      children: {
        where: { kind: "district" },
        select: { code: true, name: true, validTo: true, _count: { select: { children: { where: { kind: "commune" } } } } },
      },
    },
  });
  return provinces
    .filter((p) => inScope(scope, p.code))
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((p) => ({
      code: p.code,
      name: p.name,
      districts: p.children
        .map((d) => ({ code: d.code, name: d.name, validTo: d.validTo, communeCount: d._count.children }))
        .sort((a, b) => compareVietnamese(a.name, b.name)),
    }));
}
