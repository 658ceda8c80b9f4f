import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { formOptionsView, inspectionFormValues } from "@/components/inspections/form-values";
import { InspectionPageHeader } from "@/components/inspections/page-header";
import { inspectionFormMessages } from "@/components/inspections/server-messages";
import { saveInspectionAction } from "@/lib/actions/inspection";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getInspection, getInspectionFormOptions } from "@/lib/data/inspections";
import { getI18n, getT } from "@/lib/i18n/server";
import { inspectionIdOf } from "../id";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspections.editTitle") };
}

/** Editing an inspection; the version it started from travels with the form. */
export default async function EditInspectionPage({ params }: Props) {
  const [{ id: raw }, { locale, t }, viewer] = await Promise.all([params, getI18n(), requireViewer()]);
  const id = inspectionIdOf(raw);
  if (id === null) notFound();
  const scope = scopeFor(viewer);
  const detail = await getInspection(scope, id, new Date());
  if (!detail || !can(viewer, "inspection.manage", { provinceCode: detail.provinceCode, districtCode: null, communeCode: null })) notFound();
  const options = await getInspectionFormOptions(scope, detail.provinceCode);
  if (!options) notFound();
  return (
    <div className="space-y-6">
      <InspectionPageHeader
        crumbs={[
          { href: "/inspections", label: t("inspections.listTitle") },
          { href: `/inspections/${detail.id}`, label: detail.title },
        ]}
        title={t("inspections.editTitle")}
        t={t}
      />
      <div className="rounded-lg border border-line bg-surface p-4">
        <InspectionForm
          action={saveInspectionAction}
          options={formOptionsView(options)}
          initial={inspectionFormValues(detail, "")}
          messages={inspectionFormMessages(locale)}
          locale={locale}
          testId="inspection-form"
        />
      </div>
    </div>
  );
}
