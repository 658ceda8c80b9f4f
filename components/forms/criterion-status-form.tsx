"use client";

import { useActionState, useId, useRef } from "react";
import type { StatusFormState } from "@/lib/actions/assessment";
import { errorTexts, FormMessage, outcomeText, SelectField, staleBy, SubmitButton, TextareaField, useFocusFirstInvalid } from "./parts";
import { STATUSES, type Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { interpolate } from "@/lib/i18n/translate";

export interface CriterionStatusFormLabels {
  status: string;
  note: string;
  save: string;
  saving: string;
  saved: string;
  stale: string; // with {status}, {by}, {at}
  forbidden: string;
  error: string;
  someone: string;
  statuses: Record<Status, string>;
  validation: Record<string, string>; // message key → text
}

type Action = (state: StatusFormState, formData: FormData) => Promise<StatusFormState>;

/** One criterion's status in one view: a select, a note (required for verification), the
 * version it started from. Errors sit next to their field and are announced; what the user typed
 * is kept after any refusal. */
export function CriterionStatusForm({
  action,
  communeCode,
  criterionNumber,
  initial,
  noteRequired,
  labels,
  testId,
  locale,
}: {
  action: Action;
  communeCode: string;
  criterionNumber: number;
  initial: { status: Status; note: string | null; version: number };
  noteRequired: boolean;
  labels: CriterionStatusFormLabels;
  testId: string;
  locale: Locale;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as StatusFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const version = state.status === "saved" ? state.version : initial.version;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const formMessage = outcomeText(state, labels, {
    saved: labels.saved,
    stale: (s) => interpolate(labels.stale, { status: labels.statuses[s.current.status], ...staleBy(s.current, labels.someone, locale) }),
  });
  return (
    // React resets a form's uncontrolled fields when its action completes; a new key per result
    // remounts it with the right defaults (the saved values, or what the user typed).
    <form ref={formRef} action={formAction} className="space-y-2" data-testid={testId} key={formKey(state)}>
      <input type="hidden" name="communeCode" value={communeCode} />
      <input type="hidden" name="criterionNumber" value={criterionNumber} />
      <input type="hidden" name="version" value={state.status === "stale" ? String(state.current.version) : String(version)} />
      <SelectField id={`${id}-status`} label={labels.status} error={errorTexts(errors.status, labels.validation)} name="status" defaultValue={typed?.status ?? initial.status}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {labels.statuses[s]}
          </option>
        ))}
      </SelectField>
      <TextareaField id={`${id}-note`} label={labels.note} error={errorTexts(errors.note, labels.validation)} name="note" rows={2} required={noteRequired} defaultValue={typed?.note ?? initial.note ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={labels.save} pending={labels.saving} />
        <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId={`${testId}-message`}>
          {formMessage}
        </FormMessage>
      </div>
    </form>
  );
}

function formKey(state: StatusFormState): string {
  switch (state.status) {
    case "saved":
      return `saved-${state.version}`;
    case "invalid":
    case "stale":
      return `${state.status}-${JSON.stringify(state.values)}-${state.status === "stale" ? state.current.version : ""}`;
    default:
      return state.status;
  }
}
