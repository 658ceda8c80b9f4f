import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { EvidenceItem } from "@/lib/data/evidence";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

/** The URL that downloads an evidence file (authorized by the route handler). */
export const evidenceHref = (id: number) => `/api/v1/evidence/${id}`;

/** "820 KB", "1,4 MB" in the reader's number format. */
export function fileSizeText(bytes: number, locale: Locale, t: Translator): string {
  if (bytes < 1024 * 1024) return t("editing.sizeKb", { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale) });
  return t("editing.sizeMb", { size: formatNumber(bytes / (1024 * 1024), locale, { maximumFractionDigits: 1 }) });
}

/** A short name for an item (for the remove button's label). */
export function evidenceName(e: EvidenceItem): string {
  const s = (e.kind === "file" ? e.fileName : e.kind === "link" ? e.url : e.text) ?? "";
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/**
 * The evidence of one criterion: notes, links (opened in a new tab, no referrer) and files
 * (downloaded through the authorized route), each with its view, indicator, author and date.
 * Read-only unless `actions` renders something per item (the editing page's remove button).
 */
export function EvidenceList({
  items,
  criterionNumber,
  locale,
  t,
  actions,
}: {
  items: readonly EvidenceItem[];
  criterionNumber: number;
  locale: Locale;
  t: Translator;
  actions?: (item: EvidenceItem) => ReactNode;
}) {
  if (!items.length) return <p className="text-sm text-ink-muted">{t("editing.evidenceEmpty")}</p>;
  const kindLabel = { note: t("editing.evidenceKindNote"), link: t("editing.evidenceKindLink"), file: t("editing.evidenceKindFile") } as const;
  return (
    <ul aria-label={t("editing.evidenceListLabel", { number: criterionNumber })} className="space-y-2" data-testid={`evidence-list-${criterionNumber}`}>
      {items.map((e) => (
        <li key={e.id} className="rounded border border-line p-2 text-sm" data-evidence={e.id} data-kind={e.kind}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge>{kindLabel[e.kind]}</Badge>
            <Badge variant={e.view === "verified" ? "info" : "neutral"}>{t(`view.${e.view}`)}</Badge>
            {e.indicatorCode ? <span className="text-xs text-ink-muted">{t("criteria.indicatorCode", { code: e.indicatorCode })}</span> : null}
            {actions ? <span className="ml-auto">{actions(e)}</span> : null}
          </div>
          <div className="mt-1 break-words">
            {e.kind === "file" && e.fileName ? (
              <a href={evidenceHref(e.id)} download className="text-link underline underline-offset-2" data-testid="evidence-download">
                {t("editing.evidenceDownload", { name: e.fileName, size: fileSizeText(e.sizeBytes ?? 0, locale, t) })}
              </a>
            ) : null}
            {e.kind === "link" && e.url ? (
              <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="text-link underline underline-offset-2">
                {t("editing.evidenceOpenLink", { url: e.url })}
              </a>
            ) : null}
            {e.text ? <p className={e.kind === "note" ? "" : "text-ink-muted"}>{e.text}</p> : null}
          </div>
          <p className="mt-1 text-xs text-ink-muted">{t("editing.evidenceByAt", { by: e.createdBy ?? "—", at: formatDate(e.createdAt, locale) })}</p>
        </li>
      ))}
    </ul>
  );
}
