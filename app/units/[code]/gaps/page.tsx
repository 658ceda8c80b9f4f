import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GapSheet } from "@/components/report/gap-sheet";
import { PrintButton } from "@/components/report/print-button";
import { PrintStyles } from "@/components/report/print-styles";
import { Callout } from "@/components/ui/callout";
import { AsOfForm } from "@/components/units/as-of-form";
import { unitHref } from "@/components/units/links";
import { requireScope } from "@/lib/auth/session";
import { getCommuneDetail } from "@/lib/data/commune";
import { getUnit } from "@/lib/data/units";
import { formatIsoDay, vietnamToday } from "@/lib/domain/as-of";
import { formatDate } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { readAsOf, unitCodeSchema, type AsOf } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspectionReport.gaps.title") };
}

const linkClass =
  "rounded-md border border-brand px-4 py-2 text-sm font-medium text-brand no-underline hover:bg-brand-soft focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";

/** A commune's gap list on a date, laid out to print on one or two A4 pages. */
export default async function CommuneGapsPage({ params, searchParams }: Props) {
  const [{ code }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  if (!unitCodeSchema.safeParse(code).success) notFound();
  const scope = await requireScope();
  const unit = await getUnit(scope, code);
  if (!unit) notFound();
  const now = new Date();
  const raw = typeof sp.asOf === "string" ? sp.asOf : undefined;
  const parsed = readAsOf(raw, now);
  const asOf: AsOf = parsed.ok ? parsed.asOf : (readAsOf(undefined, now) as { ok: true; asOf: AsOf }).asOf;

  if (unit.kind !== "commune") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("inspectionReport.gaps.title")}</h1>
        <Callout variant="info">{t("inspectionReport.gaps.notCommune")}</Callout>
        <Link href={unitHref(code, asOf)}>{t("inspectionReport.gaps.backToCommune")}</Link>
      </div>
    );
  }
  const detail = await getCommuneDetail(scope, code, asOf.cutoff, now);
  if (!detail) notFound();
  const asOfText = formatDate(asOf.iso, locale);
  const total = detail.set?.criteriaCount ?? 0;
  const district = unit.ancestors.find((a) => a.kind === "district");
  const province = unit.ancestors.find((a) => a.kind === "province");
  const { verified, self } = detail.standing;

  return (
    <div className="mx-auto max-w-[210mm] space-y-4 print:max-w-none print:space-y-2">
      <PrintStyles id="gap-list" margin="15mm 12mm 15mm 15mm" />
      <div className="space-y-3 print:hidden">
        {!parsed.ok ? <Callout variant="warning">{t("errors.invalidAsOf")}</Callout> : null}
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton label={t("inspectionReport.print")} />
          <Link href={unitHref(code, asOf)} className={linkClass}>
            {t("inspectionReport.gaps.backToCommune")}
          </Link>
        </div>
        <AsOfForm action={`/units/${code}/gaps`} asOf={asOf} today={formatIsoDay(vietnamToday(now))} t={t} />
      </div>
      <header className="space-y-1">
        <h1 className="text-xl font-semibold print:text-[14pt]">{t("inspectionReport.gaps.heading", { name: unit.name })}</h1>
        <p className="text-sm text-ink-muted print:text-[10pt]">
          {[district ? `${t(`unitKind.${district.kind}`)} ${district.name}` : null, province ? `${t(`unitKind.${province.kind}`)} ${province.name}` : null]
            .filter(Boolean)
            .join(", ")}
          {" · "}
          {t("inspectionReport.gaps.asOf", { date: asOfText })}
          {" · "}
          {t("inspectionReport.gaps.printedOn", { date: formatDate(now, locale) })}
        </p>
        <p className="text-sm print:text-[10pt]" data-testid="gap-standing">
          {verified ? t("inspectionReport.gaps.standing", { met: verified.met, total }) : t("inspectionReport.gaps.standingNone")}
          {self ? ` · ${t("inspectionReport.gaps.standingSelf", { met: self.met, total })}` : null}
        </p>
      </header>
      <GapSheet detail={detail} asOfText={asOfText} locale={locale} t={t} />
    </div>
  );
}
