import type { RecommendationNoteView } from "@/lib/data/recommendations";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

/** Progress notes, newest first, each with its author and date (status changes say from → to). */
export function NotesTimeline({ notes, truncated, limit, locale, t }: { notes: RecommendationNoteView[]; truncated: boolean; limit: number; locale: Locale; t: Translator }) {
  if (!notes.length) return <p className="text-sm text-ink-muted">{t("recommendations.notesEmpty")}</p>;
  return (
    <>
      <ol className="space-y-3 border-l-2 border-line pl-4" data-testid="recommendation-notes">
        {notes.map((n) => (
          <li key={n.id} className="text-sm" data-note={n.id}>
            <p className="text-xs text-ink-muted">
              <time dateTime={n.at.toISOString()}>{t("recommendations.noteBy", { author: n.author ?? t("recommendations.someone"), date: formatDateTime(n.at, locale) })}</time>
            </p>
            {n.statusTo ? (
              <p className="font-medium">
                {t("recommendations.noteStatusChange", {
                  from: n.statusFrom ? t(`recommendationStatus.${n.statusFrom}`) : "—",
                  to: t(`recommendationStatus.${n.statusTo}`),
                })}
              </p>
            ) : null}
            {n.body ? <p className="whitespace-pre-line">{n.body}</p> : null}
          </li>
        ))}
      </ol>
      {truncated ? <p className="mt-2 text-xs text-ink-muted">{t("recommendations.notesTruncated", { count: limit })}</p> : null}
    </>
  );
}
