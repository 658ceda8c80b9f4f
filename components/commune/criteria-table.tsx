import type { HistoryEntry } from "@/lib/data/history";
import { CriterionHistory } from "./history-timeline";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CommuneDetail, CriterionView, IndicatorView } from "@/lib/data/commune";
import type { EvidenceItem } from "@/lib/data/evidence";
import type { UnitRef } from "@/lib/data/units";
import { indicatorReason, reasonThreshold } from "@/lib/domain/reason";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { EvidenceList } from "./evidence-list";
import { communeCriterionId, criterionHref } from "@/components/units/links";
import { criterionAreaOf } from "./links";
import { reasonText, thresholdText } from "./reason-text";
import { ScrollToHash } from "./scroll-to-hash";

type AsOfLink = { iso: string; isToday: boolean };

/** The criteria grouped as in the decision, self-assessment beside the verified status (and,
 * once an inspection team observed the commune, the team's observation as a third view), with
 * disagreements named in words and each criterion's indicators (target for the commune's region,
 * value, result and the reason for it) behind a disclosure. Each criterion's row is the target of
 * communeCriterionHref; its title leads to the district's page for that criterion when the viewer
 * may read the district (`readable`: the codes of the ancestors the viewer may read). */
export function CriteriaTable({
  detail,
  evidence,
  history,
  asOf,
  readable,
  locale,
  t,
}: {
  detail: CommuneDetail;
  readable: ReadonlySet<string>;
  /** Evidence per criterion number, shown read-only in each criterion's details; omitted = not shown. */
  evidence?: Record<number, EvidenceItem[]>;
  /** The commune's history up to the date: each criterion's details list its own changes. */
  history?: HistoryEntry[];
  asOf: AsOfLink;
  locale: Locale;
  t: Translator;
}) {
  const area = criterionAreaOf(detail.unit, readable);
  return (
    <div className="space-y-6" data-testid="criteria-table">
      <CommuneInspections detail={detail} locale={locale} t={t} />
      {detail.groups.map((g) => (
        <section key={g.code ?? "all"} aria-labelledby={g.name ? `group-${g.code}` : undefined} className="space-y-2">
          {g.name ? (
            <h3 id={`group-${g.code}`} className="text-base font-semibold text-ink">
              {g.code}. {g.name}
            </h3>
          ) : null}
          <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
            {g.criteria.map((c) => (
              <CriterionRow
                key={c.number}
                c={c}
                detail={detail}
                evidence={evidence?.[c.number]}
                history={history?.filter((e) => (e.criterion?.number ?? e.indicator?.criterionNumber) === c.number)}
                area={area}
                asOf={asOf}
                locale={locale}
                t={t}
              />
            ))}
          </ol>
        </section>
      ))}
      <ScrollToHash />
    </div>
  );
}

