import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { checkConsistency, communeMetric, selfVsVerified, type ConsistencyRow, type ViewDisagreement } from "@/lib/domain/consistency";
import { criterionStatusFromIndicators, type CriterionDerivation } from "@/lib/domain/criterion";
import { gapList, type GapList } from "@/lib/domain/gaps";
import { viewDisagreements, type ViewPair } from "@/lib/domain/inspection";
import { DEFAULT_AREA_CODE, evaluateIndicator, selectTarget, type IndicatorResult } from "@/lib/domain/indicator";
import { communeStanding, standingAsOf, standingFigure, type CommuneStanding, type StandingFigure } from "@/lib/domain/standing";
import type { DepartmentRole, IndicatorValue, RecommendationStatus, Status, Target, TargetOp, View } from "@/lib/domain/types";
import { asStatus, documentLabel } from "./standing";
import { getUnit, type UnitDetail } from "./units";

// Everything the commune page and the standing API show about one commune on a date.

export interface ViewState {
  status: Status;
  note: string | null;
  effectiveAt: Date | null;
  actor: string | null;
}

export interface IndicatorView {
  code: string;
  content: string;
  kind: string;
  unit: string | null;
  contentVerified: boolean;
  target: Target | null;
  /** Confidence label of the selected target (e.g. "secondary-conflict"). */
  targetConfidence: string | null;
  /** The national general ("default") target, for information only: never used for a result.
   * Null when the commune has no region of its own (then `target` already is the national one). */
  referenceTarget: Target | null;
  values: Record<"self" | "verified", (IndicatorValue & { referenceYear: number | null; note: string | null }) | null>;
  results: Record<"self" | "verified", IndicatorResult | null>;
}

/** The inspection team's observation (the third view), with the inspection it came from. */
export interface InspectionViewState extends ViewState {
  inspection: { id: number; title: string; inspectedOn: Date } | null;
}

export interface CriterionView {
  number: number;
  name: string;
  departments: { code: string; name: string; shortName: string; role: DepartmentRole }[];
  self: ViewState;
  verified: ViewState;
  /** What the latest inspection team observed up to the date (not assessed when none did). */
  inspection: InspectionViewState;
  /** The pairs of views that disagree (both assessed, different). */
  viewPairs: ViewPair[];
  indicators: IndicatorView[];
  indicatorsComplete: boolean;
  /** What the indicators alone say for the verified view. */
  derivedVerified: CriterionDerivation;
}

export interface RecognitionView {
  /** ntm | advanced | model */
  tier: string;
  recognizedOn: Date;
  documentNumber: string | null;
  documentLabel: string | null;
}

export interface CommuneDetail {
  unit: UnitDetail;
  /** Recognition decisions in force on the date, most recent first. */
  recognitions: RecognitionView[];
  set: { code: string; name: string; criteriaCount: number } | null;
  groups: { code: string | null; name: string | null; criteria: CriterionView[] }[];
  standing: Record<"self" | "verified", CommuneStanding | null>;
  figure: StandingFigure;
  disagreements: ViewDisagreement[];
  gaps: GapList;
  /** What documents state about this commune, checked against its detailed standing. */
  consistency: ConsistencyRow[];
  /** Inspections that visited the commune (or observed it) up to the date, newest first. Whoever
   * reads the commune may open them (an inspection is read by the readers of a unit it visited). */
  inspections: { id: number; title: string; inspectedOn: Date }[];
  /** True when some criterion has an inspection team's observation up to the date. */
  hasObservations: boolean;
  recommendations: {
    id: number;
    text: string;
    dueDate: Date | null;
    dueText: string | null;
    status: RecommendationStatus;
    addressee: string;
    criterionNumber: number | null;
    sourceSection: string | null;
  }[];
}

const documentFields = { kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } as const;

