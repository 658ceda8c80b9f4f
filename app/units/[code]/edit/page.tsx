import { CommuneSubpageHeader } from "@/components/commune/subpage-header";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EvidenceList, evidenceName, fileSizeText } from "@/components/commune/evidence-list";
import { reasonText, thresholdText } from "@/components/commune/reason-text";
import { CriterionStatusForm, type CriterionStatusFormLabels } from "@/components/forms/criterion-status-form";
import { EvidenceForm, RemoveEvidenceButton, type EvidenceFormLabels, type RemoveEvidenceLabels } from "@/components/forms/evidence-form";
import { IndicatorValueForm, type IndicatorFormLabels } from "@/components/forms/indicator-value-form";
import { TargetYearForm, type TargetYearFormLabels } from "@/components/forms/target-year-form";
import { Callout } from "@/components/ui/callout";
import { StatusBadge } from "@/components/ui/status-badge";
import { saveSelfStatusAction, saveVerifiedStatusAction } from "@/lib/actions/assessment";
import { addEvidenceAction, removeEvidenceAction } from "@/lib/actions/evidence";
import { saveIndicatorValueAction } from "@/lib/actions/indicator";
import { saveTargetYearAction } from "@/lib/actions/target-year";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getCommuneEditContext, type CommuneEditContext, type EditableCriterion, type EditableIndicator } from "@/lib/data/assessments";
import { maxUploadBytes } from "@/lib/data/evidence";
import type { IndicatorOutcome } from "@/lib/domain/indicator";
import { indicatorReason, reasonThreshold } from "@/lib/domain/reason";
import { STATUSES } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { lastChangeAt } from "@/components/commune/last-change";
import { getI18n, getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { unitCodeSchema } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("editing.title") };
}

