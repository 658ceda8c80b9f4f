// The generated inspection report as a structured document: who issues it, on what basis, who
// inspected what, the figures of the area and of each visited commune on the inspection date, the
// tasks grouped by addressee and the recipients derived from them. Pure: no wording (the print
// page and the DOCX put words around these figures), no I/O, every figure computed here.
import { communeStanding, type CommuneStanding, type StandingBasis } from "./standing";
import { areaSummary, DEFAULT_FLOOR, type CommuneFigure } from "./summary";
import { foldDiacritics } from "./text";
import type { CalendarDate, RecommendationStatus, Status, UnitKind } from "./types";

// ─── Input ────────────────────────────────────────────────────────────────────────────────────

export interface ReportDepartment {
  code: string;
  /** "Sở Giao thông vận tải" */
  name: string;
  /** "GTVT" */
  shortName: string;
  /** department (Sở) | agency | office */
  kind: string;
}

export interface ReportDocumentRef {
  /** decision | plan | report | resolution | official_letter | other */
  kind: string;
  number: string | null;
  title: string;
  issuer: string | null;
  issuedOn: CalendarDate | null;
  issuedOnText: string | null;
}

export interface ReportUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

export type ReportAddressee =
  | { kind: "unit"; unit: ReportUnit }
  | { kind: "department"; department: ReportDepartment }
  /** Worded by the document; `addresseeKind` is the register's kind (department | district | commune). */
  | { kind: "text"; text: string; addresseeKind: string };

export interface ReportRecommendationInput {
  id: number;
  addressee: ReportAddressee;
  /** The commune the task is about, when there is one. */
  commune: { code: string; name: string } | null;
  criterionNumber: number | null;
  indicatorCode: string | null;
  text: string;
  dueDate: CalendarDate | null;
  dueText: string | null;
  status: RecommendationStatus;
  sortOrder: number;
}

export interface ReportCommuneInput {
  unitCode: string;
  unitName: string;
  /** The commune's figure on the date (detailed verified count, else a document total). */
  criteriaMet: number | null;
  basis: StandingBasis;
  /** Status per criterion number, per view (empty when the commune is known only by a total). */
  statuses: { self: Record<number, Status>; verified: Record<number, Status> };
}

export interface ReportCriterionInput {
  number: number;
  name: string;
  /** Lead first. */
  departments: { code: string; name: string; shortName: string; role: string }[];
}

export interface InspectionReportInput {
  inspection: {
    id: number;
    title: string;
    inspectedOn: CalendarDate;
    leadName: string;
    leadTitle: string | null;
    leadDepartment: ReportDepartment | null;
    members: { department: ReportDepartment | null; agencyName: string | null; role: string; representative: string | null }[];
    basis: ReportDocumentRef[];
    strengths: string | null;
    shortcomings: string | null;
  };
  province: { code: string; name: string };
  /** The area whose figures section I.2.a gives (the visited district, or the province). */
  area: ReportUnit;
  /** In the order the inspection lists them. */
  unitsVisited: ReportUnit[];
  /** Criteria in the set (19 for QĐ 1980). */
  totalCriteria: number;
  criteria: ReportCriterionInput[];
  /** Every commune of the area as of the inspection date (townships and wards excluded). */
  communes: ReportCommuneInput[];
  recommendations: ReportRecommendationInput[];
  /** "không còn xã dưới 05 tiêu chí": the floor (default 5). */
  floor?: number;
}

// ─── Output ───────────────────────────────────────────────────────────────────────────────────

export interface CriterionRef {
  number: number;
  name: string;
  /** Departments in charge, lead first (short and full names). */
  departments: { code: string; name: string; shortName: string }[];
}

export interface StandingCount {
  met: number;
  nearlyMet: number;
  notMet: number;
  notAssessed: number;
  total: number;
}

export interface VisitedCommuneResult {
  code: string;
  name: string;
  verified: StandingCount | null;
  self: StandingCount | null;
  /** Which view the lists below come from: verified when there is one, else self; none = no detail. */
  listsFrom: "verified" | "self" | "none";
  /** The figure the district figures count for it (a document total when there is no detail). */
  figure: { criteriaMet: number | null; basis: StandingBasis };
  nearlyMet: CriterionRef[];
  notMet: CriterionRef[];
  /** Criteria the commune rates met but the verification does not (self met, verified not met). */
  disagreements: number[];
}

