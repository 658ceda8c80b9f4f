"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { unitHref } from "@/components/units/links";
import type { ReportCheckState } from "@/lib/actions/report-check";
import type { Comparison, Finding, Outcome, UnitRef } from "@/lib/domain/report-check";
import type { UnitKind } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { reportCheckVi } from "@/lib/i18n/messages/areas/report-check";
import type { Translator } from "@/lib/i18n/types";

type T = Translator<typeof reportCheckVi>;
type Done = Extract<ReportCheckState, { status: "done" }>;

const OUTCOME_VARIANT: Record<Outcome, BadgeVariant> = { disagrees: "danger", unknown_unit: "warning", not_checkable: "neutral", agrees: "success" };
const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The findings: a summary, disagreements and unknown units in a table, the rest collapsed. */
export function ReportCheckResults({ state, locale, t }: { state: Done; locale: Locale; t: T }) {
  const { result, asOf } = state;
  const asOfRef = { iso: asOf, isToday: false };
  const problems = result.findings.filter((f) => f.outcome === "disagrees" || f.outcome === "unknown_unit");
  const unchecked = result.findings.filter((f) => f.outcome === "not_checkable");
  const agreements = result.findings.filter((f) => f.outcome === "agrees");
  const n = (x: number) => formatNumber(x, locale);
  const unitKind = (k: string) => t(`unitKinds.${k as UnitKind}`);
  const districtName = `${unitKind(state.district.kind)} ${state.district.name}`;
  const ctx: RowContext = { t, locale, asOfRef, provinceName: state.provinceName, unitKind, n };

  return (
    <section aria-labelledby="report-check-results" className="space-y-4" data-testid="report-check-results">
      <h2 id="report-check-results" className="text-xl font-semibold">
        {t("results.heading")}
      </h2>
      <p className="text-sm text-ink-muted">{t("results.basis", { district: districtName, date: formatDate(isoToDate(asOf), locale) })}</p>
      {result.summary.statements === 0 ? (
        <p data-testid="report-check-summary">{t("results.noStatements")}</p>
      ) : (
        <p className="font-medium" data-testid="report-check-summary">
          {t("results.summary", {
            statements: n(result.summary.statements),
            disagrees: n(result.summary.disagrees),
            unknown: n(result.summary.unknownUnits),
            notCheckable: n(result.summary.notCheckable),
            agrees: n(result.summary.agrees),
          })}
        </p>
      )}
      {result.suggestedAsOf && result.suggestedAsOf !== asOf ? (
        <Callout variant="info">{t("results.suggestDate", { date: formatDate(isoToDate(result.suggestedAsOf), locale) })}</Callout>
      ) : null}

      {result.summary.statements > 0 ? (
        <>
          <h3 className="text-lg font-semibold">{t("results.problemsHeading")}</h3>
          {problems.length ? (
            <FindingsTable caption={t("results.problemsCaption")} findings={problems} ctx={ctx} testId="report-check-problems" />
          ) : (
            <p className="text-sm">{t("results.noProblems")}</p>
          )}
          {unchecked.length ? (
            <details className="rounded-lg border border-line bg-surface p-3" data-testid="report-check-unchecked">
              <summary className="cursor-pointer font-medium">{t("results.notCheckableHeading", { count: n(unchecked.length) })}</summary>
              <FindingsTable caption={t("results.notCheckableCaption")} findings={unchecked} ctx={ctx} captionHidden />
            </details>
          ) : null}
          {agreements.length ? (
            <details className="rounded-lg border border-line bg-surface p-3" data-testid="report-check-agreements">
              <summary className="cursor-pointer font-medium">{t("results.agreementsHeading", { count: n(agreements.length) })}</summary>
              <FindingsTable caption={t("results.agreementsCaption")} findings={agreements} ctx={ctx} captionHidden />
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

interface RowContext {
  t: T;
  locale: Locale;
  asOfRef: { iso: string; isToday: boolean };
  provinceName: string;
  unitKind: (k: string) => string;
  n: (x: number) => string;
}

function FindingsTable({ caption, findings, ctx, testId, captionHidden }: { caption: string; findings: Finding[]; ctx: RowContext; testId?: string; captionHidden?: boolean }) {
  const { t } = ctx;
  return (
    <Table scrollLabel={caption} data-testid={testId} wrapperClassName={captionHidden ? "mt-3" : undefined}>
      <TableCaption className={captionHidden ? "sr-only" : undefined}>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("results.columns.outcome")}</TableHead>
          <TableHead>{t("results.columns.statement")}</TableHead>
          <TableHead>{t("results.columns.stated")}</TableHead>
          <TableHead>{t("results.columns.data")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {findings.map((f) => (
          <TableRow key={`${f.statement.kind}-${f.statement.offset}`} data-testid="report-check-finding" data-outcome={f.outcome}>
            <TableCell>
              <Badge variant={OUTCOME_VARIANT[f.outcome]}>{t(`outcome.${f.outcome}`)}</Badge>
            </TableCell>
            <TableCell className="min-w-64 max-w-xl">
              <p>
                {f.before ? <span className="text-ink-muted">{f.before}</span> : null}
                <mark className="rounded-sm bg-warning-bg px-0.5 text-ink">{f.statement.quote}</mark>
                {f.after ? <span className="text-ink-muted">{f.after}</span> : null}
              </p>
              {f.occurrences > 1 ? <p className="mt-1 text-xs text-ink-muted">{t("stated.occurrences", { count: ctx.n(f.occurrences) })}</p> : null}
            </TableCell>
            <TableCell className="min-w-40">
              <Stated f={f} ctx={ctx} />
            </TableCell>
            <TableCell className="min-w-56">
              <DataCell f={f} ctx={ctx} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function UnitLink({ unit, ctx, children }: { unit: UnitRef; ctx: RowContext; children?: ReactNode }) {
  return (
    <Link href={unitHref(unit.code, ctx.asOfRef)} className="text-link underline underline-offset-2">
      {children ?? `${ctx.unitKind(unit.kind)} ${unit.name}`}
    </Link>
  );
}

function Stated({ f, ctx }: { f: Finding; ctx: RowContext }) {
  const { t, n } = ctx;
  const s = f.statement;
  let text: string;
  switch (s.kind) {
    case "criteria_met_of":
      text = t(s.selfAssessed ? "stated.criteriaMetSelf" : "stated.criteriaMet", { met: n(s.met), total: n(s.total) });
      break;
    case "criteria_status_of": {
      const key = s.status === "nearly_met" ? (s.selfAssessed ? "stated.nearlyMetSelf" : "stated.nearlyMet") : s.selfAssessed ? "stated.notMetSelf" : "stated.notMet";
      text = t(key, { count: n(s.count) });
      break;
    }
    case "average_criteria":
      text = t("stated.average", { value: formatNumber(s.value, ctx.locale, { minimumFractionDigits: s.decimals, maximumFractionDigits: s.decimals }) });
      break;
    case "communes_with_criteria":
      text = t("stated.band", { communes: n(s.communes), criteria: n(s.criteria) });
      break;
    case "communes_below":
      text = t("stated.below", { communes: n(s.communes), floor: n(s.floor) });
      break;
    case "unit_mention":
      text = t("stated.mention", { kind: s.unitKind, name: s.name });
      break;
  }
  const subject = f.subject && s.kind !== "unit_mention" ? `${ctx.unitKind(f.subject.kind)} ${f.subject.name}` : null;
  return (
    <div className="space-y-1">
      <p className="font-medium">{text}</p>
      {subject ? (
        <p className="text-xs text-ink-muted">
          {f.subjectInferred
            ? s.kind === "criteria_met_of" || s.kind === "criteria_status_of"
              ? t("stated.aboutInferred", { name: subject })
              : t("stated.aboutAssumed", { name: subject })
            : t("stated.about", { name: subject })}
        </p>
      ) : null}
    </div>
  );
}

function comparisonValue(c: Comparison, f: Finding, ctx: RowContext): string {
  const s = f.statement;
  if (s.kind === "average_criteria") {
    const d = Math.max(1, s.decimals);
    return ctx.t("data.averageOf", { value: formatNumber(c.value, ctx.locale, { minimumFractionDigits: d, maximumFractionDigits: d }) });
  }
  if (s.kind === "communes_with_criteria" || s.kind === "communes_below") return ctx.t("data.bandOf", { count: ctx.n(c.value) });
  return c.total !== null && s.kind === "criteria_met_of" ? `${ctx.n(c.value)}/${ctx.n(c.total)}` : ctx.n(c.value);
}

function DataCell({ f, ctx }: { f: Finding; ctx: RowContext }) {
  const { t } = ctx;
  const s = f.statement;
  if (f.outcome === "unknown_unit" && s.kind === "unit_mention") {
    return (
      <div className="space-y-1">
        <p>{t("data.unknown", { kind: s.unitKind, name: s.name, province: `${ctx.unitKind("province")} ${ctx.provinceName}` })}</p>
        {f.suggestion ? (
          <p>
            {t("data.suggestion", { kind: ctx.unitKind(f.suggestion.kind), name: f.suggestion.name })}{" "}
            <UnitLink unit={f.suggestion} ctx={ctx}>
              {t("data.link", { name: f.suggestion.name })}
            </UnitLink>
          </p>
        ) : (
          <p className="text-ink-muted">{t("data.noSuggestion")}</p>
        )}
      </div>
    );
  }
  if (s.kind === "unit_mention") {
    return (
      <p>
        {t("data.known")}: {f.subject ? <UnitLink unit={f.subject} ctx={ctx} /> : null}
      </p>
    );
  }
  const self = f.comparisons.find((c) => c.view === "self");
  const official = f.comparisons.find((c) => c.view === "verified" || c.view === "document");
  const whichView =
    self && official && self.agrees !== official.agrees ? (self.agrees ? t("data.selfAgrees") : t("data.verifiedAgrees")) : null;
  return (
    <div className="space-y-1">
      {f.comparisons.length ? (
        <ul className="space-y-0.5">
          {f.comparisons.map((c) => (
            <li key={c.view}>
              {t("data.value", { view: t(`views.${c.view}`), value: comparisonValue(c, f, ctx) })}{" "}
              <span className={c.agrees ? "text-status-met" : "font-medium text-status-not-met"}>({c.agrees ? t("data.agrees") : t("data.differs")})</span>
              {c.source ? <span className="block text-xs text-ink-muted">{t("data.source", { source: c.source })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {whichView ? <p className="text-xs font-medium">{whichView}</p> : null}
      {f.reason ? <p className="text-ink-muted">{t(`reasons.${f.reason}`)}</p> : null}
      {s.kind === "communes_with_criteria" && f.named.length ? (
        <ul className="text-xs">
          {f.named.map((x) => (
            <li key={x.name}>
              {x.unit === null ? (
                t("data.namedUnknown", { name: x.name })
              ) : x.value === null ? (
                t("data.namedNoFigure", { name: x.unit.name })
              ) : (
                <span className={x.value === s.criteria ? undefined : "font-medium text-status-not-met"}>{t("data.named", { name: x.unit.name, value: ctx.n(x.value) })}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {f.omitted.length ? <p className="text-xs text-status-not-met">{t("data.omitted", { names: f.omitted.map((u) => u.name).join(", ") })}</p> : null}
      {f.subject ? (
        <p className="text-xs">
          <UnitLink unit={f.subject} ctx={ctx}>
            {t("data.link", { name: f.subject.name })}
          </UnitLink>
        </p>
      ) : null}
    </div>
  );
}
