import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/report/print-button";
import { PrintStyles } from "@/components/report/print-styles";
import { ReportDocumentView } from "@/components/report/report-document";
import { Callout } from "@/components/ui/callout";
import { metricLabel } from "@/components/units/metric-label";
import { requireScope } from "@/lib/auth/session";
import { getInspectionReport } from "@/lib/data/inspection-report";
import type { ConsistencyRow } from "@/lib/domain/consistency";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { dayText, reportBlocks } from "@/lib/report/inspection-report-text";

type Props = { params: Promise<{ id: string }> };

const validId = (id: string) => /^\d{1,9}$/.test(id) && Number(id) >= 1;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspectionReport.title") };
}

const linkClass =
  "rounded-md border border-brand px-4 py-2 text-sm font-medium text-brand no-underline hover:bg-brand-soft focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";

/** The generated inspection report, ready to print on A4, with its DOCX beside it. */
export default async function InspectionReportPage({ params }: Props) {
  const [{ id }, { locale, t }] = await Promise.all([params, getI18n()]);
  if (!validId(id)) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("inspectionReport.title")}</h1>
        <Callout variant="warning">{t("inspectionReport.badId")}</Callout>
      </div>
    );
  }
  const scope = await requireScope();
  // Who reads the report also reads the inspection's page (lib/domain/inspection.ts,
  // inspectionAccess), so the link back is always there; others get 404 like an unknown id.
  const data = await getInspectionReport(scope, Number(id));
  if (!data) notFound();
  const doc = reportBlocks(data.report, { locale, t, asOfIso: data.asOf.iso, setName: data.setName });

  return (
    <div className="space-y-6 print:space-y-0">
      <PrintStyles id="inspection-report" />
      <div className="space-y-3 print:hidden" data-testid="report-toolbar">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("inspectionReport.title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("inspectionReport.asOfNote", { date: dayText(data.asOf.day, locale) })}</p>
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton label={t("inspectionReport.print")} />
          <a href={`/api/v1/inspections/${id}/report.docx`} className={linkClass} download data-testid="report-docx">
            {t("inspectionReport.downloadDocx")}
          </a>
          <Link href={`/inspections/${id}`} className={linkClass}>
            {t("inspectionReport.backToInspection")}
          </Link>
        </div>
        <p className="text-sm text-ink-muted">{t("inspectionReport.printHint")}</p>
        {data.differences.length ? <Differences rows={data.differences} locale={locale} t={t} /> : null}
      </div>
      <ReportDocumentView doc={doc} label={t("inspectionReport.documentLabel")} />
    </div>
  );
}

/** Figures a document stated that the data does not support: noted on screen, never printed. */
function Differences({ rows, locale, t }: { rows: ConsistencyRow[]; locale: Locale; t: Translator }) {
  const fmt = (row: ConsistencyRow, n: number | null) =>
    row.metric === "average_criteria_met" ? formatNumber(n, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : formatNumber(n, locale);
  return (
    <Callout variant="info" title={t("inspectionReport.differencesTitle")}>
      <p>{t("inspectionReport.differencesBody")}</p>
      <ul className="mt-1 list-disc pl-5" data-testid="report-differences">
        {rows.map((r) => (
          <li key={`${r.unitCode}-${r.metric}-${r.param ?? ""}-${r.stated}`}>
            {t("inspectionReport.differenceRow", { subject: r.subject, metric: metricLabel(r.metric, r.param, t), stated: fmt(r, r.stated), computed: fmt(r, r.computed) })}
          </li>
        ))}
      </ul>
    </Callout>
  );
}
