"use client";

import { useActionState, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ReviewFormState } from "@/lib/actions/review";
import type { ReviewDecision, ReviewRefusal, ReviewState } from "@/lib/domain/review";
import type { Locale } from "@/lib/i18n/config";
import { outcomeText, staleBy } from "@/components/forms/outcome";
import { useFocusFirstInvalid } from "@/components/forms/parts";
import type { reviewVi } from "@/lib/i18n/messages/areas/review";
import { createTranslator } from "@/lib/i18n/translate";
import type { Catalog } from "@/lib/i18n/types";

// The forms of the review page: the commune submits; a reviewer approves, returns with a reason
// per criterion, or reopens. One action state per role, so the outcome stays announced in one live
// region even when the forms change under it (the page re-renders with the new state). What the
// user typed is kept after any refusal; errors sit next to their field.

export type ReviewMessages = Catalog<typeof reviewVi>;
type Action = (state: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;

interface Common {
  action: Action;
  communeCode: string;
  /** The latest submission when the page was drawn (null before the first). */
  submission: { id: number; version: number } | null;
  messages: ReviewMessages;
  /** Message key (validation.*, review.validation.*) → text. */
  errorTexts: Record<string, string>;
  locale: Locale;
}

const fieldClass =
  "mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";
const labelClass = "block text-sm font-medium text-ink";

function useReviewText(messages: ReviewMessages, errorTexts: Record<string, string>, locale: Locale) {
  const t = createTranslator<typeof reviewVi>(messages);
  const errorText = (keys: string[] | undefined) => (keys ?? []).map((k) => errorTexts[k] ?? errorTexts["validation.invalid"] ?? k).join(" ");
  const outcome = (state: ReviewFormState): { text: string; ok: boolean } | null => {
    const text = outcomeText(state, { forbidden: t("forbidden"), error: t("error") }, {
      done: (s) => t(s.outcome === "submitted" ? "submitDone" : s.outcome === "approved" ? "approveDone" : s.outcome === "returned" ? "returnDone" : "reopenDone"),
      stale: (s) => t("stale", { state: t(`state.${s.current.state}`), ...staleBy(s.current, t("someone"), locale) }),
      refused: (s) => t(`refusal.${s.refusal}`),
      // Shown next to each field; read out here as well.
      invalid: (s) => [...new Set(Object.values(s.fieldErrors).flat())].map((k) => errorText([k])).join(" "),
    });
    return text === null ? null : { ok: state.status === "done", text };
  };
  return { t, errorText, outcome };
}

/** The announced outcome of the last action (visible, except field errors which show by their fields). */
function Outcome({ state, text, testId }: { state: ReviewFormState; text: { text: string; ok: boolean } | null; testId: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid={testId}
      className={state.status === "invalid" ? "sr-only" : `text-sm font-medium ${text?.ok ? "text-status-met" : "text-status-not-met"}`}
    >
      {text?.text}
    </p>
  );
}

/** Errors of what a reviewer does not type (tampered hidden fields, the form as a whole). */
function otherErrors(e: Record<string, string[]>): string[] {
  return [...(e.form ?? []), ...(e.communeCode ?? []), ...(e.submissionId ?? []), ...(e.version ?? []), ...(e.decision ?? [])];
}

function formKey(state: ReviewFormState): string {
  switch (state.status) {
    case "done":
      return `done-${state.submissionId}-${state.version}`;
    case "invalid":
    case "refused":
    case "stale":
      return `${state.status}-${JSON.stringify(state.values)}`;
    default:
      return state.status;
  }
}

function SubmitButton({ label, pending, tone = "primary" }: { label: string; pending: string; tone?: "primary" | "secondary" }) {
  const status = useFormStatus();
  return (
    <button
      type="submit"
      disabled={status.pending}
      className={
        tone === "primary"
          ? "min-h-10 rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-hover focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
          : "min-h-10 rounded-md border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink hover:bg-canvas focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
      }
    >
      {status.pending ? pending : label}
    </button>
  );
}

function Hidden({ communeCode, submission, decision }: { communeCode: string; submission: Common["submission"]; decision?: ReviewDecision }) {
  return (
    <>
      <input type="hidden" name="communeCode" value={communeCode} />
      <input type="hidden" name="submissionId" value={submission ? String(submission.id) : ""} />
      <input type="hidden" name="version" value={submission ? String(submission.version) : "0"} />
      {decision ? <input type="hidden" name="decision" value={decision} /> : null}
    </>
  );
}

/** A labelled textarea with its error list linked by aria-describedby. */
function TextField({
  id,
  name,
  label,
  defaultValue,
  errors,
  rows = 2,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors: string;
  rows?: number;
  hint?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={2000}
        defaultValue={defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className={fieldClass}
      />
      {errors ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-status-not-met">
          {errors}
        </p>
      ) : null}
    </div>
  );
}

/** The commune official's "Gửi thẩm định" form, or why it cannot be submitted now. */
export function ReviewSubmitForm({ unavailable, ...p }: Common & { unavailable: ReviewRefusal | null }) {
  const [state, formAction] = useActionState(p.action, { status: "idle" } as ReviewFormState);
  const id = useId();
  const { t, errorText, outcome } = useReviewText(p.messages, p.errorTexts, p.locale);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "refused" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-line bg-surface p-4" data-testid="review-submit">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t("submitHeading")}
      </h2>
      {unavailable && state.status === "done" ? null : unavailable ? (
        // Right after sending, the success message below says it; "cannot send now" would contradict it.
        <p className="text-sm text-ink-muted" data-testid="review-submit-unavailable">
          {t("submitUnavailable", { reason: t(`refusal.${unavailable}`) })}
        </p>
      ) : (
        <form ref={formRef} action={formAction} key={formKey(state)} className="space-y-3" data-testid="review-submit-form">
          <p className="text-sm text-ink-muted">{t("submitIntro")}</p>
          <Hidden communeCode={p.communeCode} submission={p.submission} />
          <TextField id={`${id}-note`} name="note" label={t("submitNote")} defaultValue={typed?.note ?? ""} errors={errorText(errors.note)} />
          {errors.form || errors.communeCode || errors.submissionId || errors.version ? (
            <p className="text-sm text-status-not-met">{errorText([...(errors.form ?? []), ...(errors.communeCode ?? []), ...(errors.submissionId ?? []), ...(errors.version ?? [])])}</p>
          ) : null}
          <SubmitButton label={t("submit")} pending={t("submitting")} />
        </form>
      )}
      <Outcome state={state} text={outcome(state)} testId="review-message" />
    </section>
  );
}

