import { REVIEW_STATES } from "@/lib/domain/review";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CommuneHistory, HistoryEntry, HistoryValue } from "@/lib/data/history";
import { VIEWS, type View } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { recordedValueText } from "./reason-text";
import { splitTimeline, type DayGroup } from "./timeline-groups";

/** Entries shown before the "Xem thêm" disclosure. */
export const TIMELINE_VISIBLE = 20;

/** The commune's history of changes (append-only), newest first, grouped by day; the older part
 * behind a native disclosure so it works without JavaScript and with the keyboard. */
export function HistoryTimeline({
  history,
  asOf,
  locale,
  t,
  visible = TIMELINE_VISIBLE,
}: {
  history: CommuneHistory;
  asOf: { iso: string };
  locale: Locale;
  t: Translator;
  visible?: number;
}) {
  const { shown, hidden, hiddenCount } = splitTimeline(history.entries, visible);
  const date = formatDate(asOf.iso, locale);
  return (
    <Card data-testid="history-timeline">
      <CardHeader>
        <CardTitle as="h2" id="history-heading">
          {t("timeline.title")}
        </CardTitle>
        <CardDescription>{t("timeline.description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {history.entries.length === 0 ? (
          <p className="text-sm text-ink-muted" data-testid="history-empty">
            {t("timeline.empty", { date })}
          </p>
        ) : (
          <>
            <p className="text-sm text-ink-muted">
              {t("timeline.count", { count: history.entries.length, date })}
              {history.truncated ? ` ${t("timeline.truncated", { count: history.entries.length })}` : null}
            </p>
            <DayList groups={shown} label={t("timeline.listLabel")} locale={locale} t={t} />
            {hiddenCount > 0 ? (
              <details className="group">
                <summary className="cursor-pointer text-sm text-link underline-offset-2 hover:underline">
                  {t("timeline.showMore", { count: hiddenCount })}
                </summary>
                <div className="mt-3">
                  <DayList groups={hidden} label={t("timeline.listLabel")} locale={locale} t={t} />
                </div>
              </details>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}

function DayList({ groups, label, locale, t }: { groups: DayGroup<HistoryEntry>[]; label: string; locale: Locale; t: Translator }) {
  return (
    <ol aria-label={label} className="space-y-4">
      {groups.map((g) => {
        const day = formatDate(g.day, locale);
        return (
          <li key={`${g.day}-${g.entries[0]?.id}`} data-history-day={g.day}>
            <h3 className="text-sm font-semibold text-ink">
              <time dateTime={g.day}>{g.continued ? t("timeline.continued", { date: day }) : day}</time>
              <span className="ml-2 font-normal text-ink-muted">({t("timeline.dayCount", { count: g.entries.length })})</span>
            </h3>
            <ol className="mt-2 space-y-2 border-l-2 border-line pl-4">
              {g.entries.map((e) => (
                <EntryItem key={e.id} e={e} locale={locale} t={t} />
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

const isView = (v: string): v is View => (VIEWS as readonly string[]).includes(v);

function subject(e: HistoryEntry, t: Translator): string {
  if (e.indicator)
    return t("timeline.indicatorOf", { code: e.indicator.code, number: e.indicator.criterionNumber ?? e.criterion?.number ?? "—", content: e.indicator.content });
  if (e.criterion) return t("criteria.criterionTitle", { number: e.criterion.number, name: e.criterion.name });
  return t("timeline.commune");
}

function fieldLabel(field: string, t: Translator): string {
  switch (field) {
    case "status":
      return t("timeline.fieldStatus");
    case "value":
      return t("timeline.fieldValue");
    case "target_year":
      return t("timeline.fieldTargetYear");
    case "evidence":
      return t("editing.evidenceHistoryField");
    case "review":
      return t("review.title");
    default:
      return t("timeline.fieldOther", { field });
  }
}

function ValueShown({ value, e, locale, t }: { value: HistoryValue; e: HistoryEntry; locale: Locale; t: Translator }) {
  if (value === null) return <span className="text-ink-muted">{t("timeline.none")}</span>;
  switch (value.kind) {
    case "status":
      return <StatusBadge status={value.status} label={t(`status.${value.status}`)} />;
    case "value":
      return <span>{recordedValueText(e.indicator?.kind ?? "", e.indicator?.unit ?? null, value.value, locale, t)}</span>;
    case "text": {
      const state = e.field === "review" ? REVIEW_STATES.find((x) => x === value.text) : undefined;
      return <span>{state ? t(`review.state.${state}`) : value.text}</span>;
    }
  }
}

/** The changes of one criterion (and its indicators), newest first: the history per criterion. */
export function CriterionHistory({ entries, locale, t }: { entries: HistoryEntry[]; locale: Locale; t: Translator }) {
  if (entries.length === 0) return null;
  return (
    <div className="mt-3 space-y-1" data-testid="criterion-history">
      <h4 className="font-medium">{t("timeline.criterionHistory")}</h4>
      <ol className="space-y-2 border-l-2 border-line pl-3">
        {entries.map((e) => (
          <EntryItem key={e.id} e={e} locale={locale} t={t} dated />
        ))}
      </ol>
    </div>
  );
}

function EntryItem({ e, locale, t, dated = false }: { e: HistoryEntry; locale: Locale; t: Translator; dated?: boolean }) {
  const view = isView(e.view) ? t(`view.${e.view}`) : e.view === "profile" ? t("timeline.viewProfile") : e.view;
  const meta: [string, string][] = [];
  if (dated) meta.push([t("timeline.date"), formatDate(e.effectiveAt, locale)]);
  if (e.actor) meta.push([t("timeline.actor"), e.actor]);
  if (e.reason) meta.push([t("timeline.reason"), e.reason]);
  if (e.document) meta.push([t("timeline.source"), e.document]);
  return (
    <li className="text-sm" data-history-entry data-view={e.view} data-field={e.field}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <Badge variant={e.view === "verified" ? "info" : "neutral"}>{view}</Badge>
        <span className="font-medium text-ink">{subject(e, t)}</span>
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="text-ink-muted">{fieldLabel(e.field, t)}:</span>
        <ValueShown value={e.from} e={e} locale={locale} t={t} />
        <span aria-hidden="true">→</span>
        <span className="sr-only">{t("timeline.changedTo")}</span>
        <ValueShown value={e.to} e={e} locale={locale} t={t} />
      </p>
      {meta.length ? (
        <p className="mt-1 text-xs text-ink-muted">
          {meta.map(([label, text], i) => (
            <span key={label}>
              {i > 0 ? " · " : null}
              {label}: {text}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
