"use client";

import { useActionState, useId } from "react";
import type { StatusFormState } from "@/lib/actions/assessment";
import { SubmitButton } from "./parts";
import { STATUSES, type Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
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
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const version = state.status === "saved" ? state.version : initial.version;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorText = (field: string) => (errors[field] ?? []).map((k) => labels.validation[k.replace(/^validation\./, "")] ?? labels.validation.invalid).join(" ");
  const formMessage =
    state.status === "saved"
      ? labels.saved
      : state.status === "stale"
        ? interpolate(labels.stale, {
            status: labels.statuses[state.current.status],
            by: state.current.by ?? labels.someone,
            at: formatDateTime(new Date(state.current.at), locale),
          })
        : state.status === "forbidden"
          ? labels.forbidden
          : state.status === "error"
            ? labels.error
            : null;
  const tone = state.status === "saved" ? "text-status-met" : "text-status-not-met";
  return (
    // React resets a form's uncontrolled fields when its action completes; a new key per result
    // remounts it with the right defaults (the saved values, or what the user typed).
    <form action={formAction} className="space-y-2" data-testid={testId} key={formKey(state)}>
      <input type="hidden" name="communeCode" value={communeCode} />
      <input type="hidden" name="criterionNumber" value={criterionNumber} />
      <input type="hidden" name="version" value={state.status === "stale" ? String(state.current.version) : String(version)} />
      <div>
        <label htmlFor={`${id}-status`} className="block text-xs font-medium text-ink-muted">
          {labels.status}
        </label>
        <select
          id={`${id}-status`}
          name="status"
          defaultValue={typed?.status ?? initial.status}
          aria-invalid={!!errors.status}
          aria-describedby={errors.status ? `${id}-status-error` : undefined}
          className="mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.statuses[s]}
            </option>
          ))}
        </select>
        {errors.status ? (
          <p id={`${id}-status-error`} className="mt-1 text-xs text-status-not-met">
            {errorText("status")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-xs font-medium text-ink-muted">
          {labels.note}
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          required={noteRequired}
          defaultValue={typed?.note ?? initial.note ?? ""}
          aria-invalid={!!errors.note}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
          className="mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
        />
        {errors.note ? (
          <p id={`${id}-note-error`} className="mt-1 text-xs text-status-not-met">
            {errorText("note")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={labels.save} pending={labels.saving} />
        <p className={`text-xs ${tone}`} aria-live="polite" role="status" data-testid={`${testId}-message`}>
          {formMessage}
        </p>
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
