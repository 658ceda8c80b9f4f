import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DueDate } from "@/components/commune/gap-list";
import { InspectionPageHeader } from "@/components/inspections/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { getViewer, requireViewer } from "@/lib/auth/session";
import { getInspection } from "@/lib/data/inspections";
import { formatDate } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { inspectionIdOf } from "./id";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t, viewer] = await Promise.all([params, getT(), getViewer()]);
  const n = inspectionIdOf(id);
  const detail = n !== null && viewer ? await getInspection(scopeFor(viewer), n, new Date()) : null;
  return { title: detail?.title ?? t("inspections.title") };
}

const linkClass = "rounded-md border border-line-strong px-3 py-1.5 text-sm text-link hover:bg-surface-muted focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";

/** One inspection: header, basis, team, units visited, findings, the observations per commune
 * and the recommendations it made (read-only here), with links to record more (for those who
 * manage inspections) and to the report (for those who may read it). A district officer or a
 * commune official reads it too when it visited their district or commune: without the edit links,
 * with the observations of the communes they read only (a commune official: their own commune),
 * the recommendations the register shows them, and (a commune official) no report — it states
 * the whole district's figures. */
export default async function InspectionPage({ params }: Props) {
  const [{ id: raw }, { locale, t }, viewer] = await Promise.all([params, getI18n(), requireViewer()]);
  const id = inspectionIdOf(raw);
  if (id === null) notFound();
  const now = new Date();
  const d = await getInspection(scopeFor(viewer), id, now);
  if (!d) notFound();
  const mayManage = can(viewer, "inspection.manage", { provinceCode: d.provinceCode, districtCode: null, communeCode: null });
  const communes = d.units.filter((u) => u.observable && u.readable);
  const communesLimited = d.units.some((u) => u.observable && !u.readable);
  const unitName = (u: { kind: string; name: string }) => `${t(`unitKind.${u.kind as "commune"}`)} ${u.name}`;
  const caption = t("inspections.recommendationsCaption", { title: d.title });
  return (
    <div className="space-y-6">
      <InspectionPageHeader crumbs={[{ href: "/inspections", label: t("inspections.listTitle") }]} title={d.title} t={t}>
        <p className="text-sm" data-testid="inspection-date">
          {t("inspections.dateLine", { date: formatDate(d.inspectedOn, locale) })}
        </p>
        <p className="text-sm">
          {t("inspections.leadLine", { name: [d.leadName, d.leadTitle].filter(Boolean).join(", ") })}
          {d.leadDepartment && !d.leadTitle?.includes(d.leadDepartment.name) ? ` (${d.leadDepartment.name})` : ""}
        </p>
        {d.createdBy ? <p className="text-xs text-ink-muted">{t("inspections.createdBy", { name: d.createdBy })}</p> : null}
        <nav aria-label={t("inspections.title")} className="flex flex-wrap gap-2 pt-1">
          {mayManage ? (
            <Link href={`/inspections/${d.id}/edit`} className={linkClass} data-testid="edit-inspection-link">
              {t("inspections.editLink")}
            </Link>
          ) : null}
          {mayManage ? (
            <Link href={`/recommendations/new?inspection=${d.id}`} className={linkClass} data-testid="add-recommendation-link">
              {t("inspections.addRecommendation")}
            </Link>
          ) : null}
          {d.mayReadReport ? (
            <Link href={`/inspections/${d.id}/report`} className={linkClass} data-testid="report-link">
              {t("inspections.reportLink")}
            </Link>
          ) : null}
          {d.mayReadReport ? (
            <a href={`/api/v1/inspections/${d.id}/report.docx`} className={linkClass} data-testid="docx-link">
              {t("inspections.docxLink")}
            </a>
          ) : null}
        </nav>
        {d.mayReadReport ? null : (
          <p className="max-w-3xl text-sm text-ink-muted" data-testid="report-not-readable">
            {t("inspections.reportNotReadable")}
          </p>
        )}
      </InspectionPageHeader>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("inspections.basisHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            {d.basis.length ? (
              <ul className="list-inside list-disc space-y-1 text-sm" data-testid="inspection-basis">
                {d.basis.map((b) => (
                  <li key={b.id}>
                    <span className="font-medium">{b.label}</span>
                    {b.issuer ? ` — ${b.issuer}` : ""}: {b.title}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-ink-muted">{t("inspections.notRecorded")}</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("inspections.teamHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="space-y-1 text-sm" data-testid="inspection-team">
              <li>
                <span className="font-medium">{t("inspections.leadLegend")}:</span> {[d.leadName, d.leadTitle].filter(Boolean).join(", ")}
              </li>
              {d.members.map((m, i) => (
                <li key={i}>
                  {m.department ?? m.agencyName}
                  {m.representative ? ` (${m.representative})` : ""} — {t(`inspections.roles.${m.role}`)}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("inspections.unitsHeading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="inspection-units">
            {d.units.map((u) => (
              <li key={u.code}>
                {u.readable ? (
                  <Link href={`/units/${u.code}`} className="text-link underline-offset-2 hover:underline">
                    {unitName(u)}
                  </Link>
                ) : (
                  unitName(u)
                )}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("inspections.findingsHeading")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm">
          <div>
            <h3 className="font-medium">{t("inspections.strengths")}</h3>
            <p className="whitespace-pre-line" data-testid="inspection-strengths">
              {d.strengths ?? t("inspections.notRecorded")}
            </p>
          </div>
          <div>
            <h3 className="font-medium">{t("inspections.shortcomings")}</h3>
            <p className="whitespace-pre-line" data-testid="inspection-shortcomings">
              {d.shortcomings ?? t("inspections.notRecorded")}
            </p>
          </div>
        </CardContent>
      </Card>

      <section aria-labelledby="observations-heading" className="space-y-2">
        <h2 id="observations-heading" className="text-lg font-semibold">
          {t("inspections.observationsHeading")}
        </h2>
        <p className="text-sm text-ink-muted">{t("inspections.observationsIntro")}</p>
        {communesLimited ? (
          <p className="text-sm text-ink-muted" data-testid="observations-limited">
            {t("inspections.observationsLimited")}
          </p>
        ) : null}
        {communes.length ? (
          <ul className="space-y-1 text-sm" data-testid="inspection-observations">
            {communes.map((c) => (
              <li key={c.code}>
                <Link href={`/inspections/${d.id}/observations/${c.code}`} className="text-link underline underline-offset-2">
                  {t("inspections.observeLink", { unit: unitName(c) })}
                </Link>{" "}
                <span className="text-ink-muted">({t("inspections.observedCount", { count: c.observed })})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">{t("inspections.noCommuneVisited")}</p>
        )}
      </section>

      <section aria-labelledby="inspection-recommendations-heading" className="space-y-2">
        <h2 id="inspection-recommendations-heading" className="text-lg font-semibold">
          {t("inspections.recommendationsHeading")}
        </h2>
        {d.recommendationsLimited ? (
          <p className="text-sm text-ink-muted" data-testid="recommendations-limited">
            {t("inspections.recommendationsLimited")}
          </p>
        ) : null}
        {d.recommendations.length ? (
          <Table scrollLabel={caption} data-testid="inspection-recommendations">
            <TableCaption className="sr-only">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("inspections.colRecommendation")}</TableHead>
                <TableHead>{t("inspections.colAddressee")}</TableHead>
                <TableHead>{t("inspections.colDue")}</TableHead>
                <TableHead>{t("inspections.colStatus")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.recommendations.map((r) => (
                <TableRow key={r.id} data-overdue={r.overdue ? "true" : "false"}>
                  <TableCell className="max-w-xl">
                    {r.text}
                    <span className="mt-1 block text-xs text-ink-muted">
                      {[r.commune, r.criterionNumber ? t("communePage.criterionLink", { number: r.criterionNumber }) : null, r.sourceSection ? t("communePage.section", { section: r.sourceSection }) : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </TableCell>
                  <TableCell>{r.addressee}</TableCell>
                  <TableCell>
                    <DueDate rec={r} locale={locale} t={t} />
                  </TableCell>
                  <TableCell>{t(`recommendationStatus.${r.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <p className="text-sm text-ink-muted">{t("inspections.noRecommendations")}</p>
        )}
      </section>
    </div>
  );
}
