"use client";

import { FormMessage, outcomeText, SelectField, SubmitButton, TextareaField, useActionForm } from "@/components/forms/parts";
import type { RecommendationNoteState, RecommendationStatusState } from "@/lib/actions/recommendation";
import type { RecommendationStatus } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { errorText, staleText, type RecommendationFormTexts } from "./form-texts";

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
  const { state, formAction, id, formRef, errors } = useActionForm(action);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const currentVersion = state.status === "stale" ? state.current.version : version;
  const message = outcomeText(state, r, { saved: r.statusSaved, stale: (s) => staleText(s.current, texts, locale) });
  return (
    <form ref={formRef} action={formAction} className="space-y-3" data-testid="recommendation-status-form" key={`${state.status}-${currentVersion}-${JSON.stringify(typed)}`} noValidate>
      <input type="hidden" name="id" value={recId} />
      <input type="hidden" name="version" value={currentVersion} />
      <SelectField id={`${id}-status`} label={r.newStatus} error={errorText(errors.status, texts)} name="status" defaultValue={typed?.status ?? choices[0]}>
        {choices.map((s) => (
          <option key={s} value={s}>
            {texts.statuses[s]}
          </option>
        ))}
      </SelectField>
      <TextareaField id={`${id}-note`} label={r.statusNote} hint={r.statusNoteHint} error={errorText(errors.note, texts)} name="note" rows={3} defaultValue={typed?.note ?? ""} />
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
  const { state, formAction, id, formRef, errors } = useActionForm(action);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const message = outcomeText(state, r, { saved: r.noteSaved });
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
      <TextareaField id={`${id}-body`} label={r.noteBody} error={errorText(errors.body, texts)} name="body" rows={3} required defaultValue={typed?.body ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={r.noteSave} pending={r.saving} />
        <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId="recommendation-note-message">
          {message}
        </FormMessage>
      </div>
    </form>
  );
}
