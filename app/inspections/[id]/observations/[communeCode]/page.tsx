import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InspectionPageHeader } from "@/components/inspections/page-header";
import { ObservationsForm, type ObservationFormRow } from "@/components/inspections/observations-form";
import { inspectionFormMessages } from "@/components/inspections/server-messages";
import { Callout } from "@/components/ui/callout";
import { saveObservationsAction } from "@/lib/actions/inspection";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getObservationContext } from "@/lib/data/inspections";
import { formatDate } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { unitCodeSchema } from "@/lib/validation/params";
import { inspectionIdOf } from "../../id";

type Props = { params: Promise<{ id: string; communeCode: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspections.observationsHeading") };
}

/** The team's observations of one commune it visited: all criteria, beside the commune's
 * self-assessment and the verified status on the day of the inspection; one save for all. */
export default async function ObservationsPage({ params }: Props) {
  const [{ id: raw, communeCode }, { locale, t }, viewer] = await Promise.all([params, getI18n(), requireViewer()]);
  const id = inspectionIdOf(raw);
  if (id === null || !unitCodeSchema.safeParse(communeCode).success) notFound();
  const ctx = await getObservationContext(scopeFor(viewer), id, communeCode);
  if (!ctx) notFound();
  const editable = can(viewer, "inspection.manage", { provinceCode: ctx.inspection.provinceCode, districtCode: null, communeCode: null });
  const unit = `${t(`unitKind.${ctx.commune.kind as "commune"}`)} ${ctx.commune.name}`;
  const rows: ObservationFormRow[] = ctx.rows.map((r) => ({
    number: r.number,
    name: r.name,
    self: r.self,
    verified: r.verified,
    observed: r.observed ? { status: r.observed.status, note: r.observed.note } : null,
    version: r.version,
    laterNote: r.laterInspection ? t("inspections.laterInspection", { title: r.laterInspection.title, date: formatDate(r.laterInspection.inspectedOn, locale) }) : null,
  }));
  const others = ctx.visitedCommunes.filter((c) => c.code !== ctx.commune.code);
  return (
    <div className="space-y-6">
      <InspectionPageHeader
        crumbs={[
          { href: "/inspections", label: t("inspections.listTitle") },
          { href: `/inspections/${ctx.inspection.id}`, label: ctx.inspection.title },
        ]}
        title={t("inspections.observationsTitle", { unit })}
        intro={t("inspections.observationsPageIntro")}
        t={t}
      >
        <p className="text-sm">
          {t("inspections.dateLine", { date: formatDate(ctx.inspection.inspectedOn, locale) })} ·{" "}
          <Link href={`/units/${ctx.commune.code}`} className="text-link underline underline-offset-2">
            {unit}
          </Link>
        </p>
        {!editable ? <Callout variant="info">{t("inspections.noRights")}</Callout> : null}
      </InspectionPageHeader>
      <ObservationsForm
        action={saveObservationsAction}
        inspectionId={ctx.inspection.id}
        communeCode={ctx.commune.code}
        rows={rows}
        editable={editable}
        messages={inspectionFormMessages(locale)}
        locale={locale}
      />
      {others.length ? (
        <nav aria-labelledby="other-communes" className="text-sm">
          <h2 id="other-communes" className="font-medium">
            {t("inspections.otherCommunes")}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-4">
            {others.map((c) => (
              <li key={c.code}>
                <Link href={`/inspections/${ctx.inspection.id}/observations/${c.code}`} className="text-link underline underline-offset-2">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