/** What the average is computed from: detailed assessments, document totals, or both. */
export type AverageBasis = "detailed" | "document" | "mixed" | "none";

export interface AreaResult {
  code: string;
  name: string;
  kind: UnitKind;
  communeCount: number;
  withFigureCount: number;
  detailedCount: number;
  documentCount: number;
  missingCount: number;
  /** Unrounded; null when no commune has a figure. */
  average: number | null;
  averageBasis: AverageBasis;
  /** Highest band first; names in the communes' order. */
  distribution: { criteriaMet: number; communeCount: number; names: string[] }[];
  meetingAll: number;
  belowFloor: number;
  floor: number;
  totalCriteria: number;
}

export interface ReportTask {
  id: number;
  text: string;
  commune: { code: string; name: string } | null;
  criterion: { number: number; name: string } | null;
  indicatorCode: string | null;
  dueDate: CalendarDate | null;
  dueText: string | null;
  status: RecommendationStatus;
}

export type TaskAddressee =
  | { kind: "unit"; unit: ReportUnit }
  | { kind: "department"; department: ReportDepartment }
  | { kind: "text"; text: string };

export type TaskGroup =
  /** A district's or a commune's People's Committee. */
  | { kind: "unit"; unit: ReportUnit; tasks: ReportTask[] }
  /** The province's departments and agencies, one subgroup per addressee (worded ones first). */
  | { kind: "departments"; subgroups: { addressee: TaskAddressee; tasks: ReportTask[] }[] }
  /** Any other addressee the document words itself. */
  | { kind: "text"; text: string; tasks: ReportTask[] };

export type Recipient =
  /** Reported to (b/c): the province People's Committee and its NTM steering committee. */
  | { kind: "province_committee"; provinceName: string }
  | { kind: "steering_committee"; provinceName: string }
  /** The province's departments (Sở), by short name, in one line. */
  | { kind: "departments"; shortNames: string[] }
  /** An agency or office named in full. */
  | { kind: "agency"; name: string }
  | { kind: "unit"; unit: ReportUnit }
  | { kind: "text"; text: string }
  /** "Lưu: VT" */
  | { kind: "filing" };

export interface InspectionReport {
  inspectionId: number;
  header: {
    /** The level above the issuer (the province People's Committee), null without an issuing department. */
    parentName: string | null;
    issuer: ReportDepartment | null;
    /** The number line's suffix ("BC-STTTT"), the number itself left blank for the office. */
    numberSuffix: string;
    place: string;
    title: string;
  };
  inspectedOn: CalendarDate;
  basis: ReportDocumentRef[];
  team: {
    leadName: string;
    leadTitle: string | null;
    leadDepartment: ReportDepartment | null;
    /** Coordinating agencies and departments (full names). */
    coordinating: { name: string; representative: string | null }[];
    /** Member departments and agencies, the issuer left out (full names). */
    members: string[];
    unitsVisited: ReportUnit[];
  };
  findings: { strengths: string | null; shortcomings: string | null };
  results: { area: AreaResult; communes: VisitedCommuneResult[] };
  tasks: TaskGroup[];
  recipients: Recipient[];
  signer: { title: string | null; name: string };
}

// ─── Rules ────────────────────────────────────────────────────────────────────────────────────

const key = (s: string) => foldDiacritics(s).replace(/\s+/g, " ").trim();

/** Detailed, document totals, both or none, from the counts of communes with a figure. */
export function averageBasis(detailed: number, document: number): AverageBasis {
  if (detailed > 0 && document > 0) return "mixed";
  if (detailed > 0) return "detailed";
  if (document > 0) return "document";
  return "none";
}

