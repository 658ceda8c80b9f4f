import Link from "next/link";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { RegisterRow } from "@/lib/data/recommendations";
import { isOverdue } from "@/lib/domain/recommendation";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { addresseeLabel, DueCell, placeText, RecommendationStatusBadge } from "./display";

/** Recommendations as a table: text (linked to its page), addressee, commune and criterion,
 * deadline with the overdue badge, status, latest note. Rows come in the caller's order. */
export function RecommendationTable({
  rows,
  caption,
  now,
  locale,
  t,
  testId = "recommendation-register",
  showAddressee = true,
}: {
  rows: RegisterRow[];
  caption: string;
  now: Date;
  locale: Locale;
  t: Translator;
  testId?: string;
  showAddressee?: boolean;
}) {
  return (
    <Table scrollLabel={caption} data-testid={testId}>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("recommendations.colText")}</TableHead>
          {showAddressee ? <TableHead>{t("recommendations.colAddressee")}</TableHead> : null}
          <TableHead>{t("recommendations.colPlace")}</TableHead>
          <TableHead>{t("recommendations.colDue")}</TableHead>
          <TableHead>{t("recommendations.colStatus")}</TableHead>
          <TableHead>{t("recommendations.colLastNote")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-recommendation={r.id} data-overdue={isOverdue(r, now) ? "true" : "false"}>
            <TableCell className="min-w-64 max-w-xl">
              <Link href={`/recommendations/${r.id}`} className="text-link underline-offset-2 hover:underline">
                {r.text}
              </Link>
              {r.sourceSection ? <span className="mt-1 block text-xs text-ink-muted">{t("recommendations.section", { section: r.sourceSection })}</span> : null}
            </TableCell>
            {showAddressee ? <TableCell className="min-w-40">{addresseeLabel(r.addressee, t)}</TableCell> : null}
            <TableCell className="min-w-32">{placeText(r, t) || <span className="text-ink-muted">—</span>}</TableCell>
            <TableCell className="min-w-36">
              <DueCell rec={r} now={now} locale={locale} t={t} />
            </TableCell>
            <TableCell>
              <RecommendationStatusBadge status={r.status} t={t} />
            </TableCell>
            <TableCell className="min-w-48 max-w-sm text-xs">
              {r.lastNote ? (
                <>
                  <span className="line-clamp-3">{r.lastNote.body}</span>
                  <span className="mt-1 block text-ink-muted">{t("recommendations.noteBy", { author: r.lastNote.author ?? t("recommendations.someone"), date: formatDate(r.lastNote.at, locale) })}</span>
                </>
              ) : (
                <span className="text-ink-muted">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
