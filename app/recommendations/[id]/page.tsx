import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addresseeLabel, DueCell, RecommendationStatusBadge } from "@/components/recommendations/display";
import { formOptions } from "@/components/recommendations/form-options";
import { recommendationFormTexts } from "@/components/recommendations/form-texts";
import { NotesTimeline } from "@/components/recommendations/notes-timeline";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { RecommendationNoteForm, RecommendationStatusForm } from "@/components/recommendations/status-forms";
import { Callout } from "@/components/ui/callout";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { communeCriterionHref, unitHref } from "@/components/units/links";
import { addRecommendationNoteAction, changeRecommendationStatusAction, updateRecommendationAction } from "@/lib/actions/recommendation";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getRecommendationDetail, getRecommendationTarget, getRegisterOptions, NOTE_LIMIT } from "@/lib/data/recommendations";
import { parseVietnameseDueDate } from "@/lib/domain/due-date";
import { allowedTransitions, storedDueDate } from "@/lib/domain/recommendation";
import { formatDate } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getT();
  return { title: /^\d{1,9}$/.test(id) ? t("recommendations.detailTitle", { id }) : t("recommendations.title") };
}

/** One recommendation: what, who, by when, the closing suggestion, the progress notes, and the
 * forms the viewer may use (status and notes for the addressee, editing for managers). */