/** The area's figures over its communes (the caller leaves out townships and wards). */
export function areaResult(area: ReportUnit, communes: ReportCommuneInput[], totalCriteria: number, floor = DEFAULT_FLOOR): AreaResult {
  const figures: CommuneFigure[] = communes.map((c) => ({ unitCode: c.unitCode, unitName: c.unitName, criteriaMet: c.criteriaMet, basis: c.basis }));
  const s = areaSummary(figures, { totalCriteria, floor });
  return {
    code: area.code,
    name: area.name,
    kind: area.kind,
    communeCount: s.communeCount,
    withFigureCount: s.withFigureCount,
    detailedCount: s.detailedCount,
    documentCount: s.documentCount,
    missingCount: s.missingCount,
    average: s.averageCriteriaMet,
    averageBasis: averageBasis(s.detailedCount, s.documentCount),
    distribution: s.distribution.map((b) => ({ criteriaMet: b.criteriaMet, communeCount: b.communeCount, names: b.units })),
    meetingAll: s.communesMeetingAll,
    belowFloor: s.communesBelowFloor,
    floor,
    totalCriteria,
  };
}

const toCount = (s: CommuneStanding): StandingCount => ({ met: s.met, nearlyMet: s.nearlyMet, notMet: s.notMet, notAssessed: s.notAssessed, total: s.total });

const statusRows = (byNumber: Record<number, Status>) =>
  Object.entries(byNumber).map(([n, status]) => ({ criterionNumber: Number(n), status }));

/** One visited commune's standing: counts per view and the criteria still missing, with departments. */
export function visitedCommuneResult(c: ReportCommuneInput, criteria: ReportCriterionInput[], totalCriteria: number): VisitedCommuneResult {
  const verifiedRows = statusRows(c.statuses.verified);
  const selfRows = statusRows(c.statuses.self);
  const verified = verifiedRows.length ? toCount(communeStanding(verifiedRows, totalCriteria)) : null;
  const self = selfRows.length ? toCount(communeStanding(selfRows, totalCriteria)) : null;
  const listsFrom = verified ? "verified" : self ? "self" : "none";
  const source = listsFrom === "verified" ? c.statuses.verified : listsFrom === "self" ? c.statuses.self : {};
  const ref = (n: number): CriterionRef => {
    const crit = criteria.find((x) => x.number === n);
    const departments = [...(crit?.departments ?? [])]
      .sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1))
      .map((d) => ({ code: d.code, name: d.name, shortName: d.shortName }));
    return { number: n, name: crit?.name ?? "", departments };
  };
  const numbers = (status: Status) =>
    Object.entries(source)
      .filter(([n, s]) => s === status && Number(n) >= 1 && Number(n) <= totalCriteria)
      .map(([n]) => Number(n))
      .sort((a, b) => a - b);
  const disagreements = Object.entries(c.statuses.self)
    .filter(([n, s]) => s === "met" && c.statuses.verified[Number(n)] !== undefined && c.statuses.verified[Number(n)] !== "met")
    .map(([n]) => Number(n))
    .sort((a, b) => a - b);
  return {
    code: c.unitCode,
    name: c.unitName,
    verified,
    self,
    listsFrom,
    figure: { criteriaMet: c.criteriaMet, basis: c.basis },
    nearlyMet: numbers("nearly_met").map(ref),
    notMet: numbers("not_met").map(ref),
    disagreements,
  };
}

const unitRank = (kind: UnitKind) => (kind === "province" ? 0 : kind === "district" ? 1 : 2);

/**
 * Tasks grouped by addressee: the district(s) first, then the communes (in the order they were
 * visited, others after), then the province's departments and agencies in one group (worded
 * addressees such as "Các sở, ngành phụ trách tiêu chí" first, then each department in the order
 * it first appears), then any other worded addressee. Cancelled tasks are left out.
 */