function CriterionRow({
  c,
  detail,
  evidence,
  history,
  area,
  asOf,
  locale,
  t,
}: {
  c: CriterionView;
  detail: CommuneDetail;
  evidence?: EvidenceItem[];
  history?: HistoryEntry[];
  area: UnitRef | null;
  asOf: AsOfLink;
  locale: Locale;
  t: Translator;
}) {
  const differs = c.self.status !== "not_assessed" && c.verified.status !== "not_assessed" && c.self.status !== c.verified.status;
  const third = detail.hasObservations;
  // With the third view, every disagreeing pair is named in words (not colour alone).
  const pairs = third ? c.viewPairs : [];
  const title = t("criteria.criterionTitle", { number: c.number, name: c.name });
  return (
    <li
      id={communeCriterionId(c.number)}
      className="scroll-mt-4 p-3 sm:p-4"
      data-criterion={c.number}
      data-self={c.self.status}
      data-verified={c.verified.status}
      data-inspection={third ? c.inspection.status : undefined}
    >
      <div
        className={
          third
            ? "grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.4fr)] sm:items-start"
            : "grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.4fr)] sm:items-start"
        }
      >
        <div className="font-medium text-ink">
          {area ? (
            <a href={criterionHref(area.code, c.number, asOf)} className="text-link underline-offset-2 hover:underline" data-testid="criterion-link">
              {title}
              <span className="sr-only"> — {t("reason.criterionLinkHint", { district: `${t(`unitKind.${area.kind}`).toLocaleLowerCase("vi")} ${area.name}` })}</span>
            </a>
          ) : (
            title
          )}
          {third ? (
            pairs.length ? (
              <span className="mt-1 block">
                <Badge variant="warning" className="whitespace-normal text-left" data-testid="view-disagreement">
                  {t("inspections.disagreement", { pairs: pairs.map((p) => t(`inspections.pairs.${p}`)).join("; ") })}
                </Badge>
              </span>
            ) : null
          ) : differs ? (
            <Badge variant="warning" className="ml-2 align-middle">
              {t("communePage.differs")}
            </Badge>
          ) : null}
        </div>
        <div>
          <span className="mr-1 text-xs text-ink-muted sm:sr-only">{t("communePage.colSelf")}:</span>
          <StatusBadge status={c.self.status} label={t(`status.${c.self.status}`)} />
        </div>
        <div>
          <span className="mr-1 text-xs text-ink-muted sm:sr-only">{t("communePage.colVerified")}:</span>
          <StatusBadge status={c.verified.status} label={t(`status.${c.verified.status}`)} />
        </div>
        {third ? (
          <div data-testid="inspection-view">
            <span className="mr-1 text-xs text-ink-muted sm:sr-only">{t("view.inspection")}:</span>
            <StatusBadge status={c.inspection.status} label={t(`status.${c.inspection.status}`)} />
            {c.inspection.inspection ? (
              <span className="mt-1 block text-xs text-ink-muted">
                <a href={`/inspections/${c.inspection.inspection.id}`} className="text-link underline-offset-2 hover:underline">
                  {formatDate(c.inspection.inspection.inspectedOn, locale)}
                </a>
              </span>
            ) : null}
          </div>
        ) : null}
        <div className="text-sm">
          <span className="mr-1 text-xs text-ink-muted sm:sr-only">{t("communePage.colDepartments")}:</span>
          {c.departments.length ? (
            c.departments.map((d) => (
              <span key={d.code} className="block" title={d.name}>
                {d.name}
                {d.role !== "lead" ? ` (${t(`departmentRole.${d.role}`)})` : ""}
              </span>
            ))
          ) : (
            <span className="text-ink-muted">{t("criteria.noDepartment")}</span>
          )}
        </div>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-link underline-offset-2 hover:underline">
          {t("communePage.indicatorsToggle", { number: c.number })}
        </summary>
        <ViewNotes c={c} locale={locale} t={t} />
        <IndicatorList c={c} areaCode={detail.unit.regionCode} locale={locale} t={t} />
        {evidence ? (
          <div className="mt-3 space-y-1">
            <h4 className="font-medium">{t("editing.evidenceHeading")}</h4>
            <EvidenceList items={evidence} criterionNumber={c.number} locale={locale} t={t} />
          </div>
        ) : null}
        {history ? <CriterionHistory entries={history} locale={locale} t={t} /> : null}
      </details>
    </li>
  );
}