export default async function RecommendationPage({ params }: Props) {
  const [{ id: rawId }, { locale, t }, viewer] = await Promise.all([params, getI18n(), requireViewer()]);
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  const id = Number(rawId);
  const scope = scopeFor(viewer);
  const rec = await getRecommendationDetail(scope, id);
  if (!rec) notFound();
  const target = await getRecommendationTarget(id);
  const mayProgress = !!target && can(viewer, "recommendation.progress", target);
  const mayEdit = !!target && can(viewer, "inspection.manage", target);
  const now = new Date();
  const texts = recommendationFormTexts(locale);
  const choices = allowedTransitions(rec.status);
  const options = mayEdit ? await getRegisterOptions(scope, now) : null;
  const suggestion = rec.suggestion;
  const suggestionText = !suggestion
    ? null
    : suggestion.subject === "indicator" && rec.indicatorCode
      ? t(suggestion.view === "verified" ? "recommendations.suggestIndicatorVerified" : "recommendations.suggestIndicatorSelf", { code: rec.indicatorCode })
      : t(suggestion.view === "verified" ? "recommendations.suggestCriterionVerified" : "recommendations.suggestCriterionSelf", { number: rec.criterion?.number ?? "" });

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/recommendations" className="text-link underline underline-offset-2">
            {t("recommendations.registerLink")}
          </Link>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold sm:text-3xl">{t("recommendations.detailTitle", { id: rec.id })}</h1>
          <RecommendationStatusBadge status={rec.status} t={t} />
        </div>
        <p className="mt-2 max-w-3xl whitespace-pre-line text-lg" data-testid="recommendation-text">
          {rec.text}
        </p>
      </header>

      {suggestionText ? (
        <Callout title={t("recommendations.suggestTitle")}>
          <p data-testid="closing-suggestion">{suggestionText}</p>
          <p>{t("recommendations.suggestHint")}</p>
        </Callout>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("recommendations.detailsHeading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]" data-testid="recommendation-details">
            <dt className="font-medium text-ink-muted">{t("recommendations.colAddressee")}</dt>
            <dd data-testid="recommendation-addressee">{addresseeLabel(rec.addressee, t)}</dd>
            {rec.commune ? (
              <>
                <dt className="font-medium text-ink-muted">{t("recommendations.filterCommune")}</dt>
                <dd>
                  <Link href={unitHref(rec.commune.code)} className="text-link underline underline-offset-2">
                    {rec.commune.name}
                  </Link>
                </dd>
              </>
            ) : null}
            {rec.criterion ? (
              <>
                <dt className="font-medium text-ink-muted">{t("recommendations.filterCriterion")}</dt>
                <dd>
                  {rec.commune ? (
                    <Link href={communeCriterionHref(rec.commune.code, rec.criterion.number)} className="text-link underline underline-offset-2">
                      {rec.criterion.number}. {rec.criterion.name}
                    </Link>
                  ) : (
                    `${rec.criterion.number}. ${rec.criterion.name}`
                  )}
                  {rec.indicator ? <span className="block text-ink-muted">{`${t("recommendations.indicatorShort", { code: rec.indicator.code })}: ${rec.indicator.content}`}</span> : null}
                </dd>
              </>
            ) : null}
            <dt className="font-medium text-ink-muted">{t("recommendations.colDue")}</dt>
            <dd data-testid="recommendation-due">
              <DueCell rec={rec} now={now} locale={locale} t={t} showWarning />
            </dd>
            {rec.inspection ? (
              <>
                <dt className="font-medium text-ink-muted">{t("recommendations.inspection")}</dt>
                <dd>
                  <Link href={`/recommendations?inspection=${rec.inspection.id}&status=all`} className="text-link underline underline-offset-2">
                    {rec.inspection.title}
                  </Link>
                  {rec.sourceSection ? <span className="block text-ink-muted">{t("recommendations.section", { section: rec.sourceSection })}</span> : null}
                </dd>
              </>
            ) : rec.sourceSection ? (
              <>
                <dt className="font-medium text-ink-muted">{t("recommendations.fieldSection")}</dt>
                <dd>{rec.sourceSection}</dd>
              </>
            ) : null}
            {rec.closingNote ? (
              <>
                <dt className="font-medium text-ink-muted">{t("recommendations.closingNote")}</dt>
                <dd className="whitespace-pre-line">
                  {rec.closingNote}
                  {rec.closedAt ? <span className="block text-ink-muted">{`${t("recommendations.closedOn")}: ${formatDate(rec.closedAt, locale)}`}</span> : null}
                </dd>
              </>
            ) : null}
          </dl>
          <p className="mt-3 text-xs text-ink-muted">
            {rec.createdBy ? t("recommendations.recordedBy", { date: formatDate(rec.createdAt, locale), by: rec.createdBy }) : t("recommendations.recordedOn", { date: formatDate(rec.createdAt, locale) })}
          </p>
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("recommendations.notesHeading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <NotesTimeline notes={rec.notes} truncated={rec.notesTruncated} limit={NOTE_LIMIT} locale={locale} t={t} />
          </CardContent>
        </Card>
        <div className="space-y-6">
          {mayProgress ? (
            <>
              {choices.length ? (
                <Card>
                  <CardHeader>
                    <CardTitle as="h2">{t("recommendations.statusFormHeading")}</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <RecommendationStatusForm action={changeRecommendationStatusAction} id={rec.id} version={rec.version} choices={choices} texts={texts} locale={locale} />
                    <p className="mt-3 text-xs text-ink-muted">{t("recommendations.lifecycle")}</p>
                  </CardContent>
                </Card>
              ) : null}
              <Card>
                <CardHeader>
                  <CardTitle as="h2">{t("recommendations.noteFormHeading")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <RecommendationNoteForm action={addRecommendationNoteAction} id={rec.id} texts={texts} />
                </CardContent>
              </Card>
            </>
          ) : (
            <Callout>{t("recommendations.readOnly")}</Callout>
          )}
        </div>
      </div>

      {mayEdit && options ? (
        <details className="rounded-lg border border-line bg-surface p-4">
          <summary className="cursor-pointer font-semibold">{t("recommendations.editHeading")}</summary>
          <div className="mt-4 max-w-4xl">
            <RecommendationForm
              action={updateRecommendationAction}
              mode="edit"
              initial={{
                id: rec.id,
                version: rec.version,
                inspectionId: rec.inspection ? String(rec.inspection.id) : "",
                addressee: rec.addressee.code ? `${rec.addressee.kind}:${rec.addressee.code}` : "",
                communeCode: rec.commune?.code ?? "",
                criterionNumber: rec.criterion ? String(rec.criterion.number) : "",
                indicatorCode: rec.indicatorCode ?? "",
                text: rec.text,
                dueText: rec.dueText ?? "",
                dueDate: explicitDueDate(rec.dueDate, rec.dueText),
                sourceSection: rec.sourceSection ?? "",
              }}
              options={formOptions(options, locale)}
              texts={texts}
              locale={locale}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** The date field of the edit form: empty when the date is the one read from the wording (so
 * changing the wording changes the date), else the stored date. */
function explicitDueDate(dueDate: Date | null, dueText: string | null): string {
  if (!dueDate) return "";
  const parsed = dueText ? parseVietnameseDueDate(dueText).date : null;
  if (parsed && storedDueDate(parsed).getTime() === dueDate.getTime()) return "";
  return dueDate.toISOString().slice(0, 10);
}
