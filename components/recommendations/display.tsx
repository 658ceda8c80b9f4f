import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { AddresseeRef, RegisterRow } from "@/lib/data/recommendations";
import { parseVietnameseDueDate } from "@/lib/domain/due-date";
import { dueState } from "@/lib/domain/recommendation";
import type { RecommendationStatus } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

// Small read-only pieces shared by the register, the queue, the detail page and the home list.

/** "Sở Giao thông vận tải", "UBND huyện Văn Quan", "UBND xã Tú Xuyên", or the worded addressee. */
export function addresseeLabel(a: AddresseeRef, t: Translator): string {
  if (a.kind === "district") return t("recommendations.addresseeDistrict", { name: a.name });
  if (a.kind === "commune") return a.unitKind === "township" ? t("recommendations.addresseeTownship", { name: a.name }) : t("recommendations.addresseeCommune", { name: a.name });
  return a.name;
}

const STATUS_VARIANT: Record<RecommendationStatus, BadgeVariant> = { open: "warning", in_progress: "info", done: "success", cancelled: "neutral" };

export function RecommendationStatusBadge({ status, t }: { status: RecommendationStatus; t: Translator }) {
  return <Badge variant={STATUS_VARIANT[status]}>{t(`recommendationStatus.${status}`)}</Badge>;
}

/** The deadline: the date (when there is one), the wording as written, an overdue or due-soon
 * badge, and a visible warning when the wording could not be read as a date. */
export function DueCell({ rec, now, locale, t, showWarning = false }: { rec: Pick<RegisterRow, "dueDate" | "dueText" | "status">; now: Date; locale: Locale; t: Translator; showWarning?: boolean }) {
  const state = dueState(rec, now);
  const warning = rec.dueDate === null && rec.dueText ? parseVietnameseDueDate(rec.dueText).warning : null;
  return (
    <span className="flex flex-col gap-1">
      <span className="flex flex-wrap items-center gap-1">
        {rec.dueDate ? <span className="tabular-nums">{formatDate(rec.dueDate, locale)}</span> : <span className="text-ink-muted">{t("recommendations.noDueDate")}</span>}
        {state === "overdue" ? (
          <Badge variant="danger" data-testid="overdue-badge">
            {t("recommendations.overdue")}
          </Badge>
        ) : state === "due_soon" ? (
          <Badge variant="warning">{t("recommendations.dueSoon")}</Badge>
        ) : null}
      </span>
      {rec.dueText ? <span className="text-xs text-ink-muted">{t("recommendations.dueWording", { text: rec.dueText })}</span> : null}
      {showWarning && warning && rec.dueText ? (
        <span className="text-xs text-warning" data-testid="due-warning">
          {t("recommendations.dueUnreadable", { text: rec.dueText, reason: t(`recommendations.dueReason.${warning}`) })}
        </span>
      ) : null}
    </span>
  );
}

/** "Tú Xuyên · Tiêu chí 2 (chỉ tiêu 9.1)". */
export function placeText(r: Pick<RegisterRow, "commune" | "criterion" | "indicatorCode">, t: Translator): string {
  const parts: string[] = [];
  if (r.commune) parts.push(r.commune.name);
  if (r.criterion) parts.push(t("recommendations.criterionShort", { number: r.criterion.number }) + (r.indicatorCode ? ` (${t("recommendations.indicatorShort", { code: r.indicatorCode })})` : ""));
  return parts.join(" · ");
}