/** Editing a commune's standing: the self-assessment for its officials (criterion status,
 * indicator values, evidence, target year), the verified status and values for the district and
 * the department in charge of each criterion. Forms appear only where the viewer may write; the
 * actions check again on the server. */
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
  const selfEditable = can(viewer, "assessment.self.edit", { ...place, locked: ctx.locked });
  const extra = extraLabels(t, locale, maxUploadBytes());
  const anyRight = ctx.criteria.some(
    (c) => can(viewer, "assessment.self.edit", { ...place, locked: ctx.locked }) || can(viewer, "assessment.verify", { ...place, criterionDepartments: c.departments }),
  );

  return (
    <div className="space-y-6">
      <CommuneSubpageHeader commune={ctx.commune} title={t("editing.title")} intro={t("editing.intro")} t={t}>
        <p className="text-sm">
          <a href={`/units/${ctx.commune.code}/review`} data-testid="review-link" className="text-link underline underline-offset-2">
            {t("review.openReview")}
          </a>
          {" · "}<a href={`/units/${ctx.commune.code}/import`} data-testid="import-link" className="text-link underline underline-offset-2">{t("imports.openImport")}</a>
        </p>
        {ctx.locked ? <Callout variant="info">{t("editing.locked")}</Callout> : null}
        {!anyRight ? <Callout variant="info">{t("editing.noRights")}</Callout> : null}
      </CommuneSubpageHeader>
      <section aria-labelledby="target-year-heading" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="target-year-heading" className="font-semibold">
          {t("editing.targetYearHeading")}
        </h2>
        {selfEditable ? (
          <div className="mt-2">
            <TargetYearForm action={saveTargetYearAction} communeCode={ctx.commune.code} initial={{ targetYear: ctx.commune.targetYear, version: ctx.commune.version }} labels={extra.targetYear} locale={locale} />
          </div>
        ) : (
          <p className="mt-1 text-sm" data-testid="target-year-value">
            {ctx.commune.targetYear ?? extra.targetYear.none}
          </p>
        )}
      </section>
      <ol className="space-y-3">
        {ctx.criteria.map((c) => {
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
                      {cur.at ? <p className="mt-1 text-xs text-ink-muted">{t("editing.lastChange", { by: cur.by ?? "—", at: lastChangeAt(cur, locale) })}</p> : null}
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
              <CriterionDetails ctx={ctx} c={c} selfEditable={selfEditable} verifiable={verifiable} labels={extra} locale={locale} t={t} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

type ExtraLabels = ReturnType<typeof extraLabels>;

/** The texts of the indicator, evidence and target-year forms (built once per page). */
function extraLabels(t: Translator, locale: Locale, maxBytes: number) {
  const undecided = t("reason.undecided");
  const undecidedLabel = undecided.charAt(0).toLocaleUpperCase("vi") + undecided.slice(1);
  const validation = Object.fromEntries(
    (
      [
        "invalid", "statusInvalid", "reasonRequired", "tooLong", "number", "decimalDot", "tooLarge", "notNegative", "percentRange", "countInteger",
        "denominatorPositive", "numeratorAboveDenominator", "fractionIncomplete", "percentOrFraction", "bothPercents", "valueRequired",
        "statusRequired", "overrideReasonRequired", "referenceYearInvalid", "targetYearInvalid", "urlInvalid", "linkOrFile",
        "evidenceEmpty", "fileEmpty", "fileTooLarge", "fileType", "fileNameMismatch",
      ] as const
    ).map((k) => [k, t(`validation.${k}`)]),
  );
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as IndicatorFormLabels["statuses"];
  const outcomes: Record<IndicatorOutcome, string> = {
    met: statuses.met,
    not_met: statuses.not_met,
    nearly_met: statuses.nearly_met,
    no_target: undecidedLabel,
    no_value: undecidedLabel,
    manual: undecidedLabel,
  };
  const common = { fixFields: t("editing.fixFields"), forbidden: t("editing.forbidden"), error: t("editing.error"), validation };
  const indicator: IndicatorFormLabels = {
    ...common,
    valueBool: t("editing.valueBool"),
    boolYes: t("reason.boolYes"),
    boolNo: t("reason.boolNo"),
    boolNone: t("editing.valueBoolNone"),
    valueCount: t("editing.valueCount"),
    valuePercent: t("editing.valuePercent"),
    valueFractionLegend: t("editing.valueFractionLegend"),
    valueNumerator: t("editing.valueNumerator"),
    valueDenominator: t("editing.valueDenominator"),
    valueAmount: t("editing.valueAmount", { unit: "{unit}" }),
    valueSecondary: t("editing.valueSecondary"),
    decimalHint: t("editing.decimalHint"),
    percentHint: t("editing.percentHint"),
    manualOnly: t("editing.manualOnly"),
    referenceYear: t("editing.referenceYear"),
    assessorStatus: t("editing.assessorStatus"),
    statusComputed: t("editing.statusComputed"),
    overrideReason: t("editing.overrideReason"),
    note: t("editing.indicatorNote"),
    currentResult: t("editing.currentResult"),
    notRecordedYet: t("editing.notRecordedYet"),
    computedWas: t("editing.computedWas", { outcome: "{outcome}" }),
    savedWithResult: t("editing.savedWithResult", { outcome: "{outcome}" }),
    unchanged: t("editing.unchanged"),
    stale: t("editing.indicatorStale", { by: "{by}", at: "{at}" }),
    someone: t("editing.someone"),
    save: t("editing.save"),
    saving: t("editing.saving"),
    statuses,
    outcomes,
  };
  const evidence: EvidenceFormLabels = {
    ...common,
    heading: t("editing.evidenceAdd"),
    indicator: t("editing.evidenceIndicator"),
    wholeCriterion: t("editing.evidenceWholeCriterion"),
    text: t("editing.evidenceText"),
    url: t("editing.evidenceUrl"),
    file: t("editing.evidenceFile"),
    fileHint: t("editing.evidenceFileHint", { size: "{size}" }),
    maxSize: fileSizeText(maxBytes, locale, t),
    add: t("editing.evidenceAdd"),
    adding: t("editing.evidenceAdding"),
    added: t("editing.evidenceAdded"),
  };
  const remove: RemoveEvidenceLabels = {
    remove: t("editing.evidenceRemove"),
    removeLabel: t("editing.evidenceRemoveLabel", { name: "{name}" }),
    removing: t("editing.evidenceRemoving"),
    removed: t("editing.evidenceRemoved"),
    gone: t("editing.evidenceGone"),
    forbidden: t("editing.forbidden"),
    error: t("editing.error"),
  };
  const targetYear: TargetYearFormLabels = {
    ...common,
    label: t("editing.targetYearLabel"),
    hint: t("editing.targetYearHint"),
    none: t("editing.targetYearNone"),
    save: t("editing.save"),
    saving: t("editing.saving"),
    saved: t("editing.saved"),
    stale: t("editing.targetYearStale", { value: "{value}", by: "{by}", at: "{at}" }),
    someone: t("editing.someone"),
  };
  return { indicator, evidence, remove, targetYear, maxBytes };
}

/** The unit an amount is entered in, in the reader's words when it is a known one. */
function amountUnitLabel(unit: string | null, t: Translator): string | null {
  return unit && /million\s+VND/i.test(unit) ? t("editing.amountMillionVnd") : unit;
}

/** One view's recorded result of an indicator, in words (null when nothing is recorded). */
function resultOf(ind: EditableIndicator, view: "self" | "verified", regionCode: string | null, locale: Locale, t: Translator) {
  const v = ind[view];
  if (!v.value || !v.result) return null;
  const reason = indicatorReason({ kind: ind.kind, unit: ind.unit, value: v.value, result: v.result, areaCode: regionCode, referenceTarget: ind.referenceTarget });
  return { outcome: v.result.outcome, text: reason ? reasonText(reason, locale, t) : "" };
}

/** A criterion's indicators (a value form per view the viewer may write, the result otherwise) and
 * its evidence, behind a disclosure so the page stays short. */
function CriterionDetails({
  ctx,
  c,
  selfEditable,
  verifiable,
  labels,
  locale,
  t,
}: {
  ctx: CommuneEditContext;
  c: EditableCriterion;
  selfEditable: boolean;
  verifiable: boolean;
  labels: ExtraLabels;
  locale: Locale;
  t: Translator;
}) {
  const region = ctx.commune.regionCode;
  const evidenceView = selfEditable ? "self" : verifiable ? "verified" : null;
  const mayRemove = (view: "self" | "verified") => (view === "self" ? selfEditable : verifiable);
  // The views of an indicator worth a column: those the viewer may write, and those with a value.
  const shownViews = (ind: EditableIndicator) =>
    (["self", "verified"] as const)
      .map((view) => ({ view, editable: view === "self" ? selfEditable : verifiable, result: resultOf(ind, view, region, locale, t) }))
      .filter((v) => v.editable || v.result);
  return (
    <details className="mt-3" data-testid={`details-${c.number}`}>
      <summary className="cursor-pointer text-sm text-link underline-offset-2 hover:underline">{t("editing.detailsToggle", { number: c.number })}</summary>
      <div className="mt-3 space-y-4">
        {c.indicators.length ? (
          <section aria-label={`${t("editing.indicatorsHeading")} — ${t("criteria.criterionNumber", { number: c.number })}`} className="space-y-3">
            <h3 className="text-sm font-semibold">{t("editing.indicatorsHeading")}</h3>
            <ul className="space-y-3">
              {c.indicators.map((ind) => {
                const target = ind.target ? reasonThreshold(ind.kind, ind.unit, ind.target) : null;
                const views = shownViews(ind);
                return (
                  <li key={ind.code} className="rounded border border-line p-3" data-indicator={ind.code}>
                    <p className="text-sm font-medium">
                      {t("criteria.indicatorCode", { code: ind.code })}: {ind.content}
                    </p>
                    <p className="mt-1 text-xs text-ink-muted" data-testid="indicator-target">
                      {region ? t("reason.targetForArea", { area: region }) : t("reason.targetLabel")}:{" "}
                      {target && ind.target?.verified ? thresholdText(target, locale, t) : target ? t("reason.unverifiedTarget", { target: thresholdText(target, locale, t) }) : t("reason.noTargetLine")}
                    </p>
                    <div className={`mt-2 grid gap-4 ${views.length > 1 ? "md:grid-cols-2" : ""}`}>
                      {views.map(({ view, editable, result }) => {
                        const cur = ind[view];
                        return (
                          <section key={view} aria-label={`${t(view === "self" ? "editing.selfHeading" : "editing.verifiedHeading")} — ${t("criteria.indicatorCode", { code: ind.code })}`}>
                            <h4 className="mb-1 text-xs font-semibold text-ink-muted">{t(view === "self" ? "editing.selfHeading" : "editing.verifiedHeading")}</h4>
                            {cur.at ? <p className="mb-1 text-xs text-ink-muted">{t("editing.lastChange", { by: cur.by ?? "—", at: lastChangeAt(cur, locale) })}</p> : null}
                            {editable ? (
                              <IndicatorValueForm
                                action={saveIndicatorValueAction}
                                communeCode={ctx.commune.code}
                                indicatorCode={ind.code}
                                view={view}
                                kind={ind.kind}
                                amountUnit={amountUnitLabel(ind.unit, t)}
                                initial={{
                                  version: cur.version,
                                  valueBool: cur.value?.valueBool ?? null,
                                  valueNumber: cur.value?.valueNumber ?? null,
                                  denominator: cur.value?.denominator ?? null,
                                  secondaryValue: cur.value?.secondaryValue ?? null,
                                  referenceYear: cur.value?.referenceYear ?? null,
                                  status: cur.value?.status ?? null,
                                  overrideReason: cur.value?.overrideReason ?? null,
                                  note: cur.value?.note ?? null,
                                }}
                                result={result}
                                labels={labels.indicator}
                                testId={`${view}-indicator-${ind.code}`}
                                locale={locale}
                              />
                            ) : result ? (
                              <p className="text-sm" data-testid={`${view}-indicator-${ind.code}-reason`}>
                                {result.text}
                              </p>
                            ) : null}
                          </section>
                        );
                      })}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <section aria-label={t("editing.evidenceListLabel", { number: c.number })} className="space-y-2">
          <h3 className="text-sm font-semibold">{t("editing.evidenceHeading")}</h3>
          <EvidenceList
            items={c.evidence}
            criterionNumber={c.number}
            locale={locale}
            t={t}
            actions={(e) => (mayRemove(e.view) ? <RemoveEvidenceButton action={removeEvidenceAction} evidenceId={e.id} name={evidenceName(e)} labels={labels.remove} /> : null)}
          />
          {evidenceView ? (
            <EvidenceForm
              action={addEvidenceAction}
              communeCode={ctx.commune.code}
              criterionNumber={c.number}
              view={evidenceView}
              indicators={c.indicators.map((i) => ({ code: i.code, label: `${t("criteria.indicatorCode", { code: i.code })}: ${i.content.length > 60 ? `${i.content.slice(0, 59)}…` : i.content}` }))}
              maxBytes={labels.maxBytes}
              labels={labels.evidence}
              testId={`evidence-form-${c.number}`}
            />
          ) : null}
        </section>
      </div>
    </details>
  );
}
