"use client";

import Link from "next/link";
import { FormMessage, InputField, outcomeText, SelectField, SubmitButton, TextareaField, useActionForm } from "@/components/forms/parts";
import type { RecommendationFormState } from "@/lib/actions/recommendation";
import type { Locale } from "@/lib/i18n/config";
import { interpolate } from "@/lib/i18n/translate";
import { errorText, staleText, type RecommendationFormTexts } from "./form-texts";

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
  const { state, formAction, id, formRef, errors } = useActionForm(action);
  const r = texts.r;
  const typed = state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? state.values : null;
  const version = state.status === "saved" ? state.version : state.status === "stale" ? state.current.version : (initial.version ?? 0);
  // After creating, the form starts empty again (same inspection) for the next recommendation.
  const base = mode === "create" && state.status === "saved" ? { ...initial, text: "", dueText: "", dueDate: "", sourceSection: "", indicatorCode: "" } : initial;
  const val = (k: keyof RecommendationFormInitial) => (typed ? String(typed[k] ?? "") : String(base[k] ?? ""));
  // A field named after its form key: its id, label, error and the value to start from.
  const field = (name: keyof RecommendationFormInitial & string, label: string) => ({ id: `${id}-${name}`, name, label, error: errorText(errors[name], texts), defaultValue: val(name) });
  const message = outcomeText(state, r, {
    saved: (s) => (s.dueWarning ? interpolate(r.savedNoDueDate, { reason: r.dueReason[s.dueWarning] }) : mode === "create" ? r.created : r.saved),
    stale: (s) => staleText(s.current, texts, locale),
  });

  return (
    <form ref={formRef} action={formAction} className="space-y-4" data-testid={`recommendation-${mode}-form`} key={formKey(state)} noValidate>
      {mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {mode === "create" ? (
        <SelectField {...field("inspectionId", r.fieldInspection)}>
          <option value="">{r.inspectionNone}</option>
          {options.inspections.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {i.date} — {i.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextareaField {...field("text", r.fieldText)} rows={4} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("addressee", r.fieldAddressee)} required>
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
        </SelectField>
        <SelectField {...field("communeCode", r.fieldCommune)}>
          <option value="">{r.none}</option>
          {options.communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField {...field("criterionNumber", r.fieldCriterion)}>
          <option value="">{r.none}</option>
          {options.criteria.map((c) => (
            <option key={c.number} value={String(c.number)}>
              {c.number}. {c.name}
            </option>
          ))}
        </SelectField>
        <InputField {...field("indicatorCode", r.fieldIndicator)} hint={r.fieldIndicatorHint} inputMode="decimal" />
        <InputField {...field("dueText", r.fieldDueText)} hint={r.fieldDueTextHint} />
        <InputField {...field("dueDate", r.fieldDueDate)} hint={r.fieldDueDateHint} type="date" />
        <InputField {...field("sourceSection", r.fieldSection)} />
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
