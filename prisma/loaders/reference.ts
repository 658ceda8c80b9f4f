import type { PrismaClient } from "@/generated/prisma/client";
import {
  referenceFileSchema,
  targetYearsSchema,
  type ReferenceFile,
  type ReferenceTarget,
} from "@/lib/validation/reference";
import { LoaderError, isoDay, readValidated, sha256 } from "./common";

// Loads a national criteria set (set → groups → criteria → indicators → targets) from a
// reference JSON file. Validated first, written in one transaction, idempotent: running it again
// with the same file changes nothing; with a corrected file it updates the set in place.

/** Confidence labels that count as a recorded target. "secondary-conflict" (sources disagree)
 * and anything unlabelled are stored with verified = false: the rules treat them as
 * "no target recorded" and the UI shows the value only as unconfirmed. */
const CONFIRMED = new Set(["secondary-multi", "secondary-single", "assumed-uniform"]);
const KNOWN_TARGET_KEYS = new Set(["op", "value", "cleanWaterMin", "unit", "confidence", "sources", "note", "year"]);

export interface ReferenceImportSummary {
  set: string;
  criteria: number;
  indicators: number;
  targets: number;
  unverifiedTargets: number;
  skippedNullTargets: number;
  unchanged: boolean;
}

type TargetYears = { set: string; indicator: string; year: number; basis: string }[];

export function readTargetYears(file: string): TargetYears {
  return readValidated(file, targetYearsSchema).data;
}

