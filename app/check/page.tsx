import type { Metadata } from "next";
import { ReportCheckForm } from "@/components/report-check/report-check-form";
import { Callout } from "@/components/ui/callout";
import { checkReportAction } from "@/lib/actions/report-check";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { listCheckableDistricts } from "@/lib/data/report-check";
import { vietnamToday, formatIsoDay } from "@/lib/domain/as-of";
import { formatDate } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { getI18n, getT } from "@/lib/i18n/server";
import { MAX_REPORT_FILE_BYTES } from "@/lib/validation/report-check";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("reportCheck.title") };
}

/** The report-vs-data checker: paste or upload a report, see which of its figures and unit names
 * disagree with the data. Reads only. */
export default async function CheckPage({ searchParams }: Props) {
  const [sp, viewer, { locale, t }] = await Promise.all([searchParams, requireViewer(), getI18n()]);
  const districts = await listCheckableDistricts(scopeFor(viewer));
  const asked = typeof sp.district === "string" ? sp.district : null;
  const askedKnown = asked !== null && districts.some((d) => d.code === asked);
  const defaultDistrict = askedKnown ? asked : (districts.find((d) => d.code === viewer.districtCode)?.code ?? districts[0]?.code ?? "");
  const today = formatIsoDay(vietnamToday(new Date()));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("reportCheck.title")}</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">{t("reportCheck.intro")}</p>
      </header>
      {asked !== null && !askedKnown ? <Callout variant="warning">{t("reportCheck.form.badDistrictParam", { value: asked.slice(0, 20) })}</Callout> : null}
      {districts.length === 0 ? (
        <Callout variant="info">{t("reportCheck.form.noDistricts")}</Callout>
      ) : (
        <ReportCheckForm
          action={checkReportAction}
          districts={districts.map((d) => ({
            code: d.code,
            label: d.validTo ? t("reportCheck.form.districtUntil", { name: d.name, date: formatDate(d.validTo, locale) }) : d.name,
            group: d.provinceName ?? "",
          }))}
          defaultDistrict={defaultDistrict}
          today={today}
          maxBytes={MAX_REPORT_FILE_BYTES}
          locale={locale}
          messages={catalogs[locale].reportCheck}
        />
      )}
    </div>
  );
}
