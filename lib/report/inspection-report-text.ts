import { formatIsoDay } from "@/lib/domain/as-of";
import type {
  CriterionRef,
  InspectionReport,
  Recipient,
  ReportDocumentRef,
  ReportTask,
  ReportUnit,
  StandingCount,
  TaskAddressee,
  VisitedCommuneResult,
} from "@/lib/domain/inspection-report";
import type { CalendarDate } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

// The words around the report model's figures, once, for both the print page and the DOCX: a
// list of blocks (headings, paragraphs, bullets) plus the header, recipients and signature.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** 1: "I. KẾT QUẢ KIỂM TRA"; 2: "1. Đánh giá chung"; 3: "a) Toàn huyện …" */
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; runs: Run[] }
  | { type: "bullet"; runs: Run[]; level: 0 | 1 };

export interface ReportDocument {
  header: {
    /** Issuer block, upper case: the level above, then the issuer (bold). */
    parent: string | null;
    issuer: string | null;
    number: string;
    motto1: string;
    motto2: string;
    placeDate: string;
  };
  kind: string;
  subtitle: string;
  body: Block[];
  recipientsTitle: string;
  recipients: string[];
  signer: { title: string | null; name: string };
  fileName: string;
}

export interface TextOptions {
  locale: Locale;
  t: Translator;
  /** The inspection date, YYYY-MM-DD. */
  asOfIso: string;
  setName?: string | null;
}

const upper = (s: string, locale: Locale) => s.toLocaleUpperCase(locale === "vi" ? "vi" : "en");
const lowerFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase("vi") + s.slice(1) : s);
const text = (s: string, extra: Partial<Run> = {}): Run => ({ text: s, ...extra });
const para = (...runs: Run[]): Block => ({ type: "paragraph", runs });
const bullet = (level: 0 | 1, ...runs: Run[]): Block => ({ type: "bullet", level, runs });

/** A calendar day in the reader's format (20/05/2020). */
export function dayText(d: CalendarDate, locale: Locale): string {
  return formatDate(formatIsoDay(d), locale);
}

