import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { communeCriterionHref, unitHref } from "@/components/units/links";
import type { QueueCriterionRow } from "@/lib/data/recommendations";
import type { Translator } from "@/lib/i18n/types";

/** Commune × criterion rows a department is in charge of that are not met or nearly met. */
export function QueueCriteriaTable({ rows, caption, t }: { rows: QueueCriterionRow[]; caption: string; t: Translator }) {
  return (
    <Table scrollLabel={caption} data-testid="queue-criteria">
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("recommendations.queueColCommune")}</TableHead>
          <TableHead>{t("recommendations.queueColCriterion")}</TableHead>
          <TableHead>{t("recommendations.queueColRole")}</TableHead>
          <TableHead>{t("recommendations.queueColSelf")}</TableHead>
          <TableHead>{t("recommendations.queueColVerified")}</TableHead>
          <TableHead>{t("recommendations.queueColGaps")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={`${r.commune.code}-${r.criterion.number}`} data-queue-row={`${r.commune.code}-${r.criterion.number}`}>
            <TableCell>
              <Link href={unitHref(r.commune.code)} className="text-link underline-offset-2 hover:underline">
                {r.commune.name}
              </Link>
              {r.commune.districtName ? <span className="block text-xs text-ink-muted">{r.commune.districtName}</span> : null}
            </TableCell>
            <TableCell>
              <Link href={communeCriterionHref(r.commune.code, r.criterion.number)} className="text-link underline-offset-2 hover:underline">
                {r.criterion.number}. {r.criterion.name}
              </Link>
            </TableCell>
            <TableCell>{r.role === "supporting" ? t("recommendations.roleSupporting") : t("recommendations.roleLead")}</TableCell>
            <TableCell>
              <StatusBadge status={r.self} label={t(`status.${r.self}`)} />
            </TableCell>
            <TableCell>
              <StatusBadge status={r.verified} label={t(`status.${r.verified}`)} />
            </TableCell>
            <TableCell>
              <Link href={`/units/${r.commune.code}/gaps`} aria-label={t("recommendations.queueGapLinkLabel", { name: r.commune.name })} className="text-link underline underline-offset-2">
                {t("recommendations.queueGapLink")}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
