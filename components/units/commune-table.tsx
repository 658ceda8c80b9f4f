import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CommuneFigureRow } from "@/lib/data/standing";
import { compareVietnamese } from "@/lib/domain/text";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

/** Communes sorted by standing (most criteria met first, then name), each linking to its page.
 * A commune known only by a document total says so and names the document. */
export function CommuneTable({
  communes,
  totalCriteria,
  hrefFor,
  locale,
  t,
}: {
  communes: CommuneFigureRow[];
  totalCriteria: number;
  hrefFor: (code: string) => string;
  locale: Locale;
  t: Translator;
}) {
  const sorted = [...communes].sort(
    (a, b) => (b.criteriaMet ?? -1) - (a.criteriaMet ?? -1) || compareVietnamese(a.unitName, b.unitName),
  );
  return (
    <Table scrollLabel={t("summary.communeTableCaption")} data-testid="commune-table">
      <TableCaption>{t("summary.communeTableCaption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead numeric>{t("area.colRank")}</TableHead>
          <TableHead>{t("summary.colCommune")}</TableHead>
          <TableHead numeric>{t("summary.colCriteriaMet")}</TableHead>
          <TableHead numeric>{t("area.colNearlyMet")}</TableHead>
          <TableHead>{t("summary.colBasis")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((c, i) => (
          <TableRow key={c.unitCode} data-code={c.unitCode}>
            <TableCell numeric>{formatNumber(i + 1, locale)}</TableCell>
            <TableHead scope="row">
              <Link href={hrefFor(c.unitCode)} className="text-link underline-offset-2 hover:underline">
                {c.unitName}
              </Link>
            </TableHead>
            <TableCell numeric data-testid="criteria-met">
              {c.criteriaMet === null ? t("area.noFigure") : t("area.criteriaMetOf", { met: c.criteriaMet, total: totalCriteria })}
            </TableCell>
            <TableCell numeric>{c.basis === "detailed" && c.verified ? formatNumber(c.verified.nearlyMet, locale) : "—"}</TableCell>
            <TableCell>
              <Badge variant={c.basis === "detailed" ? "brand" : "neutral"}>{t(`basis.${c.basis}`)}</Badge>
              {c.figure.basis === "document" ? (
                <span className="mt-1 block text-xs text-ink-muted">
                  {t("area.documentSource", { source: c.figure.documentLabel })} ({formatDate(c.figure.asOf, locale)})
                </span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