/** Who set each view's status, when, and why (from the history). */
function ViewNotes({ c, locale, t }: { c: CriterionView; locale: Locale; t: Translator }) {
  const views = (["self", "verified", "inspection"] as const).filter((v) => c[v].effectiveAt);
  if (!views.length) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {views.map((v) => (
        <div key={v} className="contents">
          <dt className="text-ink-muted">{t(`view.${v}`)}</dt>
          <dd>
            {c[v].note}
            <span className="block text-xs text-ink-muted">
              {v === "inspection" && c.inspection.inspection
                ? t("inspections.communeObservedBy", { title: c.inspection.inspection.title, date: formatDate(c.inspection.inspection.inspectedOn, locale) })
                : [c[v].actor, formatDate(c[v].effectiveAt, locale)].filter(Boolean).join(" · ")}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function IndicatorList({ c, areaCode, locale, t }: { c: CriterionView; areaCode: string | null; locale: Locale; t: Translator }) {
  if (c.indicators.length === 0) return <p className="mt-2 text-ink-muted">{t("communePage.noIndicators")}</p>;
  return (
    <div className="mt-2 space-y-2">
      {!c.indicatorsComplete ? <p className="text-ink-muted">{t("communePage.indicatorsIncomplete")}</p> : null}
      <ul className="space-y-2">
        {c.indicators.map((ind) => {
          const views = (["self", "verified"] as const).filter((v) => ind.values[v] && ind.results[v]);
          return (
            <li key={ind.code} className="rounded border border-line p-2" data-indicator={ind.code}>
              <p className="font-medium">
                {t("criteria.indicatorCode", { code: ind.code })}: {ind.content}
              </p>
              <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="text-ink-muted">{areaCode ? t("reason.targetForArea", { area: areaCode }) : t("reason.targetLabel")}</dt>
                <dd data-testid="indicator-target">
                  <TargetLine ind={ind} areaCode={areaCode} locale={locale} t={t} />
                </dd>
                {views.length ? (
                  views.map((view) => (
                    <div key={view} className="contents">
                      <dt className="text-ink-muted">{t(`view.${view}`)}</dt>
                      <dd>
                        <ResultLine ind={ind} view={view} areaCode={areaCode} locale={locale} t={t} />
                      </dd>
                    </div>
                  ))
                ) : (
                  <>
                    <dt className="text-ink-muted">{t("criteria.result")}</dt>
                    <dd className="text-ink-muted">{t("reason.notRecorded")}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The target for the commune's region; when none is confirmed, the national level as information. */
function TargetLine({ ind, areaCode, locale, t }: { ind: IndicatorView; areaCode: string | null; locale: Locale; t: Translator }) {
  const own = ind.target ? reasonThreshold(ind.kind, ind.unit, ind.target) : null;
  const usable = ind.target?.verified === true;
  const reference = !usable && ind.referenceTarget?.verified && areaCode ? reasonThreshold(ind.kind, ind.unit, ind.referenceTarget) : null;
  return (
    <>
      {own && usable ? (
        thresholdText(own, locale, t)
      ) : own ? (
        <span className="text-ink-muted">{t("reason.unverifiedTarget", { target: thresholdText(own, locale, t) })}</span>
      ) : (
        <span className="text-ink-muted">{t("reason.noTargetLine")}</span>
      )}
      {reference && areaCode ? (
        <span className="block text-xs text-ink-muted" data-testid="reference-target">
          {t("reason.referenceTarget", { target: thresholdText(reference, locale, t), area: areaCode })}
        </span>
      ) : null}
    </>
  );
}

/** One view's result for an indicator: the status (or "no conclusion"), the reason in words, any note. */
function ResultLine({
  ind,
  view,
  areaCode,
  locale,
  t,
}: {
  ind: IndicatorView;
  view: "self" | "verified";
  areaCode: string | null;
  locale: Locale;
  t: Translator;
}) {
  const v = ind.values[view];
  const r = ind.results[view];
  const reason = indicatorReason({ kind: ind.kind, unit: ind.unit, value: v, result: r, areaCode, referenceTarget: ind.referenceTarget });
  if (!v || !r || !reason) return null;
  const decided = r.outcome === "met" || r.outcome === "not_met" || r.outcome === "nearly_met";
  const undecided = t("reason.undecided");
  return (
    <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      {decided ? (
        <StatusBadge status={r.outcome as "met" | "not_met" | "nearly_met"} label={t(`status.${r.outcome as "met" | "not_met" | "nearly_met"}`)} />
      ) : (
        <Badge variant="neutral">{undecided.charAt(0).toLocaleUpperCase("vi") + undecided.slice(1)}</Badge>
      )}
      <span className="min-w-[14rem] flex-1" data-testid="indicator-reason" data-view={view}>
        <span className="sr-only">{t("reason.title")}: </span>
        {reasonText(reason, locale, t)}
      </span>
      {v.note ? <span className="block w-full text-xs text-ink-muted">{v.note}</span> : null}
    </span>
  );
}

/** The inspections that visited the commune up to the date (newest first), each a link when the
 * reader may open the inspection pages. Left out when there is none. */
function CommuneInspections({ detail, locale, t }: { detail: CommuneDetail; locale: Locale; t: Translator }) {
  if (!detail.inspections.length) return null;
  return (
    <section aria-labelledby="commune-inspections-heading" className="text-sm" data-testid="commune-inspections">
      <h3 id="commune-inspections-heading" className="font-medium">
        {t("inspections.communeInspectionsTitle")}
      </h3>
      <ul className="mt-1 space-y-0.5">
        {detail.inspections.map((i) => (
          <li key={i.id}>
            <span className="tabular-nums">{formatDate(i.inspectedOn, locale)}</span> —{" "}
            <a href={`/inspections/${i.id}`} className="text-link underline-offset-2 hover:underline">
              {i.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
