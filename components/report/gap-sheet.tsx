import { DueDate } from "@/components/commune/gap-list";
import { gapText } from "@/components/commune/indicator-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CommuneDetail, IndicatorView } from "@/lib/data/commune";
import type { FailingIndicator, GapRecommendation } from "@/lib/domain/gaps";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/types";

// The inspector's gap list of one commune as a compact table that fits one or two A4 pages:
// each unmet or nearly met criterion with the indicators that miss their target and by how much,
// the department in charge and the open recommendations with their deadlines (overdue marked).

function IndicatorLine({ f, ind, locale, t }: { f: FailingIndicator; ind: IndicatorView | undefined; locale: Locale; t: Translator }) {
  const gap = ind ? gapText(ind.kind, ind.unit, f.gap, locale, t) : null;
  return (
    <li data-indicator={f.code}>
      <span className="font-medium tabular-nums">{f.code}</span>
      {ind ? <span> {ind.content}</span> : null}
      {gap ? <span className="font-medium text-status-not-met"> – {gap}</span> : null}
      {f.outcome === "nearly_met" ? <span className="text-ink-muted"> ({t("status.nearly_met").toLocaleLowerCase("vi")})</span> : null}
    </li>
  );
}

/** Open recommendations, compact: text, addressee, due date with the overdue mark. */
function Recs({ recs, locale, t }: { recs: GapRecommendation[]; locale: Locale; t: Translator }) {
  if (!recs.length) return <span className="text-ink-muted">{t("inspectionReport.gaps.noTasks")}</span>;
  return (
    <ul className="space-y-1.5 print:space-y-0.5">
      {recs.map((r) => (
        <li key={r.id} data-recommendation={r.id}>
          {r.text} <span className="text-ink-muted">– {r.addressee}</span> <DueDate rec={r} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
}

export function GapSheet({ detail, asOfText, locale, t }: { detail: CommuneDetail; asOfText: string; locale: Locale; t: Translator }) {
  const { gaps } = detail;
  const indicators = detail.groups.flatMap((g) => g.criteria).flatMap((c) => c.indicators);
  const indicator = (code: string) => indicators.find((i) => i.code === code);
  const caption = t("inspectionReport.gaps.caption", { name: detail.unit.name, date: asOfText });
  return (
    <div className="space-y-4 print:space-y-2">
      {gaps.items.length ? (
        <Table scrollLabel={caption} className="table-fixed print:text-[8pt] print:leading-snug" wrapperClassName="print:overflow-visible print:rounded-none print:border-0" data-testid="gap-sheet">
          <TableCaption className="print:px-0 print:py-1">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead className="w-10 print:w-[7mm] print:px-1 print:py-0.5">{t("inspectionReport.gaps.colNumber")}</TableHead>
              <TableHead className="w-[18%] print:px-1 print:py-0.5">{t("inspectionReport.gaps.colCriterion")}</TableHead>
              <TableHead className="w-[22%] print:px-1 print:py-0.5">{t("inspectionReport.gaps.colIndicators")}</TableHead>
              <TableHead className="w-[11%] print:px-1 print:py-0.5">{t("inspectionReport.gaps.colDepartment")}</TableHead>
              <TableHead className="print:px-1 print:py-0.5">{t("inspectionReport.gaps.colTasks")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {gaps.items.map((g) => (
              <TableRow key={g.number} data-gap={g.number}>
                <TableHead scope="row" className="tabular-nums print:px-1 print:py-0.5">
                  {g.number}
                </TableHead>
                <TableCell className="print:px-1 print:py-0.5">
                  <span className="block font-medium">{g.name}</span>
                  <StatusBadge status={g.status} label={t(`status.${g.status}`)} className="print:px-1 print:text-[7pt] print:leading-4" />
                </TableCell>
                <TableCell className="print:px-1 print:py-0.5">
                  {g.failingIndicators.length ? (
                    <ul className="space-y-1 print:space-y-0">
                      {g.failingIndicators.map((f) => (
                        <IndicatorLine key={f.code} f={f} ind={indicator(f.code)} locale={locale} t={t} />
                      ))}
                    </ul>
                  ) : (
                    <span className="text-ink-muted">{t("inspectionReport.gaps.noIndicators")}</span>
                  )}
                </TableCell>
                <TableCell className="print:px-1 print:py-0.5" data-testid="gap-department">
                  {g.departments.length ? g.departments.map((d) => d.shortName).join(", ") : <span className="text-ink-muted">{t("criteria.noDepartment")}</span>}
                </TableCell>
                <TableCell className="print:px-1 print:py-0.5">
                  <Recs recs={g.recommendations} locale={locale} t={t} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : detail.standing.verified ? (
        <p>{t("inspectionReport.gaps.noGaps")}</p>
      ) : null}
      {gaps.general.length ? (
        <section className="break-inside-avoid text-sm print:text-[8pt] print:leading-snug">
          <h2 className="font-semibold">{t("inspectionReport.gaps.general")}</h2>
          <Recs recs={gaps.general} locale={locale} t={t} />
        </section>
      ) : null}
      {gaps.otherCriteria.length ? (
        <section className="break-inside-avoid text-sm print:text-[8pt] print:leading-snug">
          <h2 className="font-semibold">{t("inspectionReport.gaps.otherCriteria")}</h2>
          <Recs recs={gaps.otherCriteria} locale={locale} t={t} />
        </section>
      ) : null}
    </div>
  );
}
