import Link from "next/link";
import { gapText, targetText, undecidedText } from "@/components/commune/indicator-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CommuneIndicatorCell, CriterionAcross, CriterionCommuneRow } from "@/lib/data/criterion";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { recordedValueText } from "./indicator-values";

/**
 * One criterion, one row per commune: verified status, self-assessment, the recorded indicator
 * values with their results, the assessor's note. A commune known only by a document total gets
 * one cell saying so: the document never said anything about this criterion.
 */
export function CriterionCommuneTable({
  data,
  hrefFor,
  locale,
  t,
}: {
  data: CriterionAcross;
  hrefFor: (code: string) => string;
  locale: Locale;
  t: Translator;
}) {
  const caption = t("criterionPage.tableCaption", { number: data.criterion.number, unit: `${t(`unitKind.${data.area.kind}`)} ${data.area.name}` });
  const withDistrict = data.area.kind === "province";
  const span = 4;
  return (
    <Table scrollLabel={caption} data-testid="criterion-table">
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("criterionPage.colCommune")}</TableHead>
          {withDistrict ? <TableHead>{t("criterionPage.colDistrict")}</TableHead> : null}
          <TableHead>{t("criterionPage.colVerified")}</TableHead>
          <TableHead>{t("criterionPage.colSelf")}</TableHead>
          <TableHead>{t("criterionPage.colIndicators")}</TableHead>
          <TableHead>{t("criterionPage.colNote")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.communes.map((c) => (
          <TableRow key={c.code} data-code={c.code} data-basis={c.basis} data-verified={c.basis === "detailed" ? c.verified.status : undefined}>
            <TableHead scope="row">
              <Link href={hrefFor(c.code)} className="whitespace-nowrap text-link underline-offset-2 hover:underline">
                {c.name}
              </Link>
            </TableHead>
            {withDistrict ? <TableCell>{c.district?.name ?? "—"}</TableCell> : null}
            {c.basis === "detailed" ? (
              <DetailedCells c={c} data={data} locale={locale} t={t} />
            ) : (
              <TableCell colSpan={span} className="text-ink-muted">
                {c.basis === "document" && c.documentTotal ? (
                  <>
                    {t("criterionPage.documentOnlyRow", {
                      met: formatNumber(c.documentTotal.criteriaMet, locale),
                      total: formatNumber(data.set.criteriaCount, locale),
                    })}
                    <span className="block text-xs">
                      {t("criterionPage.documentSource", { source: c.documentTotal.source, date: formatDate(c.documentTotal.asOf, locale) })}
                    </span>
                  </>
                ) : (
                  t("criterionPage.noDataRow")
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function DetailedCells({ c, data, locale, t }: { c: CriterionCommuneRow; data: CriterionAcross; locale: Locale; t: Translator }) {
  const recorded = c.indicators.filter((i) => i.values.verified || i.values.self);
  const notes = (["verified", "self"] as const).filter((v) => c[v].note);
  return (
    <>
      <TableCell data-testid="verified-status">
        <StatusBadge status={c.verified.status} label={t(`status.${c.verified.status}`)} />
      </TableCell>
      <TableCell data-testid="self-status">
        <StatusBadge status={c.self.status} label={t(`status.${c.self.status}`)} />
      </TableCell>
      <TableCell data-testid="indicator-values">
        {recorded.length === 0 ? (
          <span className="text-ink-muted">{t("criterionPage.noValue")}</span>
        ) : (
          <ul className="space-y-1">
            {recorded.map((cell) => (
              <IndicatorLine key={cell.code} cell={cell} data={data} locale={locale} t={t} />
            ))}
          </ul>
        )}
      </TableCell>
      <TableCell className="text-ink-muted">
        {notes.length === 0 ? (
          "—"
        ) : (
          <ul className="space-y-1">
            {notes.map((v) => (
              <li key={v}>
                {notes.length > 1 || v === "self" ? <span className="font-medium text-ink">{t(`view.${v}`)}: </span> : null}
                {c[v].note}
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </>
  );
}

function IndicatorLine({ cell, data, locale, t }: { cell: CommuneIndicatorCell; data: CriterionAcross; locale: Locale; t: Translator }) {
  const ind = data.criterion.indicators.find((i) => i.code === cell.code);
  if (!ind) return null;
  const views = (["verified", "self"] as const).filter((v) => cell.values[v]);
  const target = cell.target
    ? cell.target.verified
      ? targetText(ind.kind, cell.target, ind.unit, locale, t)
      : t("communePage.unverifiedTarget", { value: targetText(ind.kind, cell.target, ind.unit, locale, t) })
    : t("criteria.noTarget");
  return (
    <li data-indicator={cell.code}>
      <span className="font-medium">{t("criteria.indicatorCode", { code: cell.code })}</span>
      {views.map((view) => {
        const v = cell.values[view];
        const r = cell.results[view];
        if (!v || !r) return null;
        const value = recordedValueText(ind.kind, ind.unit, v, locale, t);
        const gap = r.outcome === "not_met" ? gapText(ind.kind, ind.unit, r.gap, locale, t) : null;
        return (
          <span key={view} className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1">
            {views.length > 1 || view === "self" ? <span className="text-ink-muted">{t(`view.${view}`)}:</span> : null}
            {value ? <span>{v.referenceYear ? `${value} (${t("communePage.referenceYear", { year: v.referenceYear })})` : value}</span> : null}
            {r.outcome === "met" || r.outcome === "not_met" || r.outcome === "nearly_met" ? (
              <StatusBadge status={r.outcome} label={t(`status.${r.outcome}`)} />
            ) : (
              <span className="text-ink-muted">{undecidedText(r.outcome, t)}</span>
            )}
            {r.source === "assessor" ? <span className="text-xs text-ink-muted">({t("communePage.resultFromAssessor")})</span> : null}
            {r.source === "override" ? <span className="text-xs text-ink-muted">({t("communePage.resultOverride", { reason: r.overrideReason })})</span> : null}
            {gap ? <span className="text-xs text-ink-muted">{gap}</span> : null}
          </span>
        );
      })}
      <span className="block text-xs text-ink-muted">{t("criterionPage.targetLabel", { target })}</span>
    </li>
  );
}