/** The history fields the standing on a date is computed from (commune and criterion pages). */
export const historyRowSelect = {
  id: true,
  criterionId: true,
  indicatorId: true,
  view: true,
  field: true,
  newValue: true,
  reason: true,
  actorName: true,
  actor: { select: { displayName: true } },
  effectiveAt: true,
  recordedAt: true,
} as const;

const EMPTY_VIEW: ViewState = { status: "not_assessed", note: null, effectiveAt: null, actor: null };

/** A commune's standing on a date; null when unknown, out of scope or not a commune. */
export async function getCommuneDetail(scope: ReadScope, code: string, cutoff: Date, now: Date): Promise<CommuneDetail | null> {
  const unit = await getUnit(scope, code);
  if (!unit || unit.kind !== "commune") return null;

  const [history, figures, recs, recognitions, inspections] = await Promise.all([
    prisma.assessmentHistory.findMany({
      where: { communeId: unit.id, effectiveAt: { lte: cutoff }, field: { in: ["status", "value"] } },
      select: { ...historyRowSelect, inspectionId: true, criterion: { select: { setId: true } } },
      orderBy: { id: "asc" },
    }),
    prisma.documentFigure.findMany({
      where: { unitId: unit.id, asOf: { lte: cutoff } },
      select: { id: true, setId: true, metric: true, value: true, section: true, quote: true, asOf: true, document: { select: documentFields } },
      orderBy: [{ asOf: "asc" }, { id: "asc" }],
    }),
    prisma.recommendation.findMany({
      where: { communeId: unit.id, createdAt: { lte: cutoff } },
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
        criterion: { select: { number: true } },
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "first" } }, { sortOrder: "asc" }],
    }),
    prisma.recognition.findMany({
      where: { unitId: unit.id, recognizedOn: { lte: cutoff }, OR: [{ revokedOn: null }, { revokedOn: { gt: cutoff } }] },
      select: { tier: true, recognizedOn: true, document: { select: documentFields } },
      orderBy: [{ recognizedOn: "desc" }, { id: "desc" }],
    }),
    // One statement: the inspections that visited the commune or observed its criteria.
    prisma.inspection.findMany({
      where: { inspectedOn: { lte: cutoff }, OR: [{ units: { some: { unitId: unit.id } } }, { history: { some: { communeId: unit.id, view: "inspection" } } }] },
      select: { id: true, title: true, inspectedOn: true },
      orderBy: [{ inspectedOn: "desc" }, { id: "desc" }],
      take: 50,
    }),
  ]);

  // The set: the one the commune's history or figures use (most recent in force); else the latest in force.
  const setIds = new Set<number>([
    ...history.map((h) => h.criterion?.setId).filter((x): x is number => x !== undefined),
    ...figures.map((f) => f.setId).filter((x): x is number => x !== null),
  ]);
  const set = await prisma.criteriaSet.findFirst({
    where: setIds.size ? { id: { in: [...setIds] } } : { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: cutoff } }] },
    orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } },
    select: {
      id: true,
      code: true,
      name: true,
      groups: { select: { id: true, code: true, name: true }, orderBy: { sortOrder: "asc" } },
      criteria: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          groupId: true,
          indicatorsComplete: true,
          departments: {
            where: { OR: [{ department: { provinceId: unit.provinceId } }, { department: { provinceId: null } }] },
            select: { role: true, department: { select: { code: true, name: true, shortName: true } } },
          },
          indicators: {
            orderBy: { sortOrder: "asc" },
            select: {
              id: true,
              code: true,
              content: true,
              kind: true,
              unit: true,
              contentVerified: true,
              targets: {
                // The commune's own area, plus the national general target kept only as reference.
                where: {
                  OR: [{ provinceId: null }, { provinceId: unit.provinceId }],
                  ...(unit.regionCode ? { areaCode: { in: [unit.regionCode, DEFAULT_AREA_CODE] } } : {}),
                },
                select: { areaCode: true, year: true, provinceId: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, verified: true, confidence: true },
              },
            },
          },
        },
      },
    },
  });

  const latest = standingAsOf(
    history.map((h) => ({ ...h, subjectKey: h.field === "status" ? `status:${h.criterionId}:${h.view}` : `value:${h.indicatorId}:${h.view}` })),
    cutoff,
  );
  const viewState = (criterionId: number, view: View): ViewState => {
    const row = latest.get(`status:${criterionId}:${view}`);
    return row ? { status: asStatus(row.newValue), note: row.reason, effectiveAt: row.effectiveAt, actor: row.actor?.displayName ?? row.actorName } : EMPTY_VIEW;
  };
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const inspectionState = (criterionId: number): InspectionViewState => {
    const row = latest.get(`status:${criterionId}:inspection`);
    if (!row) return { ...EMPTY_VIEW, inspection: null };
    return {
      status: asStatus(row.newValue),
      note: row.reason,
      effectiveAt: row.effectiveAt,
      actor: row.actor?.displayName ?? row.actorName,
      inspection: row.inspectionId !== null ? (inspectionById.get(row.inspectionId) ?? null) : null,
    };
  };
  const valueOf = (indicatorId: number, view: View) => {
    const row = latest.get(`value:${indicatorId}:${view}`);
    return row?.newValue ? parseValue(row.newValue) : null;
  };
  const cutoffYear = new Date(cutoff.getTime() + 7 * 3600_000).getUTCFullYear();

  const criteria: CriterionView[] = (set?.criteria ?? []).map((c) => {
    const indicators: IndicatorView[] = c.indicators.map((ind) => {
      const values = { self: valueOf(ind.id, "self"), verified: valueOf(ind.id, "verified") };
      const targets = ind.targets.map((t) => ({ ...t, op: t.op as TargetOp }));
      const pick = (year: number) => selectTarget(targets, { areaCode: unit.regionCode, year, provinceId: unit.provinceId });
      const result = (v: IndicatorView["values"]["self"]) =>
        v ? evaluateIndicator(ind.kind, pick(v.referenceYear ?? cutoffYear), v) : null;
      const shownYear = values.verified?.referenceYear ?? values.self?.referenceYear ?? cutoffYear;
      const shown = pick(shownYear);
      const hasOwnArea = unit.regionCode !== null && unit.regionCode !== DEFAULT_AREA_CODE;
      return {
        code: ind.code,
        content: ind.content,
        kind: ind.kind,
        unit: ind.unit,
        contentVerified: ind.contentVerified,
        target: shown,
        targetConfidence: shown ? (ind.targets.find((t) => t.areaCode === shown.areaCode && t.year === shown.year && t.provinceId === shown.provinceId)?.confidence ?? null) : null,
        referenceTarget: hasOwnArea ? selectTarget(targets, { areaCode: DEFAULT_AREA_CODE, year: shownYear, provinceId: unit.provinceId }) : null,
        values,
        results: { self: result(values.self), verified: result(values.verified) },
      };
    });
    const verifiedResults = indicators.map((i) => i.results.verified).filter((r): r is IndicatorResult => r !== null);
    const self = viewState(c.id, "self");
    const verified = viewState(c.id, "verified");
    const inspection = inspectionState(c.id);
    return {
      number: c.number,
      name: c.name,
      departments: c.departments
        .map((d) => ({ ...d.department, role: d.role as DepartmentRole }))
        .sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1)),
      self,
      verified,
      inspection,
      viewPairs: viewDisagreements({ self: self.status, verified: verified.status, inspection: inspection.status }),
      indicators,
      indicatorsComplete: c.indicatorsComplete,
      derivedVerified: criterionStatusFromIndicators(verifiedResults, { indicatorsComplete: c.indicatorsComplete && verifiedResults.length === indicators.length }),
    };
  });

  const total = set?.criteria.length ?? 0;
  const countView = (view: "self" | "verified") => {
    const rows = criteria.map((c) => ({ criterionNumber: c.number, status: c[view].status }));
    return rows.some((r) => r.status !== "not_assessed") ? communeStanding(rows, total) : null;
  };
  const standing = { self: countView("self"), verified: countView("verified") };
  const docTotal = [...figures].reverse().find((f) => f.metric === "criteria_met" && (set ? f.setId === set.id || f.setId === null : true));
  const figure = standingFigure({
    detailed: standing.verified ? { met: standing.verified.met, assessedCount: standing.verified.total - standing.verified.notAssessed } : null,
    documentTotal: docTotal ? { criteriaMet: docTotal.value, documentLabel: documentLabel(docTotal.document), asOf: docTotal.asOf } : null,
    total,
  });

  const recommendations = recs.map((r) => ({
    id: r.id,
    text: r.text,
    dueDate: r.dueDate,
    dueText: r.dueText,
    status: r.status as RecommendationStatus,
    addressee:
      r.addresseeDepartment?.name ??
      (r.addresseeUnit ? `UBND ${r.addresseeUnit.kind === "district" ? "huyện" : "xã"} ${r.addresseeUnit.name}` : (r.addresseeText ?? "")),
    criterionNumber: r.criterion?.number ?? null,
    sourceSection: r.sourceSection,
  }));

  const groups = (set?.groups.length ? set.groups : [{ id: null, code: null, name: null }]).map((g) => ({
    code: g.code,
    name: g.name,
    criteria: criteria.filter((c) => (g.id === null ? true : set?.criteria.find((x) => x.number === c.number)?.groupId === g.id)),
  }));

  return {
    unit,
    recognitions: recognitions.map((r) => ({
      tier: r.tier,
      recognizedOn: r.recognizedOn,
      documentNumber: r.document?.number ?? null,
      documentLabel: r.document ? documentLabel(r.document) : null,
    })),
    set: set ? { code: set.code, name: set.name, criteriaCount: total } : null,
    groups,
    inspections,
    hasObservations: criteria.some((c) => c.inspection.effectiveAt !== null),
    standing,
    figure,
    disagreements: selfVsVerified(criteria.map((c) => ({ number: c.number, self: c.self.status, verified: c.verified.status }))),
    gaps: gapList({
      criteria: criteria.map((c) => ({
        number: c.number,
        name: c.name,
        status: c.verified.status,
        departments: c.departments.map((d) => ({ code: d.code, shortName: d.shortName, role: d.role })),
        indicators: c.indicators.flatMap((i) => (i.results.verified ? [{ code: i.code, result: i.results.verified }] : [])),
      })),
      recommendations: recommendations.map((r) => ({ ...r })),
      now,
    }),
    consistency: checkConsistency(
      figures.map((f) => ({
        subject: unit.name,
        metric: f.metric,
        param: null,
        stated: f.value,
        unitCode: unit.code,
        source: `${documentLabel(f.document)}${f.section ? `, mục ${f.section}` : ""}${f.quote ? `: “${f.quote}”` : ""}`,
      })),
      (metric) => communeMetric(metric, { basis: figure.basis, ...standing }),
    ),
    recommendations,
  };
}

/** A recorded indicator value (AssessmentHistory.newValue/oldValue JSON); null when unreadable. */
export function parseValue(json: string): IndicatorView["values"]["self"] {
  try {
    const v = JSON.parse(json) as Partial<IndicatorValue & { referenceYear: number | null; note: string | null }>;
    return {
      valueNumber: v.valueNumber ?? null,
      denominator: v.denominator ?? null,
      valueBool: v.valueBool ?? null,
      secondaryValue: v.secondaryValue ?? null,
      status: v.status ? asStatus(v.status) : null,
      overrideReason: v.overrideReason ?? null,
      referenceYear: v.referenceYear ?? null,
      note: v.note ?? null,
    };
  } catch {
    return null;
  }
}
