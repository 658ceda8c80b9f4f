import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CommuneDetail } from "@/lib/data/commune";
import { isOverdue } from "@/lib/domain/gaps";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/types";
import { DueDate } from "./gap-list";

/** Every recommendation about the commune (open or not), with addressee, deadline and status. */
export function RecommendationTable({ detail, now, locale, t }: { detail: CommuneDetail; now: Date; locale: Locale; t: Translator }) {
  const caption = t("communePage.recommendationsCaption", { name: detail.unit.name });
  if (!detail.recommendations.length) return <p className="text-sm text-ink-muted">{t("communePage.noRecommendations")}</p>;
  return (
    <Table scrollLabel={caption} data-testid="recommendation-table">
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("communePage.colRecommendation")}</TableHead>
          <TableHead>{t("communePage.colAddressee")}</TableHead>
          <TableHead>{t("communePage.colDue")}</TableHead>
          <TableHead>{t("communePage.colStatus")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {detail.recommendations.map((r) => (
          <TableRow key={r.id}>
            <TableCell className="max-w-xl">
              {r.text}
              <span className="mt-1 block text-xs text-ink-muted">
                {[r.criterionNumber ? t("communePage.criterionLink", { number: r.criterionNumber }) : null, r.sourceSection ? t("communePage.section", { section: r.sourceSection }) : null]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </TableCell>
            <TableCell>{r.addressee}</TableCell>
            <TableCell>
              <DueDate rec={{ ...r, overdue: isOverdue(r, now) }} locale={locale} t={t} />
            </TableCell>
            <TableCell>{t(`recommendationStatus.${r.status}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