export function groupTasks(
  recs: ReportRecommendationInput[],
  criteria: ReportCriterionInput[],
  unitsVisited: ReportUnit[],
): TaskGroup[] {
  const live = recs.filter((r) => r.status !== "cancelled").sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const task = (r: ReportRecommendationInput): ReportTask => {
    const crit = r.criterionNumber === null ? null : criteria.find((c) => c.number === r.criterionNumber);
    return {
      id: r.id,
      text: r.text,
      commune: r.commune,
      criterion: r.criterionNumber === null ? null : { number: r.criterionNumber, name: crit?.name ?? "" },
      indicatorCode: r.indicatorCode,
      dueDate: r.dueDate,
      dueText: r.dueText,
      status: r.status,
    };
  };

  const unitGroups = new Map<string, { unit: ReportUnit; tasks: ReportTask[]; first: number }>();
  const deptGroups = new Map<string, { addressee: TaskAddressee; tasks: ReportTask[]; first: number; worded: boolean }>();
  const textGroups = new Map<string, { text: string; tasks: ReportTask[]; first: number }>();
  live.forEach((r, i) => {
    const a = r.addressee;
    if (a.kind === "unit") {
      const g = unitGroups.get(a.unit.code) ?? { unit: a.unit, tasks: [], first: i };
      g.tasks.push(task(r));
      unitGroups.set(a.unit.code, g);
    } else if (a.kind === "department") {
      const k = `d:${a.department.code}`;
      const g = deptGroups.get(k) ?? { addressee: { kind: "department", department: a.department }, tasks: [], first: i, worded: false };
      g.tasks.push(task(r));
      deptGroups.set(k, g);
    } else if (a.addresseeKind === "department") {
      const k = `t:${key(a.text)}`;
      const g = deptGroups.get(k) ?? { addressee: { kind: "text", text: a.text.trim() }, tasks: [], first: i, worded: true };
      g.tasks.push(task(r));
      deptGroups.set(k, g);
    } else {
      const k = key(a.text);
      const g = textGroups.get(k) ?? { text: a.text.trim(), tasks: [], first: i };
      g.tasks.push(task(r));
      textGroups.set(k, g);
    }
  });

  const visitOrder = (code: string) => {
    const i = unitsVisited.findIndex((u) => u.code === code);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const units = [...unitGroups.values()].sort(
    (a, b) => unitRank(a.unit.kind) - unitRank(b.unit.kind) || visitOrder(a.unit.code) - visitOrder(b.unit.code) || a.first - b.first,
  );
  const departments = [...deptGroups.values()].sort((a, b) => Number(b.worded) - Number(a.worded) || a.first - b.first);
  const groups: TaskGroup[] = units.map((g) => ({ kind: "unit", unit: g.unit, tasks: g.tasks }));
  if (departments.length) groups.push({ kind: "departments", subgroups: departments.map((g) => ({ addressee: g.addressee, tasks: g.tasks })) });
  for (const g of [...textGroups.values()].sort((a, b) => a.first - b.first)) groups.push({ kind: "text", text: g.text, tasks: g.tasks });
  return groups;
}

/**
 * Nơi nhận, derived from the addressees and the team: reported to the province People's
 * Committee and steering committee (b/c); agencies and offices by name; the departments (addressed
 * or in the team, the issuer left out) in one line; the district and communes (addressed or
 * visited); other worded addressees (a worded group of departments only when no department is
 * named); filing ("Lưu: VT"). Each recipient once.
 */
export function deriveRecipients(input: {
  province: { name: string };
  issuer: ReportDepartment | null;
  groups: TaskGroup[];
  members: InspectionReportInput["inspection"]["members"];
  unitsVisited: ReportUnit[];
}): Recipient[] {
  const out: Recipient[] = [
    { kind: "province_committee", provinceName: input.province.name },
    { kind: "steering_committee", provinceName: input.province.name },
  ];
  const seen = new Set<string>();
  const departments: ReportDepartment[] = [];
  const agencies: string[] = [];
  const addDepartment = (d: ReportDepartment) => {
    if (input.issuer && d.code === input.issuer.code) return;
    if (seen.has(`d:${d.code}`)) return;
    seen.add(`d:${d.code}`);
    if (d.kind === "department") departments.push(d);
    else agencies.push(d.name);
  };
  const addAgency = (name: string) => {
    const k = `a:${key(name)}`;
    if (!name.trim() || seen.has(k)) return;
    seen.add(k);
    agencies.push(name.trim());
  };
  const units: ReportUnit[] = [];
  const addUnit = (u: ReportUnit) => {
    if (seen.has(`u:${u.code}`)) return;
    seen.add(`u:${u.code}`);
    units.push(u);
  };
  const texts: string[] = [];
  const addText = (text: string) => {
    const k = `t:${key(text)}`;
    if (!text.trim() || seen.has(k)) return;
    seen.add(k);
    texts.push(text.trim());
  };

  const wordedDepartments: string[] = [];
  for (const g of input.groups) {
    if (g.kind === "unit") addUnit(g.unit);
    else if (g.kind === "departments") {
      for (const s of g.subgroups) {
        if (s.addressee.kind === "department") addDepartment(s.addressee.department);
        else if (s.addressee.kind === "text") wordedDepartments.push(s.addressee.text);
      }
    } else addText(g.text);
  }
  for (const m of input.members) {
    if (m.department) addDepartment(m.department);
    else if (m.agencyName) addAgency(m.agencyName);
  }
  for (const u of input.unitsVisited) addUnit(u);
  // A worded group of departments ("Các sở, ngành phụ trách tiêu chí") is covered by the
  // departments line when one exists; otherwise it is a recipient in its own words.
  if (!departments.length) wordedDepartments.forEach(addText);

  // Agencies (not Sở) named in full first, as the team lists them; then the departments in one line.
  for (const name of agencies) out.push({ kind: "agency", name });
  if (departments.length) out.push({ kind: "departments", shortNames: departments.map((d) => d.shortName) });
  units.sort((a, b) => unitRank(a.kind) - unitRank(b.kind));
  for (const u of units) out.push({ kind: "unit", unit: u });
  for (const text of texts) out.push({ kind: "text", text });
  out.push({ kind: "filing" });
  return out;
}

/** "Giám đốc Sở Thông tin và Truyền thông" signing for that Sở signs as "Giám đốc". */
export function signerTitle(leadTitle: string | null, issuer: ReportDepartment | null): string | null {
  if (!leadTitle) return null;
  const title = leadTitle.trim();
  if (issuer) {
    const folded = key(title);
    const suffix = key(issuer.name);
    if (folded.endsWith(` ${suffix}`)) return title.slice(0, title.length - issuer.name.trim().length).trim() || title;
  }
  return title;
}

/** "BC-STTTT" for a Sở coded TTTT; "BC-NHNN" for an agency; "BC" without an issuer. */
export function numberSuffix(issuer: ReportDepartment | null): string {
  if (!issuer) return "BC";
  const code = issuer.code.replace(/[^A-Za-z0-9&]/g, "").toUpperCase();
  return issuer.kind === "department" ? `BC-S${code}` : `BC-${code}`;
}

/** The whole report model from the inspection and the data as of its date. */
export function buildInspectionReport(input: InspectionReportInput): InspectionReport {
  const { inspection } = input;
  const issuer = inspection.leadDepartment;
  const floor = input.floor ?? DEFAULT_FLOOR;
  const visitedCommunes = input.unitsVisited.filter((u) => u.kind === "commune");
  const communes = visitedCommunes
    .map((u) => input.communes.find((c) => c.unitCode === u.code))
    .filter((c): c is ReportCommuneInput => c !== undefined)
    .map((c) => visitedCommuneResult(c, input.criteria, input.totalCriteria));
  const tasks = groupTasks(input.recommendations, input.criteria, input.unitsVisited);
  const coordinating = inspection.members
    .filter((m) => m.role === "coordinating")
    .map((m) => ({ name: m.department?.name ?? m.agencyName ?? "", representative: m.representative }))
    .filter((m) => m.name);
  const members = inspection.members
    .filter((m) => m.role !== "coordinating" && !(issuer && m.department?.code === issuer.code))
    .map((m) => m.department?.name ?? m.agencyName ?? "")
    .filter(Boolean);
  return {
    inspectionId: inspection.id,
    header: {
      parentName: issuer ? input.province.name : null,
      issuer,
      numberSuffix: numberSuffix(issuer),
      place: input.province.name,
      title: inspection.title,
    },
    inspectedOn: inspection.inspectedOn,
    basis: inspection.basis,
    team: {
      leadName: inspection.leadName,
      leadTitle: inspection.leadTitle,
      leadDepartment: issuer,
      coordinating,
      members,
      unitsVisited: input.unitsVisited,
    },
    findings: { strengths: inspection.strengths?.trim() || null, shortcomings: inspection.shortcomings?.trim() || null },
    results: { area: areaResult(input.area, input.communes, input.totalCriteria, floor), communes },
    tasks,
    recipients: deriveRecipients({ province: input.province, issuer, groups: tasks, members: inspection.members, unitsVisited: input.unitsVisited }),
    signer: { title: signerTitle(inspection.leadTitle, issuer), name: inspection.leadName },
  };
}
