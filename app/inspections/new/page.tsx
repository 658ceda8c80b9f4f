import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { formOptionsView, inspectionFormValues } from "@/components/inspections/form-values";
import { InspectionPageHeader } from "@/components/inspections/page-header";
import { inspectionProvinceFor } from "@/components/inspections/province";
import { inspectionFormMessages } from "@/components/inspections/server-messages";
import { saveInspectionAction } from "@/lib/actions/inspection";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getInspectionFormOptions } from "@/lib/data/inspections";
import { formatIsoDay, vietnamToday } from "@/lib/domain/as-of";
import { getI18n, getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspections.newTitle") };
}

/** Recording a new inspection (coordination office, department inspectors, administrators). */
export default async function NewInspectionPage({ searchParams }: Props) {
  const [sp, { locale, t }, viewer] = await Promise.all([searchParams, getI18n(), requireViewer()]);
  const scope = scopeFor(viewer);
  const province = await inspectionProvinceFor(viewer, scope, sp.province);
  if (!province || !can(viewer, "inspection.manage", { provinceCode: province.code, districtCode: null, communeCode: null })) notFound();
  const options = await getInspectionFormOptions(scope, province.code);
  if (!options) notFound();
  return (
    <div className="space-y-6">
      <InspectionPageHeader crumbs={[{ href: "/inspections", label: t("inspections.listTitle") }]} title={t("inspections.newTitle")} intro={t("inspections.newIntro")} t={t} />
      <div className="rounded-lg border border-line bg-surface p-4">
        <InspectionForm
          action={saveInspectionAction}
          options={formOptionsView(options)}
          initial={inspectionFormValues(null, formatIsoDay(vietnamToday(new Date())))}
          messages={inspectionFormMessages(locale)}
          locale={locale}
          testId="inspection-form"
        />
      </div>
    </div>
  );
}
