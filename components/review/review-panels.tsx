import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CommuneReview, ReviewLogEntry, SubmissionView } from "@/lib/data/reviews";
import type { ReviewState } from "@/lib/domain/review";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

// Read-only parts of the review page: the current state, the submissions and the review log.

const stateVariant: Record<ReviewState, BadgeVariant> = {
  none: "neutral",
  submitted: "info",
  approved: "success",
  returned: "warning",
  reopened: "brand",
};

/** The state of a review as a badge; the text always says it (colour is decoration). */
export function ReviewStateBadge({ state, t }: { state: ReviewState; t: Translator }) {
  return (
    <Badge variant={stateVariant[state]} data-review-state={state}>
      {t(`review.state.${state}`)}
    </Badge>
  );
}

function Reasons({ reasons, t }: { reasons: SubmissionView["reasons"]; t: Translator }) {
  return (
    <ul className="list-inside list-disc space-y-1">
      {reasons.map((r, i) => (
        <li key={`${r.criterionNumber}-${i}`} data-criterion={r.criterionNumber}>
          <span className="font-medium">{t("review.criterionLabel", { number: r.criterionNumber, name: r.criterionName })}:</span>{" "}
          <span className="whitespace-pre-line">{r.reason}</span>
        </li>
      ))}
    </ul>
  );
}

/** Where the review stands now: the state, who did what when, the commune's note, and the reasons
 * of a return (linked to the criteria on the editing page). */
export function ReviewStatusCard({ review, locale, t }: { review: CommuneReview; locale: Locale; t: Translator }) {
  const latest = review.latest;
  const met = review.criteria.filter((c) => c.self === "met").length;
  return (
    <Card data-testid="review-status">
      <CardHeader>
        <CardTitle as="h2">{t("review.currentHeading")}</CardTitle>
        <CardDescription>{t("review.selfSummary", { met, total: review.criteria.length })}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <ReviewStateBadge state={review.state} t={t} />
          <span>{t(`review.stateHelp.${review.state}`)}</span>
        </p>
        {latest ? (
          <ul className="space-y-1 text-ink-muted">
            <li>{t("review.submittedBy", { by: latest.submittedBy ?? "—", at: formatDateTime(latest.submittedAt, locale) })}</li>
            {latest.reviewedAt ? <li>{t("review.reviewedBy", { by: latest.reviewedBy ?? "—", at: formatDateTime(latest.reviewedAt, locale) })}</li> : null}
            {latest.note ? <li className="whitespace-pre-line">{t("review.submitterNote", { note: latest.note })}</li> : null}
          </ul>
        ) : null}
        {latest?.status === "returned" && latest.reasons.length ? (
          <div data-testid="review-return-reasons">
            <h3 className="mb-1 font-semibold">{t("review.reasonsHeading")}</h3>
            <Reasons reasons={latest.reasons} t={t} />
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

const whoWhen = (by: string | null, at: Date | null, locale: Locale, t: Translator) =>
  at ? t("review.whoWhen", { by: by ?? "—", at: formatDateTime(at, locale) }) : "—";

/** Every submission of the commune, newest first. */
export function SubmissionTable({ review, locale, t }: { review: CommuneReview; locale: Locale; t: Translator }) {
  const caption = t("review.submissionsCaption");
  return (
    <section aria-labelledby="submissions-heading" className="space-y-2">
      <h2 id="submissions-heading" className="text-lg font-semibold">
        {t("review.submissionsHeading")}
      </h2>
      {review.submissions.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("review.submissionsEmpty")}</p>
      ) : (
        <Table scrollLabel={caption} data-testid="submission-table">
          <TableCaption className="sr-only">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead numeric>{t("review.colNumber")}</TableHead>
              <TableHead>{t("review.colSubmitted")}</TableHead>
              <TableHead>{t("review.colNote")}</TableHead>
              <TableHead>{t("review.colResult")}</TableHead>
              <TableHead>{t("review.colReviewed")}</TableHead>
              <TableHead>{t("review.colReasons")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {review.submissions.map((s) => (
              <TableRow key={s.id} data-submission={s.number} data-status={s.status}>
                <TableHead scope="row" numeric>
                  {s.number}
                </TableHead>
                <TableCell>{whoWhen(s.submittedBy, s.submittedAt, locale, t)}</TableCell>
                <TableCell className="whitespace-pre-line">{s.note ?? "—"}</TableCell>
                <TableCell>
                  <ReviewStateBadge state={s.status} t={t} />
                </TableCell>
                <TableCell>{whoWhen(s.reviewedBy, s.reviewedAt, locale, t)}</TableCell>
                <TableCell>{s.reasons.length ? <Reasons reasons={s.reasons} t={t} /> : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {review.submissionsTruncated ? <p className="text-sm text-ink-muted">{t("review.submissionsTruncated", { count: review.submissions.length })}</p> : null}
    </section>
  );
}

function LogItem({ e, locale, t }: { e: ReviewLogEntry; locale: Locale; t: Translator }) {
  return (
    <li className="text-sm" data-review-log={e.to}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <time dateTime={e.at.toISOString()} className="tabular-nums text-ink-muted">
          {formatDateTime(e.at, locale)}
        </time>
        <span>{t("review.logChange", { from: t(`review.state.${e.from}`), to: t(`review.state.${e.to}`) })}</span>
      </p>
      <p className="text-ink-muted">
        {e.actor ? t("review.logActor", { actor: e.actor }) : null}
        {e.actor && e.reason ? " · " : null}
        {e.reason ? <span className="whitespace-pre-line">{t("review.logReason", { reason: e.reason })}</span> : null}
      </p>
    </li>
  );
}

/** The append-only log of review transitions (AssessmentHistory, field "review"), newest first. */
export function ReviewLog({ log, locale, t }: { log: ReviewLogEntry[]; locale: Locale; t: Translator }) {
  return (
    <Card data-testid="review-log">
      <CardHeader>
        <CardTitle as="h2">{t("review.logHeading")}</CardTitle>
        <CardDescription>{t("review.logDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        {log.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("review.logEmpty")}</p>
        ) : (
          <ol className="space-y-3">
            {log.map((e) => (
              <LogItem key={e.id} e={e} locale={locale} t={t} />
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