export interface ReturnableCriterion {
  number: number;
  name: string;
  /** The commune's self-assessed status, as text. */
  selfLabel: string;
}

/** A reviewer's decisions on the latest submission: approve and return while it is submitted,
 * reopen once approved. */
export function ReviewDecisionForms({
  available,
  criteria,
  ...p
}: Common & { available: ReviewDecision[]; criteria: ReturnableCriterion[] }) {
  const [state, formAction] = useActionState(p.action, { status: "idle" } as ReviewFormState);
  const returnRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(returnRef, state);
  const id = useId();
  const { t, errorText, outcome } = useReviewText(p.messages, p.errorTexts, p.locale);
  const kept = state.status === "invalid" || state.status === "stale" || state.status === "refused" ? state.values : null;
  const typedFor = (d: ReviewDecision) => (kept && kept.decision === d ? kept : null);
  const errorsFor = (d: ReviewDecision) => (state.status === "invalid" && state.values.decision === d ? state.fieldErrors : {});

  const ret = typedFor("return");
  const retErrors = errorsFor("return");
  const ticked = new Set((ret?.criterion ?? "").split(",").filter(Boolean));
  const key = formKey(state);

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-line bg-surface p-4" data-testid="review-decide">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t("decideHeading")}
      </h2>
      {available.length === 0 ? <p className="text-sm text-ink-muted">{t("nothingToDecide")}</p> : null}

      {available.includes("approve") ? (
        <NoteDecisionForm decision="approve" formKey={key} formAction={formAction} id={id} p={p} t={t} typed={typedFor("approve")} errors={errorsFor("approve")} errorText={errorText} />
      ) : null}

      {available.includes("return") ? (
        <form ref={returnRef} action={formAction} key={`return-${key}`} className="space-y-3 border-t border-line pt-4" data-testid="review-return-form" aria-labelledby={`${id}-return`}>
          <h3 id={`${id}-return`} className="font-semibold">
            {t("returnHeading")}
          </h3>
          <Hidden communeCode={p.communeCode} submission={p.submission} decision="return" />
          <fieldset aria-describedby={retErrors.criterion ? `${id}-criteria-error` : undefined}>
            <legend className={labelClass}>{t("returnCriteria")}</legend>
            {retErrors.criterion ? (
              <p id={`${id}-criteria-error`} className="mt-1 text-sm text-status-not-met">
                {errorText(retErrors.criterion)}
              </p>
            ) : null}
            <ul className="mt-2 divide-y divide-line rounded-md border border-line">
              {criteria.map((c) => {
                const box = `${id}-c${c.number}`;
                const reason = `${id}-r${c.number}`;
                const err = errorText(retErrors[`reason-${c.number}`]);
                return (
                  // The reason box shows only for a ticked criterion (CSS, no script needed).
                  <li key={c.number} className="grid grid-cols-[auto_1fr] items-start gap-x-2 px-3 py-2" data-criterion={c.number}>
                    <input
                      type="checkbox"
                      id={box}
                      name="criterion"
                      value={c.number}
                      defaultChecked={ticked.has(String(c.number))}
                      className="peer mt-1 h-4 w-4 accent-brand"
                    />
                    <label htmlFor={box} className="text-sm">
                      {t("criterionOption", { number: c.number, name: c.name })}{" "}
                      <span className="text-ink-muted">({t("selfStatus", { status: c.selfLabel })})</span>
                    </label>
                    <div className="col-start-2 hidden pt-1 peer-checked:block">
                      <TextField
                        id={reason}
                        name={`reason-${c.number}`}
                        label={t("reasonFor", { number: c.number })}
                        defaultValue={ret?.[`reason-${c.number}`] ?? ""}
                        errors={err}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <TextField id={`${id}-return-note`} name="note" label={t("returnNote")} defaultValue={ret?.note ?? ""} errors={errorText(retErrors.note)} />
          {otherErrors(retErrors).length ? <p className="text-sm text-status-not-met">{errorText(otherErrors(retErrors))}</p> : null}
          <SubmitButton label={t("return")} pending={t("returning")} tone="secondary" />
        </form>
      ) : null}

      {available.includes("reopen") ? (
        <NoteDecisionForm decision="reopen" formKey={key} formAction={formAction} id={id} p={p} t={t} typed={typedFor("reopen")} errors={errorsFor("reopen")} errorText={errorText} />
      ) : null}

      <Outcome state={state} text={outcome(state)} testId="review-message" />
    </section>
  );
}

/** Approving or reopening: a heading, a short intro, an optional note and the button. */
function NoteDecisionForm({
  decision,
  formKey,
  formAction,
  id,
  p,
  t,
  typed,
  errors,
  errorText,
}: {
  decision: "approve" | "reopen";
  formKey: string;
  formAction: (formData: FormData) => void;
  id: string;
  p: Common;
  t: ReturnType<typeof useReviewText>["t"];
  typed: Record<string, string> | null;
  errors: Record<string, string[]>;
  errorText: (keys: string[] | undefined) => string;
}) {
  const other = otherErrors(errors);
  return (
    <form action={formAction} key={`${decision}-${formKey}`} className="space-y-3" data-testid={`review-${decision}-form`} aria-labelledby={`${id}-${decision}`}>
      <h3 id={`${id}-${decision}`} className="font-semibold">
        {t(`${decision}Heading`)}
      </h3>
      <p className="text-sm text-ink-muted">{t(`${decision}Intro`)}</p>
      <Hidden communeCode={p.communeCode} submission={p.submission} decision={decision} />
      <TextField id={`${id}-${decision}-note`} name="note" label={t(`${decision}Note`)} defaultValue={typed?.note ?? ""} errors={errorText(errors.note)} />
      {other.length ? <p className="text-sm text-status-not-met">{errorText(other)}</p> : null}
      <SubmitButton label={t(decision)} pending={t(decision === "approve" ? "approving" : "reopening")} />
    </form>
  );
}
