"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { EvidenceFormState, RemoveEvidenceState } from "@/lib/actions/evidence";
import { interpolate } from "@/lib/i18n/translate";
import { errorTexts, Field, fieldAria, FormMessage, InputField, outcomeText, SelectField, SubmitButton, TextareaField, useActionForm } from "./parts";

export interface EvidenceFormLabels {
  heading: string;
  indicator: string;
  wholeCriterion: string;
  text: string;
  url: string;
  file: string;
  /** With {size}. */
  fileHint: string;
  maxSize: string;
  add: string;
  adding: string;
  added: string;
  fixFields: string;
  forbidden: string;
  error: string;
  validation: Record<string, string>;
}

type AddAction = (state: EvidenceFormState, formData: FormData) => Promise<EvidenceFormState>;

/** The file types the server accepts (it checks the content; this only narrows the picker). */
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Adds evidence to a criterion (or one of its indicators): a note, a link, or a file. A file
 * larger than the limit is refused in the browser before it is sent, and again on the server,
 * which also checks its content.
 */
export function EvidenceForm({
  action,
  communeCode,
  criterionNumber,
  view,
  indicators,
  maxBytes,
  labels,
  testId,
}: {
  action: AddAction;
  communeCode: string;
  criterionNumber: number;
  view: "self" | "verified";
  /** Codes of the criterion's indicators, each with its label. */
  indicators: { code: string; label: string }[];
  maxBytes: number;
  labels: EvidenceFormLabels;
  testId: string;
}) {
  const { state, formAction, id, formRef, errors: fieldErrors } = useActionForm(action);
  const [localError, setLocalError] = useState<string | null>(null);
  const typed = state.status === "invalid" ? state.values : null;
  const errors = localError ? { ...fieldErrors, file: [localError] } : fieldErrors;
  const text = (field: string) => errorTexts(errors[field], labels.validation);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxBytes) {
      e.preventDefault();
      setLocalError("validation.fileTooLarge");
      return;
    }
    setLocalError(null);
  }

  const message = localError ? labels.fixFields : outcomeText(state, labels, { saved: labels.added });

  return (
    <div>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        className="space-y-2"
        data-testid={testId}
        key={state.status === "invalid" ? `invalid-${JSON.stringify(state.values)}-${JSON.stringify(state.fieldErrors)}` : state.status === "saved" ? `saved-${state.id}` : state.status}
        noValidate
      >
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{labels.heading}</legend>
          <input type="hidden" name="communeCode" value={communeCode} />
          <input type="hidden" name="criterionNumber" value={criterionNumber} />
          <input type="hidden" name="view" value={view} />
          {indicators.length ? (
            <SelectField id={`${id}-indicatorCode`} label={labels.indicator} error={text("indicatorCode")} name="indicatorCode" defaultValue={typed?.indicatorCode ?? ""}>
              <option value="">{labels.wholeCriterion}</option>
              {indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.label}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextareaField id={`${id}-text`} label={labels.text} error={text("text")} name="text" rows={2} defaultValue={typed?.text ?? ""} />
          <div className="grid gap-2 sm:grid-cols-2">
            <InputField id={`${id}-url`} label={labels.url} error={text("url")} name="url" type="text" inputMode="url" autoComplete="off" defaultValue={typed?.url ?? ""} />
            <Field id={`${id}-file`} label={labels.file} hint={interpolate(labels.fileHint, { size: labels.maxSize })} error={text("file")}>
              <input
                {...fieldAria({ id: `${id}-file`, hint: true, error: text("file") })}
                name="file"
                type="file"
                accept={ACCEPT}
                onChange={() => setLocalError(null)}
                className="mt-1 block w-full text-sm file:mr-2 file:rounded-md file:border file:border-line-strong file:bg-surface file:px-2 file:py-1 file:text-sm"
              />
            </Field>
          </div>
          <SubmitButton label={labels.add} pending={labels.adding} />
        </fieldset>
      </form>
      <FormMessage tone={state.status === "saved" && !localError ? "ok" : "problem"} testId={`${testId}-message`}>
        {message}
      </FormMessage>
    </div>
  );
}

export interface RemoveEvidenceLabels {
  remove: string;
  /** With {name}. */
  removeLabel: string;
  removing: string;
  removed: string;
  gone: string;
  forbidden: string;
  error: string;
}

type RemoveAction = (state: RemoveEvidenceState, formData: FormData) => Promise<RemoveEvidenceState>;

/** A small form that marks one piece of evidence removed (it stays in the history). */
export function RemoveEvidenceButton({ action, evidenceId, name, labels }: { action: RemoveAction; evidenceId: number; name: string; labels: RemoveEvidenceLabels }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as RemoveEvidenceState);
  const message = outcomeText(state, labels, { removed: labels.removed, gone: labels.gone, invalid: labels.forbidden });
  return (
    <form action={formAction} className="inline-flex items-center gap-2" data-testid={`remove-evidence-${evidenceId}`}>
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <SubmitButton
        label={labels.remove}
        pending={labels.removing}
        ariaLabel={interpolate(labels.removeLabel, { name })}
        className="rounded-md border border-line-strong px-2 py-0.5 text-xs font-medium text-ink hover:bg-canvas focus:outline-none focus-visible:ring-2 focus-visible:ring-brand disabled:opacity-60"
      />
      <span role="status" aria-live="polite" className="text-xs text-ink-muted">
        {message}
      </span>
    </form>
  );
}
