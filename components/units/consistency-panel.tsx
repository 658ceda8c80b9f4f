import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConsistencyRow } from "@/lib/domain/consistency";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { metricLabel } from "./metric-label";

/** Every figure a document states that the data can check, mismatches first. Figures the data
 * cannot check (a commune known only by that same total) are counted, not listed. */
export function ConsistencyPanel({
  rows,
  hrefFor,
  locale,
  t,
  headingLevel = "h2",
}: {
  rows: ConsistencyRow[];
  hrefFor: (unitCode: string) => string;
  locale: Locale;
  t: Translator;
  headingLevel?: "h2" | "h3";
}) {
  const checkable = rows.filter((r) => r.checkable);
  const mismatched = checkable.filter((r) => !r.consistent);
  const matched = checkable.filter((r) => r.consistent);
  // Averages always with their decimal ("11,0" beside "10,9", as on the summary card); counts as integers.
  const fmt = (n: number | null, metric?: string) =>
    formatNumber(n, locale, metric === "average_criteria_met" ? { minimumFractionDigits: 1, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
  const table = (list: ConsistencyRow[], testId: string) => (
    <Table scrollLabel={t("consistency.title")} data-testid={testId}>
      <TableCaption className="sr-only">{t("consistency.description")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("consistency.subject")}</TableHead>
          <TableHead numeric>{t("consistency.reported")}</TableHead>
          <TableHead numeric>{t("consistency.computed")}</TableHead>
          <TableHead>{t("consistency.result")}</TableHead>
          <TableHead>{t("common.source")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.map((r, i) => (
          <TableRow key={`${r.unitCode}-${r.metric}-${r.param}-${i}`} data-consistent={r.consistent}>
            <TableCell>
              <Link href={hrefFor(r.unitCode)} className="font-medium text-link underline-offset-2 hover:underline">
                {r.subject}
              </Link>
              <span className="block text-ink-muted">{metricLabel(r.metric, r.param, t)}</span>
            </TableCell>
            <TableCell numeric>{fmt(r.stated, r.metric)}</TableCell>
            <TableCell numeric>{fmt(r.computed, r.metric)}</TableCell>
            <TableCell>
              <Badge variant={r.consistent ? "success" : "danger"}>
                {r.consistent ? t("consistency.match") : t("consistency.mismatch")}
              </Badge>
              {!r.consistent && r.difference !== null ? (
                <span className="mt-1 block text-xs text-ink-muted">
                  {t("consistency.difference")}: {r.difference > 0 ? "+" : ""}
                  {fmt(r.difference, r.metric)}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="max-w-md text-xs text-ink-muted">{r.source}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle as={headingLevel}>{t("consistency.title")}</CardTitle>
        <CardDescription>
          {mismatched.length > 0 ? t("consistency.issueCount", { count: mismatched.length }) : t("consistency.none")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {checkable.length === 0 ? <p className="text-sm text-ink-muted">{t("common.noData")}</p> : null}
        {mismatched.length ? table(mismatched, "consistency-table") : null}
        {matched.length ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-link underline-offset-2 hover:underline">
              {t("consistency.matchedToggle", { count: matched.length })}
            </summary>
            <div className="mt-2">{table(matched, "consistency-matched")}</div>
          </details>
        ) : null}
      </CardContent>
    </Card>
  );
}
