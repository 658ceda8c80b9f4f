import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CriterionStatusForm, type CriterionStatusFormLabels } from "@/components/forms/criterion-status-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Callout } from "@/components/ui/callout";
import { StatusBadge } from "@/components/ui/status-badge";
import { saveSelfStatusAction, saveVerifiedStatusAction } from "@/lib/actions/assessment";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getCommuneEditContext } from "@/lib/data/assessments";
import { STATUSES } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { unitCodeSchema } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("editing.title") };
}

/** Editing a commune's standing: the self-assessment for its officials, the verified status for
 * the district and the department in charge of each criterion. Forms appear only where the
 * viewer may write; the actions check again on the server. */
export default async function EditCommunePage({ params }: Props) {
  const [{ code }, { locale, t }] = await Promise.all([params, getI18n()]);
  if (!unitCodeSchema.safeParse(code).success) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/units/${code}/edit`)}`);
  const ctx = await getCommuneEditContext(code);
  if (!ctx) notFound();
  const place = { provinceCode: ctx.commune.provinceCode, districtCode: ctx.commune.districtCode, communeCode: ctx.commune.code };
  if (!can(viewer, "unit.read", place)) notFound();

  const labels: CriterionStatusFormLabels = {
    status: t("editing.status"),
    note: t("editing.note"),
    save: t("editing.save"),
    saving: t("editing.saving"),
    saved: t("editing.saved"),
    stale: t("editing.stale", { status: "{status}", by: "{by}", at: "{at}" }),
    forbidden: t("editing.forbidden"),
    error: t("editing.error"),
    someone: t("editing.someone"),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as CriterionStatusFormLabels["statuses"],
    validation: { invalid: t("validation.invalid"), statusInvalid: t("validation.statusInvalid"), reasonRequired: t("validation.reasonRequired"), tooLong: t("validation.tooLong") },
  };
  const verifyLabels = { ...labels, note: t("editing.reason") };
  const anyRight = ctx.criteria.some(
    (c) => can(viewer, "assessment.self.edit", { ...place, locked: ctx.locked }) || can(viewer, "assessment.verify", { ...place, criterionDepartments: c.departments }),
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          label={t("common.breadcrumbs")}
          items={[
            { href: "/", label: t("nav.overview") },
            { href: `/units/${ctx.commune.code}`, label: `${t("unitKind.commune")} ${ctx.commune.name}` },
            { label: t("editing.title") },
          ]}
        />
        <h1 className="text-2xl font-semibold">
          {t("editing.title")} — {t("unitKind.commune")} {ctx.commune.name}
        </h1>
        <p className="max-w-3xl text-sm text-ink-muted">{t("editing.intro")}</p>
        <p className="text-sm">
          <a href={`/units/${ctx.commune.code}/review`} data-testid="review-link">
            {t("review.openReview")}
          </a>
        </p>
        {ctx.locked ? <Callout variant="info">{t("editing.locked")}</Callout> : null}
        {!anyRight ? <Callout variant="info">{t("editing.noRights")}</Callout> : null}
      </header>
      <ol className="space-y-3">
        {ctx.criteria.map((c) => {
          const selfEditable = can(viewer, "assessment.self.edit", { ...place, locked: ctx.locked });
          const verifiable = can(viewer, "assessment.verify", { ...place, criterionDepartments: c.departments });
          return (
            <li key={c.number} className="rounded-lg border border-line bg-surface p-4" data-criterion={c.number}>
              <h2 className="font-semibold">{t("criteria.criterionTitle", { number: c.number, name: c.name })}</h2>
              {c.returnReasons.length ? (
                <Callout variant="warning" title={t("editing.returnedReasons")}>
                  <ul className="list-inside list-disc">
                    {c.returnReasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                </Callout>
              ) : null}
              <div className="mt-3 grid gap-4 md:grid-cols-2">
                {(["self", "verified"] as const).map((view) => {
                  const cur = c[view];
                  const editable = view === "self" ? selfEditable : verifiable;
                  return (
                    <section key={view} aria-label={`${t(view === "self" ? "editing.selfHeading" : "editing.verifiedHeading")} — ${t("criteria.criterionNumber", { number: c.number })}`}>
                      <h3 className="mb-1 text-sm font-medium">{t(view === "self" ? "editing.selfHeading" : "editing.verifiedHeading")}</h3>
                      <StatusBadge status={cur.status} label={t(`status.${cur.status}`)} />
                      {cur.at ? <p className="mt-1 text-xs text-ink-muted">{t("editing.lastChange", { by: cur.by ?? "—", at: formatDateTime(cur.at, locale) })}</p> : null}
                      {editable ? (
                        <div className="mt-2">
                          <CriterionStatusForm
                            action={view === "self" ? saveSelfStatusAction : saveVerifiedStatusAction}
                            communeCode={ctx.commune.code}
                            criterionNumber={c.number}
                            initial={view === "verified" ? { ...cur, note: null } : cur}
                            noteRequired={view === "verified"}
                            labels={view === "self" ? labels : verifyLabels}
                            testId={`${view}-form-${c.number}`}
                            locale={locale}
                          />
                        </div>
                      ) : null}
                    </section>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