/** "a, b và c" */
function joinList(items: string[], t: Translator): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${t("inspectionReport.doc.and")}${items.at(-1)}`;
}

function unitName(u: ReportUnit, t: Translator): string {
  return `${t(`inspectionReport.doc.unitKind.${u.kind}`)} ${u.name}`;
}

const DOC_KINDS = ["decision", "plan", "report", "resolution", "official_letter", "other"] as const;

/** "Quyết định số 447/QĐ-UBND ngày 12/03/2020 của UBND tỉnh Lạng Sơn về phân công …;" */
function basisText(d: ReportDocumentRef, o: TextOptions): string {
  const { t, locale } = o;
  const kind = DOC_KINDS.find((k) => k === d.kind) ?? "other";
  const kindWord = t(`inspectionReport.doc.docKind.${kind}`);
  const label = [
    kindWord,
    d.number ? t("inspectionReport.doc.numbered", { number: d.number }) : null,
    d.issuedOn ? t("inspectionReport.doc.dated", { date: dayText(d.issuedOn, locale) }) : d.issuedOnText,
  ]
    .filter(Boolean)
    .join(" ");
  // The title often repeats the kind ("Quyết định phân công …"): keep what follows it.
  let title = d.title.trim();
  if (title.toLocaleLowerCase("vi").startsWith(kindWord.toLocaleLowerCase("vi"))) title = title.slice(kindWord.length).trim();
  const about = title ? (/^(về|on)\s/i.test(title) ? ` ${lowerFirst(title)}` : t("inspectionReport.doc.about", { title: lowerFirst(title) })) : "";
  return t("inspectionReport.doc.basisItem", {
    document: label,
    issuer: d.issuer ? t("inspectionReport.doc.issuedBy", { issuer: d.issuer }) : "",
    about,
  });
}

function countText(c: StandingCount, key: "verifiedCount" | "selfCount", t: Translator): string {
  return t(`inspectionReport.doc.${key}`, { met: c.met, total: c.total });
}

function criterionLine(c: CriterionRef, t: Translator): Run[] {
  return [
    text(t("inspectionReport.doc.criterion", { number: c.number, name: c.name }), { bold: true }),
    text(
      c.departments.length
        ? t("inspectionReport.doc.departments", { list: c.departments.map((d) => d.name).join(", ") })
        : t("inspectionReport.doc.noDepartment"),
    ),
  ];
}

function communeBlocks(c: VisitedCommuneResult, o: TextOptions, total: number): Block[] {
  const { t } = o;
  const parts: string[] = [];
  if (c.verified) parts.push(countText(c.verified, "verifiedCount", t));
  if (c.self) parts.push(countText(c.self, "selfCount", t));
  if (!c.verified && !c.self) {
    parts.push(t("inspectionReport.doc.noDetail"));
    if (c.figure.criteriaMet !== null) parts.push(t("inspectionReport.doc.documentFigure", { met: c.figure.criteriaMet, total }));
  }
  const out: Block[] = [para(text(t("inspectionReport.doc.commune", { name: c.name }), { bold: true }), text(`${parts.join("; ")}.`))];
  if (c.listsFrom === "none") return out;
  if (c.listsFrom === "self") out.push(para(text(t("inspectionReport.doc.fromSelf"), { italic: true })));
  if (!c.nearlyMet.length && !c.notMet.length) {
    out.push(bullet(0, text(t("inspectionReport.doc.allMet"))));
    return out;
  }
  if (c.notMet.length) {
    out.push(bullet(0, text(t("inspectionReport.doc.notMet", { count: c.notMet.length }))));
    for (const crit of c.notMet) out.push(bullet(1, ...criterionLine(crit, t)));
  }
  if (c.nearlyMet.length) {
    out.push(bullet(0, text(t("inspectionReport.doc.nearlyMet", { count: c.nearlyMet.length }))));
    for (const crit of c.nearlyMet) out.push(bullet(1, ...criterionLine(crit, t)));
  }
  if (c.listsFrom === "verified" && c.disagreements.length)
    out.push(bullet(0, text(t("inspectionReport.doc.disagreements", { list: c.disagreements.join(", ") }))));
  return out;
}

/** "(xã Tú Xuyên, tiêu chí 9, chỉ tiêu 9.1) Thời hạn: cuối năm 2020 (31/12/2020)." */
function taskRuns(task: ReportTask, o: TextOptions, omitCommune: string | null): Run[] {
  const { t, locale } = o;
  const about = [
    task.commune && task.commune.code !== omitCommune ? t("inspectionReport.doc.aboutCommune", { name: task.commune.name }) : null,
    task.criterion ? t("inspectionReport.doc.aboutCriterion", { number: task.criterion.number }) : null,
    task.indicatorCode && task.indicatorCode !== String(task.criterion?.number) ? t("inspectionReport.doc.aboutIndicator", { code: task.indicatorCode }) : null,
  ].filter((x): x is string => x !== null);
  const due =
    task.dueDate && task.dueText
      ? t("inspectionReport.doc.dueBoth", { text: task.dueText, date: dayText(task.dueDate, locale) })
      : task.dueDate
        ? t("inspectionReport.doc.dueDate", { date: dayText(task.dueDate, locale) })
        : task.dueText
          ? t("inspectionReport.doc.dueText", { text: task.dueText })
          : "";
  const runs: Run[] = [text(task.text)];
  if (about.length) runs.push(text(t("inspectionReport.doc.taskAbout", { list: about.join(", ") }), { italic: true }));
  if (due) runs.push(text(due, { bold: true }));
  return runs;
}

function addresseeName(a: TaskAddressee, t: Translator): string {
  if (a.kind === "department") return a.department.name;
  if (a.kind === "unit") return `UBND ${unitName(a.unit, t)}`;
  return a.text;
}

function recipientText(r: Recipient, t: Translator): string {
  switch (r.kind) {
    case "province_committee":
      return t("inspectionReport.doc.recipientProvince", { province: r.provinceName });
    case "steering_committee":
      return t("inspectionReport.doc.recipientSteering");
    case "departments":
      return t("inspectionReport.doc.recipientDepartments", { list: r.shortNames.join(", ") });
    case "agency":
      return t("inspectionReport.doc.recipientLine", { name: r.name });
    case "unit":
      return t("inspectionReport.doc.recipientUnit", { kind: t(`inspectionReport.doc.unitKind.${r.unit.kind}`), name: r.unit.name });
    case "text":
      return t("inspectionReport.doc.recipientLine", { name: r.text });
    case "filing":
      return t("inspectionReport.doc.recipientFiling");
  }
}

/** The whole document in words, from the report model. */
export function reportBlocks(report: InspectionReport, o: TextOptions): ReportDocument {
  const { t, locale } = o;
  const body: Block[] = [];
  const { area } = report.results;
  const total = area.totalCriteria;

  // Basis and team.
  if (report.basis.length) {
    body.push(para(text(t("inspectionReport.doc.basisIntro"), { bold: true })));
    for (const d of report.basis) body.push(bullet(0, text(basisText(d, o))));
  }
  const team = report.team;
  const lead = team.leadTitle ? t("inspectionReport.doc.teamLead", { name: team.leadName, title: team.leadTitle }) : t("inspectionReport.doc.teamLeadNoTitle", { name: team.leadName });
  const coordinating = team.coordinating.map((c) => c.name);
  body.push(
    para(
      text(
        t("inspectionReport.doc.team", {
          date: dayText(report.inspectedOn, locale),
          lead,
          coordinating: coordinating.length ? t("inspectionReport.doc.teamCoordinating", { list: joinList(coordinating, t) }) : "",
          members: team.members.length ? t("inspectionReport.doc.teamMembers", { list: joinList(team.members, t) }) : "",
          units: joinList(team.unitsVisited.map((u) => unitName(u, t)), t),
        }),
      ),
    ),
  );
  body.push(
    para(
      text(
        t("inspectionReport.doc.asOf", {
          date: dayText(report.inspectedOn, locale),
          set: o.setName ? t("inspectionReport.doc.asOfSet", { set: o.setName }) : "",
        }),
        { italic: true },
      ),
    ),
  );

  // I. Results.
  body.push({ type: "heading", level: 1, text: t("inspectionReport.doc.sectionResults") });
  body.push({ type: "heading", level: 2, text: t("inspectionReport.doc.general") });
  const { strengths, shortcomings } = report.findings;
  if (strengths) body.push(para(text(t("inspectionReport.doc.strengths"), { bold: true }), text(strengths)));
  if (shortcomings) body.push(para(text(t("inspectionReport.doc.shortcomings"), { bold: true }), text(shortcomings)));
  if (!strengths && !shortcomings) body.push(para(text(t("inspectionReport.doc.noFindings"))));

  body.push({ type: "heading", level: 2, text: t("inspectionReport.doc.criteriaResults") });
  const areaLabel = unitName(area, t);
  body.push({ type: "heading", level: 3, text: t("inspectionReport.doc.areaHeading", { area: areaLabel }) });
  body.push(para(text(t("inspectionReport.doc.areaCount", { area: areaLabel, count: area.communeCount }))));
  if (area.average === null) body.push(para(text(t("inspectionReport.doc.averageNone"))));
  else {
    const basis =
      area.averageBasis === "mixed"
        ? t("inspectionReport.doc.averageMixed", { count: area.withFigureCount, detailed: area.detailedCount, document: area.documentCount })
        : area.averageBasis === "detailed"
          ? t("inspectionReport.doc.averageDetailed", { count: area.withFigureCount })
          : t("inspectionReport.doc.averageDocument", { count: area.withFigureCount });
    body.push(
      para(
        text(t("inspectionReport.doc.average", { average: formatNumber(area.average, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), basis })),
      ),
    );
    if (area.missingCount) body.push(para(text(t("inspectionReport.doc.missing", { count: area.missingCount }))));
    body.push(para(text(t("inspectionReport.doc.meetingAll", { total, count: area.meetingAll }))));
    body.push(
      para(
        text(
          area.belowFloor === 0
            ? t("inspectionReport.doc.belowNone", { floor: area.floor })
            : t("inspectionReport.doc.belowSome", { floor: area.floor, count: area.belowFloor }),
        ),
      ),
    );
    body.push(para(text(t("inspectionReport.doc.distributionIntro"))));
    for (const b of area.distribution)
      body.push(bullet(0, text(t("inspectionReport.doc.band", { n: b.criteriaMet, count: b.communeCount, names: b.names.join(", ") }))));
  }
  if (report.results.communes.length) {
    body.push({ type: "heading", level: 3, text: t("inspectionReport.doc.communesHeading") });
    for (const c of report.results.communes) body.push(...communeBlocks(c, o, total));
  }

  // II. Tasks by addressee.
  body.push({ type: "heading", level: 1, text: t("inspectionReport.doc.sectionTasks") });
  if (!report.tasks.length) body.push(para(text(t("inspectionReport.doc.noTasks"))));
  else body.push(para(text(t("inspectionReport.doc.tasksIntro"))));
  report.tasks.forEach((g, i) => {
    const n = i + 1;
    if (g.kind === "unit") {
      body.push({ type: "heading", level: 2, text: t("inspectionReport.doc.groupUnit", { n, kind: t(`inspectionReport.doc.unitKind.${g.unit.kind}`), name: g.unit.name }) });
      for (const task of g.tasks) body.push(bullet(0, ...taskRuns(task, o, g.unit.code)));
    } else if (g.kind === "departments") {
      body.push({ type: "heading", level: 2, text: t("inspectionReport.doc.groupDepartments", { n }) });
      for (const s of g.subgroups) {
        body.push(bullet(0, text(t("inspectionReport.doc.subgroup", { name: addresseeName(s.addressee, t) }), { bold: true })));
        for (const task of s.tasks) body.push(bullet(1, ...taskRuns(task, o, null)));
      }
    } else {
      body.push({ type: "heading", level: 2, text: t("inspectionReport.doc.groupText", { n, text: g.text }) });
      for (const task of g.tasks) body.push(bullet(0, ...taskRuns(task, o, null)));
    }
  });
  const issuer = report.header.issuer;
  body.push(para(text(issuer ? t("inspectionReport.doc.closing", { issuer: issuer.name }) : t("inspectionReport.doc.closingNoIssuer"))));

  return {
    header: {
      parent: report.header.parentName ? upper(t("inspectionReport.doc.parent", { province: report.header.parentName }), locale) : null,
      issuer: issuer ? upper(issuer.name, locale) : null,
      number: t("inspectionReport.doc.number", { suffix: report.header.numberSuffix }),
      motto1: t("inspectionReport.doc.motto1"),
      motto2: t("inspectionReport.doc.motto2"),
      placeDate: t("inspectionReport.doc.placeDate", { place: report.header.place }),
    },
    kind: t("inspectionReport.doc.kind"),
    subtitle: t("inspectionReport.doc.subtitle", { title: lowerFirst(report.header.title) }),
    body,
    recipientsTitle: t("inspectionReport.doc.recipientsTitle"),
    recipients: report.recipients.map((r) => recipientText(r, t)),
    signer: { title: report.signer.title ? upper(report.signer.title, locale) : null, name: report.signer.name },
    fileName: t("inspectionReport.doc.fileName", { id: report.inspectionId, date: o.asOfIso }),
  };
}
