"use client";

import type { TargetYearFormState } from "@/lib/actions/target-year";
import type { Locale } from "@/lib/i18n/config";
import { interpolate } from "@/lib/i18n/translate";
import { errorTexts, FormMessage, InputField, outcomeText, staleBy, SubmitButton, useActionForm } from "./parts";

export interface TargetYearFormLabels {
  label: string;
  hint: string;
  none: string;
  save: string;
  saving: string;
  saved: string;
  /** With {value}, {by}, {at}. */
  stale: string;
  fixFields: string;
  forbidden: string;
  error: string;
  someone: string;
  validation: Record<string, string>;
}

type Action = (state: TargetYearFormState, formData: FormData) => Promise<TargetYearFormState>;

/** The year the commune aims to meet the standard; empty when not decided. */
export function TargetYearForm({
  action,
  communeCode,
  initial,
  labels,
  locale,
}: {
  action: Action;
  communeCode: string;
  initial: { targetYear: number | null; version: number };
  labels: TargetYearFormLabels;
  locale: Locale;
}) {
  const { state, formAction, id, formRef, errors } = useActionForm(action);
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const version = state.status === "saved" ? state.version : state.status === "stale" ? state.current.version : initial.version;
  const year = state.status === "saved" ? state.targetYear : initial.targetYear;
  const message = outcomeText(state, labels, {
    saved: labels.saved,
    stale: (s) => interpolate(labels.stale, { value: s.current.targetYear === null ? labels.none : String(s.current.targetYear), ...staleBy(s.current, labels.someone, locale) }),
  });
  return (
    <div>
      <form
        ref={formRef}
        action={formAction}
        className="flex flex-wrap items-end gap-3"
        data-testid="target-year-form"
        key={state.status === "saved" ? `saved-${state.version}` : state.status === "invalid" || state.status === "stale" ? `${state.status}-${JSON.stringify(state.values)}` : state.status}
        noValidate
      >
        <input type="hidden" name="communeCode" value={communeCode} />
        <input type="hidden" name="version" value={String(version)} />
        <InputField
          id={`${id}-year`}
          label={labels.label}
          hint={labels.hint}
          error={errorTexts(errors.targetYear, labels.validation)}
          name="targetYear"
          type="text"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          defaultValue={typed?.targetYear ?? (year === null ? "" : String(year))}
          className="w-28"
        />
        <div className="pb-5">
          <SubmitButton label={labels.save} pending={labels.saving} />
        </div>
      </form>
      <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId="target-year-form-message">
        {message}
      </FormMessage>
    </div>
  );
}
