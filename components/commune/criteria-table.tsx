import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CommuneDetail, CriterionView, IndicatorView } from "@/lib/data/commune";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { gapText, targetText, undecidedText, valueText } from "./indicator-text";

/** The criteria grouped as in the decision, self-assessment beside the verified status, with
 * disagreements marked and each criterion's indicators behind a disclosure. */
export function CriteriaTable({ detail, locale, t }: { detail: CommuneDetail; locale: Locale; t: Translator }) {
  return (
    <div className="space-y-6" data-testid="criteria-table">
      {detail.groups.map((g) => (
        <section key={g.code ?? "all"} aria-labelledby={`group-${g.code ?? "all"}`} className="space-y-2">
          {g.name ? (
            <h3 id={`group-${g.code}`} className="text-base font-semibold text-ink">
              {g.code}. {g.name}
            </h3>
          ) : null}
          <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
            {g.criteria.map((c) => (
              <CriterionRow key={c.number} c={c} locale={locale} t={t} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function CriterionRow({ c, locale, t }: { c: CriterionView; locale: Locale; t: Translator }) {
  const differs = c.self.status !== "not_assessed" && c.verified.status !== "not_assessed" && c.self.status !== c.verified.status;
  return (
    <li className="p-3 sm:p-4" data-criterion={c.number} data-self={c.self.status} data-verified={c.verified.status}>
      <div className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.4fr)] sm:items-start">
        <div className="font-medium text-ink">
          {t("criteria.criterionTitle", { number: c.number, name: c.name })}
          {differs ? (
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
        <IndicatorList c={c} locale={locale} t={t} />
      </details>
    </li>
  );
}

/** Who set each view's status, when, and why (from the history). */
function ViewNotes({ c, locale, t }: { c: CriterionView; locale: Locale; t: Translator }) {
  const views = (["self", "verified"] as const).filter((v) => c[v].effectiveAt);
  if (!views.length) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {views.map((v) => (
        <div key={v} className="contents">
          <dt className="text-ink-muted">{t(`view.${v}`)}</dt>
          <dd>
            {c[v].note}
            <span className="block text-xs text-ink-muted">
              {[c[v].actor, formatDate(c[v].effectiveAt, locale)].filter(Boolean).join(" · ")}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function IndicatorList({ c, locale, t }: { c: CriterionView; locale: Locale; t: Translator }) {
  if (c.indicators.length === 0) return <p className="mt-2 text-ink-muted">{t("communePage.noIndicators")}</p>;
  return (
    <div className="mt-2 space-y-2">
      {!c.indicatorsComplete ? <p className="text-ink-muted">{t("communePage.indicatorsIncomplete")}</p> : null}
      <ul className="space-y-2">
        {c.indicators.map((ind) => (
          <li key={ind.code} className="rounded border border-line p-2" data-indicator={ind.code}>
            <p className="font-medium">
              {t("criteria.indicatorCode", { code: ind.code })}: {ind.content}
            </p>
            <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="text-ink-muted">{t("criteria.target")}</dt>
              <dd>{targetLine(ind, locale, t)}</dd>
              {(["self", "verified"] as const).map((view) => {
                const line = resultLine(ind, view, locale, t);
                return line ? (
                  <div key={view} className="contents">
                    <dt className="text-ink-muted">{t(`view.${view}`)}</dt>
                    <dd>{line}</dd>
                  </div>
                ) : null;
              })}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

function targetLine(ind: IndicatorView, locale: Locale, t: Translator) {
  if (!ind.target) return <span className="text-ink-muted">{t("criteria.noTarget")}</span>;
  const text = targetText(ind.kind, ind.target, ind.unit, locale, t);
  if (!ind.target.verified) return <span className="text-ink-muted">{t("communePage.unverifiedTarget", { value: text })}</span>;
  return text;
}

function resultLine(ind: IndicatorView, view: "self" | "verified", locale: Locale, t: Translator) {
  const v = ind.values[view];
  const r = ind.results[view];
  if (!v || !r) return null;
  const value = valueText(ind, v, locale, t);
  const parts: string[] = [];
  if (value) parts.push(v.referenceYear ? `${value} (${t("communePage.referenceYear", { year: v.referenceYear })})` : value);
  const undecided = undecidedText(r.outcome, t);
  const gap = gapText(ind.kind, ind.unit, r.gap, locale, t);
  return (
    <span className="flex flex-wrap items-center gap-2">
      {parts.length ? <span>{parts.join(" · ")}</span> : <span className="text-ink-muted">{t("communePage.valueNone")}</span>}
      {r.outcome === "met" || r.outcome === "not_met" || r.outcome === "nearly_met" ? (
        <StatusBadge status={r.outcome} label={t(`status.${r.outcome}`)} />
      ) : (
        <span className="text-ink-muted">{undecided}</span>
      )}
      {r.source === "assessor" ? (
        <span className="text-xs text-ink-muted">
          ({undecidedText(r.computedOutcome, t)}; {t("communePage.resultFromAssessor")})
        </span>
      ) : null}
      {r.source === "override" ? <span className="text-xs text-ink-muted">({t("communePage.resultOverride", { reason: r.overrideReason })})</span> : null}
      {gap && r.outcome === "not_met" ? <span className="text-xs text-ink-muted">{gap}</span> : null}
      {v.note ? <span className="block w-full text-xs text-ink-muted">{v.note}</span> : null}
    </span>
  );
}