export async function importReferenceFile(
  prisma: PrismaClient,
  file: string,
  targetYears: TargetYears = [],
): Promise<ReferenceImportSummary> {
  const { data, checksum } = readValidated(file, referenceFileSchema);
  const loadName = `reference:${data.criteriaSet.code}`;
  const fullChecksum = sha256(checksum + JSON.stringify(targetYears.filter((t) => t.set === data.criteriaSet.code)));

  for (const ty of targetYears.filter((t) => t.set === data.criteriaSet.code)) {
    const found = data.criteria.some((c) => c.indicators.some((i) => i.code === ty.indicator));
    if (!found) throw new LoaderError(`${file}: target year names unknown indicator ${ty.indicator}`);
  }

  const previous = await prisma.dataLoad.findUnique({ where: { name: loadName } });
  const counts = countTargets(data);
  if (previous?.checksum === fullChecksum) {
    return { set: data.criteriaSet.code, ...counts, unchanged: true };
  }

  await prisma.$transaction(
    async (tx) => {
      for (const area of data.regions) {
        const kind = /^NHOM/.test(area.code) ? "commune_group" : "region";
        await tx.targetArea.upsert({
          where: { code: area.code },
          create: { code: area.code, kind, name: area.name, nameEn: area.nameEn ?? null, definition: area.definition ?? null },
          update: { kind, name: area.name, nameEn: area.nameEn ?? null, definition: area.definition ?? null },
        });
      }
      const cs = data.criteriaSet;
      const setFields = {
        name: cs.name,
        nameEn: cs.nameEn ?? null,
        period: cs.period ?? null,
        legalBasis: cs.legalBasis ?? null,
        issuedOn: cs.issued ? isoDay(cs.issued) : null,
        effectiveFrom: cs.effectiveFrom ? isoDay(cs.effectiveFrom) : null,
        targetAreaKind: data.regions.every((r) => /^NHOM/.test(r.code)) ? "commune_group" : "region",
        declaredCriteriaCount: cs.criteriaCount ?? null,
        declaredIndicatorCount: cs.indicatorCount ?? null,
        sourcesJson: data.sources ? JSON.stringify(data.sources) : null,
      };
      const set = await tx.criteriaSet.upsert({
        where: { code: cs.code },
        create: { code: cs.code, ...setFields },
        update: setFields,
      });

      const groupIds = new Map<number, number>();
      for (const [order, g] of cs.groups.entries()) {
        const group = await tx.criterionGroup.upsert({
          where: { setId_code: { setId: set.id, code: g.code } },
          create: { setId: set.id, code: g.code, name: g.name, nameEn: g.nameEn ?? null, sortOrder: order + 1 },
          update: { name: g.name, nameEn: g.nameEn ?? null, sortOrder: order + 1 },
        });
        for (const n of g.criteria) groupIds.set(n, group.id);
      }

      for (const c of data.criteria) {
        const critFields = {
          groupId: groupIds.get(c.number) ?? null,
          name: c.name,
          nameEn: c.nameEn ?? null,
          indicatorsComplete: c.indicatorsComplete ?? true,
          note: c.notes ?? null,
        };
        const criterion = await tx.criterion.upsert({
          where: { setId_number: { setId: set.id, number: c.number } },
          create: { setId: set.id, number: c.number, ...critFields },
          update: critFields,
        });
        for (const [order, ind] of c.indicators.entries()) {
          const indFields = {
            content: ind.content,
            contentEn: ind.contentEn ?? null,
            kind: ind.kind,
            unit: ind.unit ?? null,
            contentVerified: ind.contentVerified ?? true,
            sortOrder: order + 1,
            note: ind.notes ?? null,
          };
          const indicator = await tx.indicator.upsert({
            where: { criterionId_code: { criterionId: criterion.id, code: ind.code } },
            create: { criterionId: criterion.id, code: ind.code, ...indFields },
            update: indFields,
          });
          const year = targetYears.find((t) => t.set === cs.code && t.indicator === ind.code)?.year ?? null;
          const keep: number[] = [];
          for (const [areaCode, target] of Object.entries(ind.targets)) {
            const row = targetRow(target, year);
            if (!row) continue; // null target or no threshold: "no target recorded"
            const existing = await tx.indicatorTarget.findFirst({
              where: { indicatorId: indicator.id, areaCode, year: row.year, provinceId: null },
              select: { id: true },
            });
            const saved = existing
              ? await tx.indicatorTarget.update({ where: { id: existing.id }, data: row })
              : await tx.indicatorTarget.create({ data: { indicatorId: indicator.id, areaCode, ...row } });
            keep.push(saved.id);
          }
          // National targets the file no longer gives are removed; provinces' own targets stay.
          await tx.indicatorTarget.deleteMany({
            where: { indicatorId: indicator.id, provinceId: null, id: { notIn: keep } },
          });
        }
      }
      await tx.dataLoad.upsert({
        where: { name: loadName },
        create: { name: loadName, checksum: fullChecksum },
        update: { checksum: fullChecksum, loadedAt: new Date() },
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { set: data.criteriaSet.code, ...counts, unchanged: false };
}

function targetRow(t: ReferenceTarget | null, yearFromOverlay: number | null) {
  if (!t) return null;
  const valueNumber = typeof t.value === "number" ? t.value : null;
  const valueText = typeof t.value === "string" ? t.value : null;
  if (valueNumber === null && valueText === null) return null;
  const details = Object.fromEntries(Object.entries(t).filter(([k]) => !KNOWN_TARGET_KEYS.has(k)));
  return {
    year: t.year ?? yearFromOverlay,
    op: t.op,
    valueNumber,
    valueText,
    secondaryMin: t.cleanWaterMin ?? null,
    unit: t.unit ?? null,
    verified: t.confidence !== undefined && CONFIRMED.has(t.confidence),
    confidence: t.confidence ?? null,
    sourcesJson: t.sources ? JSON.stringify(t.sources) : null,
    note: t.note ?? null,
    detailsJson: Object.keys(details).length ? JSON.stringify(details) : null,
  };
}

function countTargets(data: ReferenceFile) {
  let targets = 0;
  let unverifiedTargets = 0;
  let skippedNullTargets = 0;
  let indicators = 0;
  for (const c of data.criteria) {
    for (const ind of c.indicators) {
      indicators++;
      for (const t of Object.values(ind.targets)) {
        const row = targetRow(t, null);
        if (!row) skippedNullTargets++;
        else {
          targets++;
          if (!row.verified) unverifiedTargets++;
        }
      }
    }
  }
  return { criteria: data.criteria.length, indicators, targets, unverifiedTargets, skippedNullTargets };
}
