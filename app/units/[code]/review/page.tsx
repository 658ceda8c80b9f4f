import { CommuneSubpageHeader } from "@/components/commune/subpage-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReviewDecisionForms, ReviewSubmitForm } from "@/components/review/review-forms";
import { ReviewLog, ReviewStatusCard, SubmissionTable } from "@/components/review/review-panels";
import { Callout } from "@/components/ui/callout";
import { decideReviewAction, submitForReviewAction } from "@/lib/actions/review";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { getViewer } from "@/lib/auth/session";
import { getCommuneReview } from "@/lib/data/reviews";
import { availableReviewActions, REVIEW_DECISIONS, reviewTransition, type ReviewDecision } from "@/lib/domain/review";
import { catalogs } from "@/lib/i18n/messages";
import { getI18n, getT } from "@/lib/i18n/server";
import { unitCodeSchema } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("review.title") };
}

/** The review of a commune's self-assessment: where it stands, the commune's "Gửi thẩm định" form,
 * the reviewer's decisions, every submission and the log. Forms appear only where the viewer may
 * act; the actions check again on the server. */
export default async function CommuneReviewPage({ params }: Props) {
  const [{ code }, { locale, t }] = await Promise.all([params, getI18n()]);
  if (!unitCodeSchema.safeParse(code).success) notFound();
  const viewer = await getViewer();
  if (!viewer || !viewer.active) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/units/${code}/review`)}`);
  const review = await getCommuneReview(scopeFor(viewer), code);
  if (!review) notFound();
  const place = { provinceCode: review.commune.provinceCode, districtCode: review.commune.districtCode, communeCode: review.commune.code };

  const maySubmit = can(viewer, "assessment.self.submit", place);
  const mayDecide = can(viewer, "review.decide", place);
  const submitStep = reviewTransition(review.state, "submit");
  const decisions = availableReviewActions(review.state).filter((a): a is ReviewDecision => (REVIEW_DECISIONS as readonly string[]).includes(a));
  const formProps = {
    communeCode: review.commune.code,
    submission: review.latest ? { id: review.latest.id, version: review.latest.version } : null,
    messages: catalogs[locale].review,
    errorTexts: {
      "validation.invalid": t("validation.invalid"),
      "validation.tooLong": t("validation.tooLong"),
      "validation.reasonRequired": t("validation.reasonRequired"),
      "review.validation.reasonsRequired": t("review.validation.reasonsRequired"),
      "review.validation.unknownCriterion": t("review.validation.unknownCriterion"),
    },
    locale,
  };

  return (
    <div className="space-y-6">
      <CommuneSubpageHeader commune={review.commune} title={t("review.title")} intro={t("review.intro")} t={t}>
        <p className="text-sm">
          <Link href={`/units/${review.commune.code}/edit`} className="text-link underline underline-offset-2">{t("review.openEditor")}</Link>
        </p>
      </CommuneSubpageHeader>

      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <ReviewStatusCard review={review} locale={locale} t={t} />
        <div className="space-y-4">
          {maySubmit ? (
            <ReviewSubmitForm {...formProps} action={submitForReviewAction} unavailable={submitStep.ok ? null : submitStep.refusal} />
          ) : null}
          {mayDecide ? (
            <ReviewDecisionForms
              {...formProps}
              action={decideReviewAction}
              available={decisions}
              criteria={review.criteria.map((c) => ({ number: c.number, name: c.name, selfLabel: t(`status.${c.self}`) }))}
            />
          ) : null}
          {!maySubmit && !mayDecide ? <Callout variant="info">{t("review.viewOnly")}</Callout> : null}
        </div>
      </div>

      <SubmissionTable review={review} locale={locale} t={t} />
      <ReviewLog log={review.log} locale={locale} t={t} />
    </div>
  );
}
