"use client";

import { useActionState, useId, useRef } from "react";
import type { TargetYearFormState } from "@/lib/actions/target-year";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/translate";
import { describedBy, errorTexts, FieldError, fieldClass, FormMessage, labelClass, SubmitButton, useFocusFirstInvalid } from "./parts";

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
  const [state, formAction] = useActionState(action, { status: "idle" } as TargetYearFormState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const version = state.status === "saved" ? state.version : state.status === "stale" ? state.current.version : initial.version;
  const year = state.status === "saved" ? state.targetYear : initial.targetYear;
  const message =
    state.status === "saved"
      ? labels.saved
      : state.status === "stale"
        ? interpolate(labels.stale, {
            value: state.current.targetYear === null ? labels.none : String(state.current.targetYear),
            by: state.current.by ?? labels.someone,
            at: formatDateTime(new Date(state.current.at), locale),
          })
        : state.status === "invalid"
          ? labels.fixFields
          : state.status === "forbidden"
            ? labels.forbidden
            : state.status === "error"
              ? labels.error
              : null;
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
        <div>
          <label htmlFor={`${id}-year`} className={labelClass}>
            {labels.label}
          </label>
          <input
            id={`${id}-year`}
            name="targetYear"
            type="text"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            defaultValue={typed?.targetYear ?? (year === null ? "" : String(year))}
            aria-invalid={!!errors.targetYear}
            aria-describedby={describedBy(`${id}-hint`, errors.targetYear && `${id}-error`)}
            className={`${fieldClass} w-28`}
          />
          <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
            {labels.hint}
          </p>
          <FieldError id={`${id}-error`} text={errors.targetYear ? errorTexts(errors.targetYear, labels.validation) : null} />
        </div>
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
