"use client";

import Link from "next/link";
import { useActionState, useId, useRef } from "react";
import { describedBy, FieldError, fieldClass, FormMessage, labelClass, SubmitButton, useFocusFirstInvalid } from "@/components/forms/parts";
import type { RecommendationFormState } from "@/lib/actions/recommendation";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/translate";
import { errorText, type RecommendationFormTexts } from "./form-texts";

export interface RecommendationFormOptions {
  departments: { code: string; name: string }[];
  districts: { code: string; name: string }[];
  communes: { code: string; name: string; kind: string }[];
  criteria: { number: number; name: string }[];
  inspections: { id: number; title: string; date: string }[];
}

export interface RecommendationFormInitial {
  id?: number;
  version?: number;
  inspectionId: string;
  addressee: string;
  communeCode: string;
  criterionNumber: string;
  indicatorCode: string;
  text: string;
  dueText: string;
  dueDate: string;
  sourceSection: string;
}

type Action = (state: RecommendationFormState, formData: FormData) => Promise<RecommendationFormState>;

/** Create or edit a recommendation. Errors sit next to their field and are announced; what the
 * user typed is kept after any refusal; an unreadable deadline is saved as text, with a warning. */
export function RecommendationForm({
  action,
  mode,
  initial,
  options,
  texts,
  locale,
}: {
  action: Action;
  mode: "create" | "edit";
  initial: RecommendationFormInitial;
  options: RecommendationFormOptions;
  texts: RecommendationFormTexts;
  locale: Locale;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as RecommendationFormState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const err = (f: string) => errorText(errors[f], texts);
  const errId = (f: string) => (errors[f] ? `${id}-${f}-error` : null);
  const version = state.status === "saved" ? state.version : state.status === "stale" ? state.current.version : (initial.version ?? 0);
  // After creating, the form starts empty again (same inspection) for the next recommendation.
  const base = mode === "create" && state.status === "saved" ? { ...initial, text: "", dueText: "", dueDate: "", sourceSection: "", indicatorCode: "" } : initial;
  const val = (k: keyof RecommendationFormInitial) => (typed ? String(typed[k] ?? "") : String(base[k] ?? ""));

  let message: string | null = null;
  if (state.status === "saved") {
    message = state.dueWarning ? interpolate(r.savedNoDueDate, { reason: r.dueReason[state.dueWarning] }) : mode === "create" ? r.created : r.saved;
  } else if (state.status === "invalid") message = r.fixFields;
  else if (state.status === "stale")
    message = interpolate(r.stale, { status: texts.statuses[state.current.status], by: state.current.by ?? r.someone, at: formatDateTime(new Date(state.current.at), locale) });
  else if (state.status === "forbidden") message = r.forbidden;
  else if (state.status === "error") message = r.error;

  return (
    <form ref={formRef} action={formAction} className="space-y-4" data-testid={`recommendation-${mode}-form`} key={formKey(state)} noValidate>
      {mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {mode === "create" ? (
        <div>
          <label htmlFor={`${id}-inspection`} className={labelClass}>
            {r.fieldInspection}
          </label>
          <select id={`${id}-inspection`} name="inspectionId" defaultValue={val("inspectionId")} className={fieldClass} aria-invalid={!!errors.inspectionId} aria-describedby={describedBy(errId("inspectionId"))}>
            <option value="">{r.inspectionNone}</option>
            {options.inspections.map((i) => (
              <option key={i.id} value={String(i.id)}>
                {i.date} — {i.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-inspectionId-error`} text={err("inspectionId")} />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-text`} className={labelClass}>
          {r.fieldText}
        </label>
        <textarea id={`${id}-text`} name="text" rows={4} required defaultValue={val("text")} className={fieldClass} aria-invalid={!!errors.text} aria-describedby={describedBy(errId("text"))} />
        <FieldError id={`${id}-text-error`} text={err("text")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-addressee`} className={labelClass}>
            {r.fieldAddressee}
          </label>
          <select id={`${id}-addressee`} name="addressee" required defaultValue={val("addressee")} className={fieldClass} aria-invalid={!!errors.addressee} aria-describedby={describedBy(errId("addressee"))}>
            <option value="">{r.choose}</option>
            <optgroup label={r.groupDepartments}>
              {options.departments.map((d) => (
                <option key={d.code} value={`department:${d.code}`}>
                  {d.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={r.groupDistricts}>
              {options.districts.map((d) => (
                <option key={d.code} value={`district:${d.code}`}>
                  {interpolate(r.addresseeDistrict, { name: d.name })}
                </option>
              ))}
            </optgroup>
            <optgroup label={r.groupCommunes}>
              {options.communes.map((c) => (
                <option key={c.code} value={`commune:${c.code}`}>
                  {interpolate(c.kind === "township" ? r.addresseeTownship : r.addresseeCommune, { name: c.name })}
                </option>
              ))}
            </optgroup>
          </select>
          <FieldError id={`${id}-addressee-error`} text={err("addressee")} />
        </div>
        <div>
          <label htmlFor={`${id}-commune`} className={labelClass}>
            {r.fieldCommune}
          </label>
          <select id={`${id}-commune`} name="communeCode" defaultValue={val("communeCode")} className={fieldClass} aria-invalid={!!errors.communeCode} aria-describedby={describedBy(errId("communeCode"))}>
            <option value="">{r.none}</option>
            {options.communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-communeCode-error`} text={err("communeCode")} />
        </div>
        <div>
          <label htmlFor={`${id}-criterion`} className={labelClass}>
            {r.fieldCriterion}
          </label>
          <select id={`${id}-criterion`} name="criterionNumber" defaultValue={val("criterionNumber")} className={fieldClass} aria-invalid={!!errors.criterionNumber} aria-describedby={describedBy(errId("criterionNumber"))}>
            <option value="">{r.none}</option>
            {options.criteria.map((c) => (
              <option key={c.number} value={String(c.number)}>
                {c.number}. {c.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-criterionNumber-error`} text={err("criterionNumber")} />
        </div>
        <div>
          <label htmlFor={`${id}-indicator`} className={labelClass}>
            {r.fieldIndicator}
          </label>
          <input id={`${id}-indicator`} name="indicatorCode" defaultValue={val("indicatorCode")} inputMode="decimal" className={fieldClass} aria-invalid={!!errors.indicatorCode} aria-describedby={describedBy(`${id}-indicator-hint`, errId("indicatorCode"))} />
          <p id={`${id}-indicator-hint`} className="mt-1 text-xs text-ink-muted">
            {r.fieldIndicatorHint}
          </p>
          <FieldError id={`${id}-indicatorCode-error`} text={err("indicatorCode")} />
        </div>
        <div>
          <label htmlFor={`${id}-dueText`} className={labelClass}>
            {r.fieldDueText}
          </label>
          <input id={`${id}-dueText`} name="dueText" defaultValue={val("dueText")} className={fieldClass} aria-invalid={!!errors.dueText} aria-describedby={describedBy(`${id}-dueText-hint`, errId("dueText"))} />
          <p id={`${id}-dueText-hint`} className="mt-1 text-xs text-ink-muted">
            {r.fieldDueTextHint}
          </p>
          <FieldError id={`${id}-dueText-error`} text={err("dueText")} />
        </div>
        <div>
          <label htmlFor={`${id}-dueDate`} className={labelClass}>
            {r.fieldDueDate}
          </label>
          <input id={`${id}-dueDate`} name="dueDate" type="date" defaultValue={val("dueDate")} className={fieldClass} aria-invalid={!!errors.dueDate} aria-describedby={describedBy(`${id}-dueDate-hint`, errId("dueDate"))} />
          <p id={`${id}-dueDate-hint`} className="mt-1 text-xs text-ink-muted">
            {r.fieldDueDateHint}
          </p>
          <FieldError id={`${id}-dueDate-error`} text={err("dueDate")} />
        </div>
        <div>
          <label htmlFor={`${id}-section`} className={labelClass}>
            {r.fieldSection}
          </label>
          <input id={`${id}-section`} name="sourceSection" defaultValue={val("sourceSection")} className={fieldClass} aria-invalid={!!errors.sourceSection} aria-describedby={describedBy(errId("sourceSection"))} />
          <FieldError id={`${id}-sourceSection-error`} text={err("sourceSection")} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={mode === "create" ? r.create : r.save} pending={r.saving} />
        <FormMessage tone={state.status === "saved" && !state.dueWarning ? "ok" : "problem"} testId={`recommendation-${mode}-message`}>
          {message}
        </FormMessage>
        {mode === "create" && state.status === "saved" ? (
          <Link href={`/recommendations/${state.id}`} className="text-sm text-link underline underline-offset-2" data-testid="open-created">
            {r.openCreated}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function formKey(state: RecommendationFormState): string {
  switch (state.status) {
    case "saved":
      return `saved-${state.id}-${state.version}`;
    case "idle":
      return "idle";
    case "stale":
      return `stale-${state.current.version}-${JSON.stringify(state.values)}`;
    default:
      return `${state.status}-${JSON.stringify(state.values)}`;
  }
}
