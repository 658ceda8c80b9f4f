import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InspectionPageHeader } from "@/components/inspections/page-header";
import { inspectionReachFor } from "@/components/inspections/province";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { listInspections } from "@/lib/data/inspections";
import { formatDate } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("inspections.listTitle") };
}

/** The inspections the viewer reads, newest first, with their recommendations counted: the
 * province's for province-wide readers; for a district officer those that visited their district
 * or a commune of it, for a commune official those that visited their commune (lib/data filters). */
export default async function InspectionsPage({ searchParams }: Props) {
  const [sp, { locale, t }, viewer] = await Promise.all([searchParams, getI18n(), requireViewer()]);
  const scope = scopeFor(viewer);
  const reach = await inspectionReachFor(viewer, scope, sp.province);
  if (!reach) notFound();
  const now = new Date();
  const rows = await listInspections(scope, reach.provinceCode, now);
  const mayManage = can(viewer, "inspection.manage", { provinceCode: reach.provinceCode, districtCode: null, communeCode: null });
  const [intro, caption] =
    reach.level === "province"
      ? [t("inspections.listIntro", { province: reach.province.name }), t("inspections.caption", { province: reach.province.name })]
      : reach.level === "district"
        ? [t("inspections.listIntroDistrict", { name: reach.unit.name }), t("inspections.captionDistrict", { name: reach.unit.name })]
        : [t("inspections.listIntroCommune", { name: reach.unit.name }), t("inspections.captionCommune", { name: reach.unit.name })];
  return (
    <div className="space-y-6">
      <InspectionPageHeader crumbs={[]} title={t("inspections.listTitle")} intro={intro} t={t}>
        {mayManage ? (
          <p>
            <Link href={viewer.provinceCode ? "/inspections/new" : `/inspections/new?province=${reach.provinceCode}`} className="inline-block rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2" data-testid="new-inspection-link">
              {t("inspections.newLink")}
            </Link>
          </p>
        ) : null}
      </InspectionPageHeader>
      {rows.length === 0 ? (
        <p className="text-ink-muted">{t("inspections.empty")}</p>
      ) : (
        <Table scrollLabel={caption} data-testid="inspection-list">
          <TableCaption className="sr-only">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>{t("inspections.colDate")}</TableHead>
              <TableHead>{t("inspections.colTitle")}</TableHead>
              <TableHead>{t("inspections.colLead")}</TableHead>
              <TableHead>{t("inspections.colUnits")}</TableHead>
              <TableHead>{t("inspections.colRecommendations")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-inspection={r.id}>
                <TableCell className="whitespace-nowrap tabular-nums">{formatDate(r.inspectedOn, locale)}</TableCell>
                <TableCell className="max-w-md">
                  <Link href={`/inspections/${r.id}`} className="text-link underline-offset-2 hover:underline">
                    {r.title}
                  </Link>
                </TableCell>
                <TableCell>
                  {r.leadName}
                  {r.leadTitle || r.leadDepartment ? <span className="block text-xs text-ink-muted">{r.leadTitle ?? r.leadDepartment}</span> : null}
                </TableCell>
                <TableCell>{r.units.map((u) => `${t(`unitKind.${u.kind as "district"}`)} ${u.name}`).join(", ")}</TableCell>
                <TableCell data-testid="recommendation-counts">
                  <span className="block">{t("inspections.recTotal", { count: r.recommendations.total })}</span>
                  <span className="block text-xs text-ink-muted">{t("inspections.recOpen", { count: r.recommendations.open })}</span>
                  {r.recommendations.overdue ? <Badge variant="danger">{t("inspections.recOverdue", { count: r.recommendations.overdue })}</Badge> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
