import type { PrismaClient } from "@/generated/prisma/client";
import { parseVietnameseDueDate } from "@/lib/domain/due-date";
import { foldDiacritics } from "@/lib/domain/text";
import { demoFileSchema, type DemoFile } from "@/lib/validation/demo";
import { LoaderError, isoDay, readValidated } from "./common";

// Loads a document's facts (units, departments, the inspection, standings, stated figures,
// recommendations) from a demo data file. Validated first, every reference checked, written in
// one transaction, loaded once: a second run finds the DataLoad row and changes nothing.

export interface DemoLoadSummary {
  name: string;
  units: number;
  criterionAssessments: number;
  indicatorAssessments: number;
  historyRows: number;
  figures: number;
  recommendations: number;
  dueDateWarnings: string[];
  unchanged: boolean;
}

export async function loadDemoFile(prisma: PrismaClient, file: string): Promise<DemoLoadSummary> {
  const { data, checksum } = readValidated(file, demoFileSchema);
  const loadName = `demo:${data.name}`;
  const empty = { units: 0, criterionAssessments: 0, indicatorAssessments: 0, historyRows: 0, figures: 0, recommendations: 0 };

  const previous = await prisma.dataLoad.findUnique({ where: { name: loadName } });
  if (previous) {
    if (previous.checksum !== checksum) {
      throw new LoaderError(
        `${file}: (root): a different version of "${data.name}" is already loaded; reset the database to load this one`,
      );
    }
    return { name: data.name, ...empty, dueDateWarnings: [], unchanged: true };
  }

  const set = await prisma.criteriaSet.findUnique({
    where: { code: data.criteriaSet },
    include: { criteria: { include: { indicators: { select: { id: true, code: true } } }, orderBy: { number: "asc" } } },
  });
  if (!set) throw new LoaderError(`${file}: criteriaSet: criteria set "${data.criteriaSet}" is not imported`);
  checkReferences(file, data, set.criteria);

  const criterionId = new Map(set.criteria.map((c) => [c.number, c.id]));
  const indicatorId = new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.id] as const)));
  const dueDateWarnings: string[] = [];
  const counts = { ...empty };

  await prisma.$transaction(
    async (tx) => {
      const docId = new Map<string, number>();
      for (const d of data.documents) {
        const fields = {
          kind: d.kind,
          number: d.number,
          issuedOn: d.issuedOn ? isoDay(d.issuedOn) : null,
          issuedOnText: d.issuedOnText ?? null,
          issuer: d.issuer,
          title: d.title,
          note: d.note ?? null,
        };
        const existing = await tx.document.findFirst({ where: { kind: d.kind, title: d.title }, select: { id: true } });
        const doc = existing
          ? await tx.document.update({ where: { id: existing.id }, data: fields })
          : await tx.document.create({ data: fields });
        docId.set(d.key, doc.id);
      }

      const province = await tx.adminUnit.upsert({
        where: { code: data.province.code },
        create: {
          code: data.province.code,
          kind: "province",
          name: data.province.name,
          searchName: foldDiacritics(data.province.name),
          regionCode: data.province.region,
        },
        update: {},
      });
      const district = await tx.adminUnit.upsert({
        where: { code: data.district.code },
        create: {
          code: data.district.code,
          kind: "district",
          name: data.district.name,
          searchName: foldDiacritics(data.district.name),
          parentId: province.id,
          validFrom: data.district.validFrom ? isoDay(data.district.validFrom) : null,
          validTo: data.district.validTo ? isoDay(data.district.validTo) : null,
        },
        update: {},
      });
      const unitId = new Map<string, number>([
        [data.province.code, province.id],
        [data.district.code, district.id],
      ]);
      for (const u of data.units) {
        const unit = await tx.adminUnit.create({
          data: {
            code: u.code,
            kind: u.kind,
            name: u.name,
            searchName: foldDiacritics(u.name),
            parentId: district.id,
            validFrom: u.validFrom ? isoDay(u.validFrom) : null,
            validTo: isoDay(u.validTo ?? data.district.validTo ?? "9999-12-31"),
            villageCount: u.villageCount ?? null,
            targetYear: u.targetYear ?? null,
            especiallyDisadvantaged: u.especiallyDisadvantaged ?? false,
          },
        });
        unitId.set(u.code, unit.id);
        counts.units++;
        for (const alias of u.aliases ?? []) {
          await tx.unitAlias.create({
            data: { unitId: unit.id, kind: "name", alias, searchName: foldDiacritics(alias), source: data.name },
          });
        }
        for (const code of u.formerCodes ?? []) {
          await tx.unitAlias.create({ data: { unitId: unit.id, kind: "code", alias: code, searchName: code, source: "GSO" } });
        }
      }

      const deptId = new Map<string, number>();
      for (const d of data.departments) {
        const dept = await tx.department.upsert({
          where: { code: d.code },
          create: { ...d, provinceId: province.id },
          update: {},
        });
        deptId.set(d.code, dept.id);
      }
      for (const a of data.assignments) {
        await tx.criterionDepartment.create({
          data: {
            criterionId: criterionId.get(a.criterion)!,
            indicatorId: a.indicator ? indicatorId.get(a.indicator)! : null,
            departmentId: deptId.get(a.department)!,
            role: a.role,
            documentId: docId.get(a.document)!,
          },
        });
      }

      const insp = data.inspection;
      const inspection = await tx.inspection.create({
        data: {
          title: insp.title,
          inspectedOn: isoDay(insp.inspectedOn),
          leadName: insp.leadName,
          leadTitle: insp.leadTitle,
          leadDepartmentId: deptId.get(insp.leadDepartment)!,
          strengths: insp.strengths,
          shortcomings: insp.shortcomings,
          reportDocumentId: docId.get(insp.report)!,
          basis: { create: insp.basis.map((key, i) => ({ documentId: docId.get(key)!, sortOrder: i })) },
          members: {
            create: insp.members.map((m, i) => ({
              departmentId: deptId.get(m.department)!,
              role: m.role,
              representative: m.representative ?? null,
              sortOrder: i,
            })),
          },
          units: { create: insp.unitsVisited.map((code) => ({ unitId: unitId.get(code)! })) },
        },
      });

      for (const a of data.assessments) {
        const communeId = unitId.get(a.commune)!;
        const effectiveAt = isoDay(a.effectiveAt);
        const documentId = docId.get(a.document)!;
        const reasonFor = (note?: string) => (note ? `${note} (báo cáo kiểm tra, mục ${a.section})` : `Theo báo cáo kiểm tra, mục ${a.section}`);
        const who = { assessedByName: a.actorName, effectiveAt };
        for (const c of set.criteria) {
          const entry = a.criteria[String(c.number)];
          const status = entry?.status ?? a.allOthers;
          await tx.criterionAssessment.create({
            data: { communeId, criterionId: c.id, view: a.view, status, note: entry?.note ?? null, ...who, inspectionId: inspection.id },
          });
          await tx.assessmentHistory.create({
            data: {
              communeId,
              criterionId: c.id,
              view: a.view,
              field: "status",
              oldValue: null,
              newValue: status,
              reason: reasonFor(entry?.note),
              actorName: a.actorName,
              documentId,
              inspectionId: inspection.id,
              effectiveAt,
            },
          });
          counts.criterionAssessments++;
          counts.historyRows++;
        }
        for (const [code, v] of Object.entries(a.indicators ?? {})) {
          const value = {
            valueNumber: v.valueNumber ?? null,
            denominator: v.denominator ?? null,
            valueBool: v.valueBool ?? null,
            secondaryValue: v.secondaryValue ?? null,
            referenceYear: v.referenceYear ?? null,
            status: v.status ?? null,
            overrideReason: v.overrideReason ?? null,
          };
          const indId = indicatorId.get(code)!;
          await tx.indicatorAssessment.create({
            data: { communeId, indicatorId: indId, view: a.view, ...value, note: v.note ?? null, ...who },
          });
          await tx.assessmentHistory.create({
            data: {
              communeId,
              criterionId: criterionId.get(Number(code.split(".")[0]))!,
              indicatorId: indId,
              view: a.view,
              field: "value",
              oldValue: null,
              newValue: JSON.stringify({ ...value, note: v.note ?? null }),
              reason: reasonFor(),
              actorName: a.actorName,
              documentId,
              inspectionId: inspection.id,
              effectiveAt,
            },
          });
          counts.indicatorAssessments++;
          counts.historyRows++;
        }
      }

      for (const f of data.figures) {
        await tx.documentFigure.create({
          data: {
            documentId: docId.get(f.document)!,
            unitId: unitId.get(f.unit)!,
            setId: set.id,
            metric: f.metric,
            param: f.param ?? null,
            value: f.value,
            asOf: isoDay(f.asOf ?? insp.inspectedOn),
            section: f.section,
            quote: f.quote,
          },
        });
        counts.figures++;
      }

      for (const [i, r] of data.recommendations.entries()) {
        const parsed = r.dueText ? parseVietnameseDueDate(r.dueText) : null;
        if (parsed?.warning) dueDateWarnings.push(`recommendations.${i}.dueText "${r.dueText}": ${parsed.warning}`);
        const d = parsed?.date;
        await tx.recommendation.create({
          data: {
            inspectionId: inspection.id,
            addresseeKind: "department" in r.addressee || "text" in r.addressee ? "department" : unitKindOf(data, r.addressee.unit),
            addresseeDepartmentId: "department" in r.addressee ? deptId.get(r.addressee.department)! : null,
            addresseeUnitId: "unit" in r.addressee ? unitId.get(r.addressee.unit)! : null,
            addresseeText: "text" in r.addressee ? r.addressee.text : null,
            communeId: r.commune ? unitId.get(r.commune)! : null,
            criterionId: r.criterion ? criterionId.get(r.criterion)! : null,
            indicatorId: r.indicator ? indicatorId.get(r.indicator)! : null,
            text: r.text,
            dueDate: d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null,
            dueText: r.dueText ?? null,
            status: "open",
            sourceSection: r.section,
            sortOrder: i + 1,
            createdAt: isoDay(insp.inspectedOn),
          },
        });
        counts.recommendations++;
      }

      await tx.dataLoad.create({ data: { name: loadName, checksum } });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { name: data.name, ...counts, dueDateWarnings, unchanged: false };
}

function unitKindOf(data: DemoFile, code: string): "district" | "commune" {
  return code === data.district.code ? "district" : "commune";
}

/** Every key the file uses must name something the file or the criteria set defines. */
function checkReferences(
  file: string,
  data: DemoFile,
  criteria: { number: number; indicators: { code: string }[] }[],
): void {
  const problems: string[] = [];
  const at = (path: string, msg: string) => problems.push(`${file}: ${path}: ${msg}`);
  const docs = new Set(data.documents.map((d) => d.key));
  const units = new Set([data.province.code, data.district.code, ...data.units.map((u) => u.code)]);
  const communes = new Set(data.units.filter((u) => u.kind === "commune").map((u) => u.code));
  const depts = new Set(data.departments.map((d) => d.code));
  const crit = new Set(criteria.map((c) => c.number));
  const inds = new Set(criteria.flatMap((c) => c.indicators.map((i) => i.code)));

  const dupes = (list: string[]) => list.filter((v, i) => list.indexOf(v) !== i);
  for (const d of dupes(data.units.map((u) => u.code))) at("units", `duplicate unit code ${d}`);
  for (const d of dupes(data.documents.map((x) => x.key))) at("documents", `duplicate document key ${d}`);

  data.assignments.forEach((a, i) => {
    if (!crit.has(a.criterion)) at(`assignments.${i}.criterion`, `unknown criterion ${a.criterion}`);
    if (a.indicator && !inds.has(a.indicator)) at(`assignments.${i}.indicator`, `unknown indicator ${a.indicator}`);
    if (!depts.has(a.department)) at(`assignments.${i}.department`, `unknown department ${a.department}`);
    if (!docs.has(a.document)) at(`assignments.${i}.document`, `unknown document ${a.document}`);
  });
  const insp = data.inspection;
  if (!depts.has(insp.leadDepartment)) at("inspection.leadDepartment", `unknown department ${insp.leadDepartment}`);
  if (!docs.has(insp.report)) at("inspection.report", `unknown document ${insp.report}`);
  insp.basis.forEach((k, i) => !docs.has(k) && at(`inspection.basis.${i}`, `unknown document ${k}`));
  insp.members.forEach((m, i) => !depts.has(m.department) && at(`inspection.members.${i}.department`, `unknown department ${m.department}`));
  insp.unitsVisited.forEach((c, i) => !units.has(c) && at(`inspection.unitsVisited.${i}`, `unknown unit ${c}`));

  data.assessments.forEach((a, i) => {
    if (!communes.has(a.commune)) at(`assessments.${i}.commune`, `${a.commune} is not a commune of this file`);
    if (!docs.has(a.document)) at(`assessments.${i}.document`, `unknown document ${a.document}`);
    Object.keys(a.criteria).forEach((n) => !crit.has(Number(n)) && at(`assessments.${i}.criteria.${n}`, `unknown criterion ${n}`));
    Object.keys(a.indicators ?? {}).forEach((c) => !inds.has(c) && at(`assessments.${i}.indicators.${c}`, `unknown indicator ${c}`));
  });
  const seen = new Set<string>();
  data.assessments.forEach((a, i) => {
    const key = `${a.commune}/${a.view}`;
    if (seen.has(key)) at(`assessments.${i}`, `a second ${a.view} assessment of ${a.commune}`);
    seen.add(key);
  });
  data.figures.forEach((f, i) => {
    if (!units.has(f.unit)) at(`figures.${i}.unit`, `unknown unit ${f.unit}`);
    if (!docs.has(f.document)) at(`figures.${i}.document`, `unknown document ${f.document}`);
    if (f.metric === "criteria_met" && f.value > criteria.length) at(`figures.${i}.value`, `more than the set's ${criteria.length} criteria`);
  });
  data.recommendations.forEach((r, i) => {
    const a = r.addressee;
    if ("unit" in a && !units.has(a.unit)) at(`recommendations.${i}.addressee.unit`, `unknown unit ${a.unit}`);
    if ("department" in a && !depts.has(a.department)) at(`recommendations.${i}.addressee.department`, `unknown department ${a.department}`);
    if (r.commune && !communes.has(r.commune)) at(`recommendations.${i}.commune`, `unknown commune ${r.commune}`);
    if (r.criterion && !crit.has(r.criterion)) at(`recommendations.${i}.criterion`, `unknown criterion ${r.criterion}`);
    if (r.indicator && !inds.has(r.indicator)) at(`recommendations.${i}.indicator`, `unknown indicator ${r.indicator}`);
    if (r.indicator && r.criterion && r.indicator.split(".")[0] !== String(r.criterion)) {
      at(`recommendations.${i}.indicator`, `indicator ${r.indicator} is not part of criterion ${r.criterion}`);
    }
  });
  if (problems.length) throw new LoaderError(problems.join("\n"));
}
