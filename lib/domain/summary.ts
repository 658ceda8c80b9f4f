// Area summaries: average, distribution and counts over communes' "criteria met" figures.
import type { StandingBasis } from "./standing";
import { compareVietnamese } from "./text";

export interface CommuneFigure {
  unitCode: string;
  unitName: string;
  criteriaMet: number | null;
  basis: StandingBasis;
}

export interface SummaryOptions {
  totalCriteria: number;
  /** Communes strictly below this many criteria are counted (the report's "dưới 05 tiêu chí"). */
  floor?: number;
}

export interface DistributionBand {
  criteriaMet: number;
  communeCount: number;
  /** Unit names in Vietnamese order (compareVietnamese); unitCodes in the same order. */
  units: string[];
  unitCodes: string[];
}

export interface AreaSummary {
  communeCount: number;
  withFigureCount: number;
  /** Unrounded mean over communes with a figure; null when none has one. */
  averageCriteriaMet: number | null;
  /** Non-empty bands only, highest criteriaMet first. */
  distribution: DistributionBand[];
  communesMeetingAll: number;
  communesBelowFloor: number;
  detailedCount: number;
  documentCount: number;
  /** Communes without a figure (whatever their stated basis). */
  missingCount: number;
}

export const DEFAULT_FLOOR = 5;

/** Figure of a commune, or null when it has none usable. */
function figureOf(f: CommuneFigure): number | null {
  return f.criteriaMet !== null && Number.isFinite(f.criteriaMet) ? f.criteriaMet : null;
}

/** Summarise an area's communes (the caller excludes townships and wards). */
export function areaSummary(figures: CommuneFigure[], opts: SummaryOptions): AreaSummary {
  const floor = opts.floor ?? DEFAULT_FLOOR;
  const known = figures.filter((f) => figureOf(f) !== null);
  const values = known.map((f) => figureOf(f) ?? 0);
  const sum = values.reduce((a, b) => a + b, 0);

  const bands = new Map<number, DistributionBand>();
  const byName = [...known].sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
  for (const f of byName) {
    const v = figureOf(f) ?? 0;
    const band = bands.get(v) ?? { criteriaMet: v, communeCount: 0, units: [], unitCodes: [] };
    band.communeCount += 1;
    band.units.push(f.unitName);
    band.unitCodes.push(f.unitCode);
    bands.set(v, band);
  }

  return {
    communeCount: figures.length,
    withFigureCount: known.length,
    averageCriteriaMet: known.length === 0 ? null : sum / known.length,
    distribution: [...bands.values()].sort((a, b) => b.criteriaMet - a.criteriaMet),
    communesMeetingAll: opts.totalCriteria > 0 ? values.filter((v) => v >= opts.totalCriteria).length : 0,
    communesBelowFloor: values.filter((v) => v < floor).length,
    detailedCount: known.filter((f) => f.basis === "detailed").length,
    documentCount: known.filter((f) => f.basis === "document").length,
    missingCount: figures.length - known.length,
  };
}

export interface DistrictFigures {
  code: string;
  name: string;
  figures: CommuneFigure[];
}

export interface ProvinceSummary {
  /** Recomputed from every commune figure (never an average of district averages). */
  overall: AreaSummary;
  districts: { code: string; name: string; summary: AreaSummary }[];
}

/** Province summary over its districts' commune figures, with the per-district breakdown. */
export function provinceSummary(districts: DistrictFigures[], opts: SummaryOptions): ProvinceSummary {
  return {
    overall: areaSummary(
      districts.flatMap((d) => d.figures),
      opts,
    ),
    districts: districts.map((d) => ({ code: d.code, name: d.name, summary: areaSummary(d.figures, opts) })),
  };
}

/** Area metrics a document can state (DocumentFigure.metric), computed from commune figures.
 * Figure-dependent metrics are null (cannot be checked) when any commune lacks a figure,
 * when the metric is unknown, or when a required parameter is missing. */
export function areaMetric(figures: CommuneFigure[], metric: string, param: number | null): number | null {
  if (metric === "commune_count") return figures.length;
  const values = figures.map(figureOf);
  if (values.some((v) => v === null)) return null;
  const known = values.filter((v): v is number => v !== null);
  switch (metric) {
    case "average_criteria_met":
      return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
    case "communes_with_criteria_met":
      return param === null ? null : known.filter((v) => v === param).length;
    case "communes_below":
      return param === null ? null : known.filter((v) => v < param).length;
    default:
      return null;
  }
}
