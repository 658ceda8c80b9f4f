"use client";

import { useActionState, useId, useRef } from "react";
import { describedBy, FieldError, fieldClass, FormMessage, labelClass, SubmitButton, useFocusFirstInvalid } from "@/components/forms/parts";
import type { RecommendationNoteState, RecommendationStatusState } from "@/lib/actions/recommendation";
import type { RecommendationStatus } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/translate";
import { errorText, type RecommendationFormTexts } from "./form-texts";

type StatusAction = (state: RecommendationStatusState, formData: FormData) => Promise<RecommendationStatusState>;
type NoteAction = (state: RecommendationNoteState, formData: FormData) => Promise<RecommendationNoteState>;

/** Change the status with a note (required to close or reopen; the server checks again). */
export function RecommendationStatusForm({
  action,
  id: recId,
  version,
  choices,
  texts,
  locale,
}: {
  action: StatusAction;
  id: number;
  version: number;
  /** The statuses the current one may move to. */
  choices: readonly RecommendationStatus[];
  texts: RecommendationFormTexts;
  locale: Locale;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as RecommendationStatusState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const err = (f: string) => errorText(errors[f], texts);
  const currentVersion = state.status === "stale" ? state.current.version : version;
  let message: string | null = null;
  if (state.status === "saved") message = r.statusSaved;
  else if (state.status === "invalid") message = r.fixFields;
  else if (state.status === "stale")
    message = interpolate(r.stale, { status: texts.statuses[state.current.status], by: state.current.by ?? r.someone, at: formatDateTime(new Date(state.current.at), locale) });
  else if (state.status === "forbidden") message = r.forbidden;
  else if (state.status === "error") message = r.error;
  return (
    <form ref={formRef} action={formAction} className="space-y-3" data-testid="recommendation-status-form" key={`${state.status}-${currentVersion}-${JSON.stringify(typed)}`} noValidate>
      <input type="hidden" name="id" value={recId} />
      <input type="hidden" name="version" value={currentVersion} />
      <div>
        <label htmlFor={`${id}-status`} className={labelClass}>
          {r.newStatus}
        </label>
        <select id={`${id}-status`} name="status" defaultValue={typed?.status ?? choices[0]} className={fieldClass} aria-invalid={!!errors.status} aria-describedby={describedBy(errors.status && `${id}-status-error`)}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {texts.statuses[s]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-status-error`} text={err("status")} />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className={labelClass}>
          {r.statusNote}
        </label>
        <textarea id={`${id}-note`} name="note" rows={3} defaultValue={typed?.note ?? ""} className={fieldClass} aria-invalid={!!errors.note} aria-describedby={describedBy(`${id}-note-hint`, errors.note && `${id}-note-error`)} />
        <p id={`${id}-note-hint`} className="mt-1 text-xs text-ink-muted">
          {r.statusNoteHint}
        </p>
        <FieldError id={`${id}-note-error`} text={err("note")} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={r.statusSave} pending={r.saving} />
        <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId="recommendation-status-message">
          {message}
        </FormMessage>
      </div>
    </form>
  );
}

/** Add a progress note. */
export function RecommendationNoteForm({ action, id: recId, texts }: { action: NoteAction; id: number; texts: RecommendationFormTexts }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as RecommendationNoteState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const message =
    state.status === "saved" ? r.noteSaved : state.status === "invalid" ? r.fixFields : state.status === "forbidden" ? r.forbidden : state.status === "error" ? r.error : null;
  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-3"
      data-testid="recommendation-note-form"
      key={state.status === "saved" ? `saved-${state.noteId}` : `${state.status}-${JSON.stringify(typed)}`}
      noValidate
    >
      <input type="hidden" name="id" value={recId} />
      <div>
        <label htmlFor={`${id}-body`} className={labelClass}>
          {r.noteBody}
        </label>
        <textarea id={`${id}-body`} name="body" rows={3} required defaultValue={typed?.body ?? ""} className={fieldClass} aria-invalid={!!errors.body} aria-describedby={describedBy(errors.body && `${id}-body-error`)} />
        <FieldError id={`${id}-body-error`} text={errorText(errors.body, texts)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={r.noteSave} pending={r.saving} />
        <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId="recommendation-note-message">
          {message}
        </FormMessage>
      </div>
    </form>
  );
}
