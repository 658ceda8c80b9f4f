import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { classifySearchQuery, matchedAlias, rankSearchHits } from "@/lib/domain/search-query";
import type { UnitKind } from "@/lib/domain/types";

export interface SearchResult {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  parentName: string | null;
  parentKind: UnitKind | null;
  /** The unit's last day of existence, when it was merged or dissolved. */
  validTo: Date | null;
  /** The other spelling or former code that matched, when the name or code alone does not. */
  matchedAlias: string | null;
}

/** Candidates read before ranking: far more than any page shows, and still a bounded read. */
const CANDIDATE_LIMIT = 200;

/** Units of the provinces in scope (a province, or anything up to three levels below one). */
function scopeWhere(scope: ReadScope): Prisma.AdminUnitWhereInput {
  const and: Prisma.AdminUnitWhereInput[] = [];
  if (scope.provinces !== "all") {
    const codes = [...scope.provinces];
    and.push({
      OR: [
        { kind: "province", code: { in: codes } },
        { parent: { code: { in: codes } } },
        { parent: { parent: { code: { in: codes } } } },
        { parent: { parent: { parent: { code: { in: codes } } } } },
      ],
    });
  }
  // A district officer sees the district and what lies below it; a commune official, the commune.
  if (scope.districts !== "all") {
    const codes = [...scope.districts];
    and.push({ OR: [{ kind: "district", code: { in: codes } }, { parent: { code: { in: codes }, kind: "district" } }, { parent: { parent: { code: { in: codes }, kind: "district" } } }] });
  }
  if (scope.communes !== "all") {
    const codes = [...scope.communes];
    and.push({ OR: [{ kind: "commune", code: { in: codes } }, { parent: { code: { in: codes }, kind: "commune" } }] });
  }
  return and.length ? { AND: and } : {};
}

/**
 * Units whose name or another spelling holds every word of the query, compared without case or
 * diacritics ("huu le" → Hữu Lễ, "diem he" → Điềm He, also known as Diềm He), or whose GSO code
 * (current or former) starts with the digits typed ("06322", "184"). Best matches first; empty
 * when the query is empty or too long. One query.
 */
export async function searchUnits(scope: ReadScope, query: string, { limit = 20 }: { limit?: number } = {}): Promise<SearchResult[]> {
  const q = classifySearchQuery(query);
  if (q.kind !== "code" && q.kind !== "name") return [];

  const match: Prisma.AdminUnitWhereInput =
    q.kind === "code"
      ? { OR: [{ code: { startsWith: q.code } }, { aliases: { some: { kind: "code", searchName: { startsWith: q.code } } } }] }
      : {
          AND: q.words.map((w) => ({
            OR: [{ searchName: { contains: w } }, { aliases: { some: { kind: { not: "code" }, searchName: { contains: w } } } }],
          })),
        };

  const rows = await prisma.adminUnit.findMany({
    where: { AND: [match, scopeWhere(scope)] },
    select: {
      code: true,
      name: true,
      kind: true,
      validTo: true,
      parent: { select: { code: true, name: true, kind: true } },
      aliases: { select: { alias: true, kind: true }, orderBy: { alias: "asc" } },
    },
    orderBy: { code: "asc" },
    take: CANDIDATE_LIMIT,
  });

  const hits = rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as UnitKind,
    parentCode: r.parent?.code ?? null,
    parentName: r.parent?.name ?? null,
    parentKind: (r.parent?.kind as UnitKind | undefined) ?? null,
    validTo: r.validTo,
    matchedAlias: matchedAlias(q, r, r.aliases),
  }));
  return rankSearchHits(q, hits).slice(0, Math.max(0, limit));
}
