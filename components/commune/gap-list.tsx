import Link from "next/link";
import { DownloadLinks, unitExportHref } from "@/components/export/download-links";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CommuneDetail } from "@/lib/data/commune";
import type { GapRecommendation } from "@/lib/domain/gaps";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

/** Unmet and nearly met criteria with the department in charge, the indicators that miss their
 * target and the open recommendations with their deadlines (overdue marked). */
export function GapList({ detail, asOf, locale, t }: { detail: CommuneDetail; asOf: { iso: string; isToday: boolean }; locale: Locale; t: Translator }) {
  const { gaps } = detail;
  const indicator = (code: string) =>
    detail.groups.flatMap((g) => g.criteria).flatMap((c) => c.indicators).find((i) => i.code === code);
  return (
    <Card data-testid="gap-list">
      <CardHeader>
        <CardTitle as="h2">{t("gaps.title")}</CardTitle>
        <CardDescription>
          {gaps.items.length ? t("gaps.count", { count: gaps.items.length }) : t("gaps.none")}
        </CardDescription>
        <DownloadLinks
          what="gaps"
          asOf={asOf}
          locale={locale}
          t={t}
          className="pt-1"
          links={[
            { href: unitExportHref(detail.unit.code, "gaps", "xlsx", asOf), label: t("exports.excel"), format: "xlsx" },
            { href: unitExportHref(detail.unit.code, "gaps", "csv", asOf), label: t("exports.csv"), format: "csv" },
          ]}
        />
        <Link href={`/units/${detail.unit.code}/gaps${asOf.isToday ? "" : `?asOf=${asOf.iso}`}`} className="text-sm" data-testid="gap-print-link">{t("inspectionReport.gaps.open")}</Link>
      </CardHeader>
      <CardContent>
        <ul className="space-y-3">
          {gaps.items.map((g) => (
            <li key={g.number} className="rounded-lg border border-line p-3" data-gap={g.number}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{t("criteria.criterionTitle", { number: g.number, name: g.name })}</span>
                <StatusBadge status={g.status} label={t(`status.${g.status}`)} />
              </div>
              <p className="mt-1 text-sm">
                <span className="text-ink-muted">{t("criteria.department")}: </span>
                {g.departments.length ? g.departments.map((d) => d.shortName).join(", ") : <span className="text-ink-muted">{t("criteria.noDepartment")}</span>}
              </p>
              {g.failingIndicators.length ? (
                <p className="mt-1 text-sm">
                  <span className="text-ink-muted">{t("gaps.missingIndicators")}: </span>
                  {g.failingIndicators
                    .map((f) => {
                      const ind = indicator(f.code);
                      return ind ? `${f.code} (${ind.content})` : f.code;
                    })
                    .join("; ")}
                </p>
              ) : null}
              <RecommendationList recs={g.recommendations} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

export function RecommendationList({ recs, locale, t }: { recs: GapRecommendation[]; locale: Locale; t: Translator }) {
  if (!recs.length) return null;
  return (
    <ul className="mt-2 space-y-1 border-l-2 border-line pl-3 text-sm">
      {recs.map((r) => (
        <li key={r.id}>
          <span>{r.text}</span>{" "}
          <span className="text-ink-muted">— {r.addressee}</span>{" "}
          <DueDate rec={r} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
}

export function DueDate({ rec, locale, t }: { rec: { dueDate: Date | null; dueText: string | null; overdue?: boolean }; locale: Locale; t: Translator }) {
  if (!rec.dueDate) return <span className="text-ink-muted">({rec.dueText ?? t("communePage.dueUnknown")})</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="tabular-nums">
        {t("commune.dueDate")}: {formatDate(rec.dueDate, locale)}
        {rec.dueText ? <span className="text-ink-muted"> (“{rec.dueText}”)</span> : null}
      </span>
      {rec.overdue ? <Badge variant="danger">{t("commune.overdue")}</Badge> : null}
    </span>
  );
}
