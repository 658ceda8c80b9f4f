"use client";

import { useActionState, useId, useRef, useState } from "react";
import { FieldError, FormMessage, SubmitButton, describedBy, fieldClass, outcomeText, staleBy, useFocusFirstInvalid } from "@/components/forms/parts";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ObservationsFormState } from "@/lib/actions/inspection";
import { viewDisagreements } from "@/lib/domain/inspection";
import { STATUSES, type Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import { errorText, type InspectionFormMessages, type InspectionFormSchema } from "./form-messages";

export interface ObservationFormRow {
  number: number;
  name: string;
  self: Status;
  verified: Status;
  observed: { status: Status; note: string | null } | null;
  version: number;
  /** A sentence when a later inspection holds the current inspection view. */
  laterNote: string | null;
}

type Action = (state: ObservationsFormState, formData: FormData) => Promise<ObservationsFormState>;

/** The team's observed status of every criterion of one commune, beside the commune's
 * self-assessment and the verified status, with disagreements named in words; one save for all. */
export function ObservationsForm({
  action,
  inspectionId,
  communeCode,
  rows,
  editable,
  messages,
  locale,
}: {
  action: Action;
  inspectionId: number;
  communeCode: string;
  rows: ObservationFormRow[];
  editable: boolean;
  messages: InspectionFormMessages;
  locale: Locale;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as ObservationsFormState);
  return <Body key={formKey(state)} state={state} formAction={formAction} inspectionId={inspectionId} communeCode={communeCode} rows={rows} editable={editable} messages={messages} locale={locale} />;
}

function Body({
  state,
  formAction,
  inspectionId,
  communeCode,
  rows,
  editable,
  messages,
  locale,
}: {
  state: ObservationsFormState;
  formAction: (formData: FormData) => void;
  inspectionId: number;
  communeCode: string;
  rows: ObservationFormRow[];
  editable: boolean;
  messages: InspectionFormMessages;
  locale: Locale;
}) {
  const t = createTranslator<InspectionFormSchema>(messages);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? (state.values?.criteria ?? null) : null;
  const staleOf = new Map(state.status === "stale" ? state.stale.map((s) => [s.number, s]) : []);
  const savedVersions = state.status === "saved" ? state.versions : {};
  const initialStatus = (r: ObservationFormRow): Status => {
    const v = typed?.[String(r.number)]?.status;
    return (STATUSES as readonly string[]).includes(v ?? "") ? (v as Status) : (r.observed?.status ?? "not_assessed");
  };
  const [statuses, setStatuses] = useState<Record<number, Status>>(() => Object.fromEntries(rows.map((r) => [r.number, initialStatus(r)])));
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const fid = (n: number, f: string) => `${id}-c${n}-${f}`;
  const message = outcomeText(state, { fixFields: t("inspections.fixFields"), forbidden: t("inspections.forbidden"), error: t("inspections.error") }, {
    saved: (s) => (s.changed ? t("inspections.observationsSaved", { count: s.changed }) : t("inspections.observationsUnchanged")),
    stale: t("inspections.observationsStale"),
  });

  return (
    <form ref={formRef} action={formAction} data-testid="observations-form" className="space-y-3" noValidate>
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <input type="hidden" name="communeCode" value={communeCode} />
      <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t("inspections.colObserved")} tabIndex={0}>
        <table className="w-full min-w-[56rem] table-fixed text-sm">
          <colgroup>
            <col />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-44" />
            <col className="w-72" />
          </colgroup>
          <thead className="bg-surface-muted text-left">
            <tr>
              {(["colCriterion", "colSelf", "colVerified", "colObserved", "colNote"] as const).map((k) => (
                <th key={k} scope="col" className="p-2">
                  {t(`inspections.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => {
              const status = statuses[r.number] ?? "not_assessed";
              const pairs = viewDisagreements({ self: r.self, verified: r.verified, inspection: status });
              const stale = staleOf.get(r.number);
              const version = stale ? stale.version : (savedVersions[r.number] ?? r.version);
              const statusErr = errorText(messages, errors[`criteria.${r.number}.status`]);
              const noteErr = errorText(messages, errors[`criteria.${r.number}.note`]);
              const note = typed?.[String(r.number)]?.note ?? r.observed?.note ?? "";
              return (
                <tr key={r.number} data-criterion={r.number} data-observed={status} className="align-top">
                  <th scope="row" className="p-2 text-left font-medium">
                    {t("inspections.colCriterion")} {r.number}. {r.name}
                    {pairs.length ? (
                      <span className="mt-1 block">
                        <Badge variant="warning" className="whitespace-normal text-left" data-testid="observation-disagreement">
                          {t("inspections.disagreement", { pairs: pairs.map((p) => t(`inspections.pairs.${p}`)).join("; ") })}
                        </Badge>
                      </span>
                    ) : null}
                    {r.laterNote ? <span className="mt-1 block text-xs font-normal text-ink-muted">{r.laterNote}</span> : null}
                  </th>
                  <td className="p-2">
                    <StatusBadge status={r.self} label={t(`status.${r.self}`)} />
                  </td>
                  <td className="p-2">
                    <StatusBadge status={r.verified} label={t(`status.${r.verified}`)} />
                  </td>
                  <td className="p-2">
                    {editable ? (
                      <>
                        <input type="hidden" name={`c.${r.number}.version`} value={version} />
                        <label htmlFor={fid(r.number, "status")} className="sr-only">
                          {t("inspections.observedStatusLabel", { number: r.number })}
                        </label>
                        <select
                          id={fid(r.number, "status")}
                          name={`c.${r.number}.status`}
                          value={status}
                          onChange={(e) => setStatuses((s) => ({ ...s, [r.number]: e.target.value as Status }))}
                          aria-invalid={statusErr ? true : undefined}
                          aria-describedby={describedBy(statusErr && `${fid(r.number, "status")}-error`, stale && `${fid(r.number, "stale")}`)}
                          className={fieldClass}
                        >
                          {STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`status.${s}`)}
                            </option>
                          ))}
                        </select>
                        <FieldError id={`${fid(r.number, "status")}-error`} text={statusErr} />
                        {stale ? (
                          <p id={fid(r.number, "stale")} className="mt-1 text-xs text-status-not-met">
                            {t("inspections.observationsStaleRow", { status: t(`status.${stale.status}`), ...staleBy(stale, t("inspections.someone"), locale) })}
                          </p>
                        ) : null}
                      </>
                    ) : (
                      <StatusBadge status={status} label={t(`status.${status}`)} />
                    )}
                  </td>
                  <td className="p-2">
                    {editable ? (
                      <>
                        <label htmlFor={fid(r.number, "note")} className="sr-only">
                          {t("inspections.observedNoteLabel", { number: r.number })}
                        </label>
                        <textarea
                          id={fid(r.number, "note")}
                          name={`c.${r.number}.note`}
                          rows={2}
                          defaultValue={note}
                          aria-invalid={noteErr ? true : undefined}
                          aria-describedby={describedBy(noteErr && `${fid(r.number, "note")}-error`)}
                          className={fieldClass}
                        />
                        <FieldError id={`${fid(r.number, "note")}-error`} text={noteErr} />
                      </>
                    ) : (
                      <span>{note}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton label={t("inspections.saveObservations")} pending={t("inspections.saving")} />
          <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId="observations-message">
            {message}
          </FormMessage>
        </div>
      ) : null}
    </form>
  );
}

function formKey(state: ObservationsFormState): string {
  switch (state.status) {
    case "saved":
      return `saved-${JSON.stringify(state.versions)}`;
    case "invalid":
    case "stale":
    case "forbidden":
    case "error":
      return `${state.status}-${JSON.stringify(state.values ?? null)}-${state.status === "stale" ? JSON.stringify(state.stale) : ""}`;
    default:
      return state.status;
  }
}
