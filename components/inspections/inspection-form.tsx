"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { FieldError, FormMessage, InputField, SelectField, SubmitButton, TextareaField, describedBy, outcomeText, staleBy, useFocusFirstInvalid } from "@/components/forms/parts";
import type { InspectionFormState } from "@/lib/actions/inspection";
import { DOCUMENT_KINDS, MEMBER_ROLES } from "@/lib/domain/inspection";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translate";
import type { Translator } from "@/lib/i18n/types";
import type { InspectionFormValues, MemberValues, NewDocumentValues } from "@/lib/validation/inspection";
import { errorText, type InspectionFormMessages, type InspectionFormSchema } from "./form-messages";

export interface InspectionFormOptionsView {
  departments: { code: string; name: string }[];
  documents: { id: number; label: string; title: string }[];
  /** Districts with their communes; `span` gives the ISO days a unit existed ("" = open). */
  districts: { code: string; name: string; span: UnitSpanView; communes: { code: string; name: string; kind: string; span: UnitSpanView }[] }[];
}
export interface UnitSpanView {
  from: string;
  to: string;
}

type Action = (state: InspectionFormState, formData: FormData) => Promise<InspectionFormState>;

const EMPTY_DOC: NewDocumentValues = { kind: "decision", number: "", issuedOn: "", issuer: "", title: "" };
const EMPTY_MEMBER: MemberValues = { departmentCode: "", agencyName: "", role: "member", representative: "" };

/** Records or edits an inspection: title and date, basis documents (chosen or new), the lead,
 * the team (departments or other agencies), the units visited and the general findings. Errors
 * sit next to their fields and are announced; what the user typed is kept after any refusal. */
export function InspectionForm({
  action,
  options,
  initial,
  messages,
  locale,
  testId,
}: {
  action: Action;
  options: InspectionFormOptionsView;
  initial: InspectionFormValues;
  messages: InspectionFormMessages;
  locale: Locale;
  testId: string;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as InspectionFormState);
  const router = useRouter();
  useEffect(() => {
    if (state.status === "saved") router.push(`/inspections/${state.id}`);
  }, [state, router]);
  const values = (state.status === "invalid" || state.status === "stale" || state.status === "forbidden" || state.status === "error" ? state.values : null) ?? initial;
  const version = state.status === "stale" ? String(state.current.version) : state.status === "saved" ? String(state.version) : initial.version;
  return (
    // React resets a form's uncontrolled fields after its action: a key per result remounts it
    // with the right defaults (what the user typed, after a refusal).
    <FormBody key={formKey(state)} formAction={formAction} state={state} values={{ ...values, version }} options={options} messages={messages} locale={locale} testId={testId} />
  );
}

function FormBody({
  formAction,
  state,
  values,
  options,
  messages,
  locale,
  testId,
}: {
  formAction: (formData: FormData) => void;
  state: InspectionFormState;
  values: InspectionFormValues;
  options: InspectionFormOptionsView;
  messages: InspectionFormMessages;
  locale: Locale;
  testId: string;
}) {
  const t = createTranslator<InspectionFormSchema>(messages);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const [docs, setDocs] = useState<{ key: number; v: NewDocumentValues }[]>(() => values.newDocuments.map((v, i) => ({ key: i, v })));
  const [members, setMembers] = useState<{ key: number; v: MemberValues }[]>(() =>
    (values.members.length ? values.members : [EMPTY_MEMBER]).map((v, i) => ({ key: i, v })),
  );
  const nextKey = useRef(1000);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const err = (path: string) => errorText(messages, errors[path]);
  const fid = (path: string) => `${id}-${path.replace(/\./g, "-")}`;
  // A field's id, name, label and error, by its path in the form's values.
  const field = (path: string, label: string) => ({ id: fid(path), name: path, label, error: err(path) });
  const errorOf = (path: string) => <FieldError id={`${fid(path)}-error`} text={err(path)} />;
  // A labelled text or date input with its error.
  const textField = (path: string, label: string, defaultValue: string, opts: { type?: "text" | "date"; required?: boolean } = {}) => (
    <InputField {...field(path, label)} type={opts.type ?? "text"} required={opts.required} defaultValue={defaultValue} />
  );
  const departmentOptions = (
    <>
      <option value="">{t("inspections.noDepartment")}</option>
      {options.departments.map((d) => (
        <option key={d.code} value={d.code}>
          {d.name}
        </option>
      ))}
    </>
  );
  const chosenDocs = new Set(values.basisDocumentIds);
  const chosenUnits = new Set(values.unitCodes);

  const message = outcomeText(state, { fixFields: t("inspections.fixFields"), forbidden: t("inspections.forbidden"), error: t("inspections.error") }, {
    saved: t("inspections.saved"),
    stale: (s) => t("inspections.stale", staleBy(s.current, t("inspections.someone"), locale)),
  });

  return (
    <form ref={formRef} action={formAction} className="space-y-6" data-testid={testId} noValidate>
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        {textField("title", t("inspections.fieldTitle"), values.title, { required: true })}
        {textField("inspectedOn", t("inspections.fieldDate"), values.inspectedOn, { type: "date", required: true })}
      </div>

      <fieldset className="space-y-3 rounded-lg border border-line p-3" aria-describedby={describedBy(`${id}-basis-hint`, err("basisDocumentIds") && `${fid("basisDocumentIds")}-error`)}>
        <legend className="px-1 font-semibold">{t("inspections.basisLegend")}</legend>
        <p id={`${id}-basis-hint`} className="text-xs text-ink-muted">
          {t("inspections.basisHint")}
        </p>
        <div>
          <p className="text-sm font-medium">{t("inspections.basisExisting")}</p>
          {options.documents.length ? (
            <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded border border-line p-2 text-sm">
              {options.documents.map((d) => (
                <li key={d.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="basisDocumentIds" value={d.id} defaultChecked={chosenDocs.has(String(d.id))} className="mt-1" />
                    <span>
                      <span className="font-medium">{d.label}</span> — {d.title}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-ink-muted">{t("inspections.basisNone")}</p>
          )}
          {errorOf("basisDocumentIds")}
        </div>
        {docs.map((row, i) => {
          const p = (f: string) => `newDocuments.${i}.${f}`;
          return (
            <fieldset key={row.key} className="space-y-2 rounded border border-line p-2" data-testid="new-document">
              <legend className="px-1 text-sm font-medium">{t("inspections.newDocumentLegend", { number: i + 1 })}</legend>
              <div className="grid gap-2 sm:grid-cols-4">
                <SelectField {...field(p("kind"), t("inspections.documentKind"))} defaultValue={row.v.kind}>
                  {DOCUMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`inspections.documentKinds.${k}`)}
                    </option>
                  ))}
                </SelectField>
                {textField(p("number"), t("inspections.documentNumber"), row.v.number)}
                {textField(p("issuedOn"), t("inspections.documentDate"), row.v.issuedOn, { type: "date" })}
                {textField(p("issuer"), t("inspections.documentIssuer"), row.v.issuer)}
              </div>
              {textField(p("title"), t("inspections.documentTitle"), row.v.title)}
              <button type="button" className="text-sm text-link underline" onClick={() => setDocs((d) => d.filter((x) => x.key !== row.key))}>
                {t("inspections.removeDocument", { number: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="rounded-md border border-line-strong px-3 py-1.5 text-sm hover:bg-surface-muted" onClick={() => setDocs((d) => [...d, { key: nextKey.current++, v: EMPTY_DOC }])}>
          {t("inspections.addDocument")}
        </button>
      </fieldset>

      <fieldset className="rounded-lg border border-line p-3">
        <legend className="px-1 font-semibold">{t("inspections.leadLegend")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {textField("leadName", t("inspections.leadName"), values.leadName, { required: true })}
          {textField("leadTitle", t("inspections.leadTitle"), values.leadTitle)}
          <SelectField {...field("leadDepartmentCode", t("inspections.leadDepartment"))} defaultValue={values.leadDepartmentCode}>
            {departmentOptions}
          </SelectField>
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-line p-3" aria-describedby={`${id}-team-hint`}>
        <legend className="px-1 font-semibold">{t("inspections.teamLegend")}</legend>
        <p id={`${id}-team-hint`} className="text-xs text-ink-muted">
          {t("inspections.teamHint")}
        </p>
        {members.map((row, i) => {
          const p = (f: string) => `members.${i}.${f}`;
          return (
            <fieldset key={row.key} className="rounded border border-line p-2" data-testid="team-member">
              <legend className="px-1 text-sm font-medium">{t("inspections.memberLegend", { number: i + 1 })}</legend>
              <div className="grid gap-2 sm:grid-cols-4">
                <SelectField {...field(p("departmentCode"), t("inspections.memberDepartment"))} defaultValue={row.v.departmentCode}>
                  {departmentOptions}
                </SelectField>
                {textField(p("agencyName"), t("inspections.memberAgency"), row.v.agencyName)}
                <SelectField {...field(p("role"), t("inspections.memberRole"))} defaultValue={row.v.role}>
                  {MEMBER_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`inspections.roles.${r}`)}
                    </option>
                  ))}
                </SelectField>
                {textField(p("representative"), t("inspections.memberRepresentative"), row.v.representative)}
              </div>
              <button type="button" className="mt-1 text-sm text-link underline" onClick={() => setMembers((m) => m.filter((x) => x.key !== row.key))}>
                {t("inspections.removeMember", { number: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="rounded-md border border-line-strong px-3 py-1.5 text-sm hover:bg-surface-muted" onClick={() => setMembers((m) => [...m, { key: nextKey.current++, v: EMPTY_MEMBER }])}>
          {t("inspections.addMember")}
        </button>
      </fieldset>

      <fieldset
        className="space-y-3 rounded-lg border border-line p-3"
        aria-describedby={describedBy(`${id}-units-hint`, err("unitCodes") && `${fid("unitCodes")}-error`)}
        aria-invalid={err("unitCodes") ? true : undefined}
        data-testid="units-visited"
      >
        <legend className="px-1 font-semibold">{t("inspections.unitsLegend")}</legend>
        <p id={`${id}-units-hint`} className="text-xs text-ink-muted">
          {t("inspections.unitsHint")}
        </p>
        {errorOf("unitCodes")}
        {options.districts.map((d, di) => (
          <div key={d.code} className="space-y-1">
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="unitCodes" value={d.code} defaultChecked={chosenUnits.has(d.code)} aria-invalid={di === 0 && err("unitCodes") ? true : undefined} />
              {t("inspections.districtUnit", { name: d.name })}
              <SpanText span={d.span} t={t} locale={locale} />
            </label>
            <fieldset className="ml-6">
              <legend className="text-xs text-ink-muted">{t("inspections.communesOf", { name: d.name })}</legend>
              <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-3">
                {d.communes.map((c) => (
                  <li key={c.code}>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="unitCodes" value={c.code} defaultChecked={chosenUnits.has(c.code)} />
                      {c.name}
                      <SpanText span={c.span} t={t} locale={locale} />
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-line p-3">
        <legend className="px-1 font-semibold">{t("inspections.findingsLegend")}</legend>
        <TextareaField {...field("strengths", t("inspections.strengths"))} rows={4} defaultValue={values.strengths} />
        <TextareaField {...field("shortcomings", t("inspections.shortcomings"))} rows={4} defaultValue={values.shortcomings} />
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("inspections.save")} pending={t("inspections.saving")} />
        <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId={`${testId}-message`}>
          {message}
        </FormMessage>
      </div>
    </form>
  );
}

/** "(đến 30/06/2025)" after a unit that no longer exists, "(từ …)" for one created later. */
function SpanText({ span, t, locale }: { span: UnitSpanView; t: Translator<InspectionFormSchema>; locale: Locale }) {
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), locale);
  const parts = [span.from ? t("inspections.fromDate", { date: day(span.from) }) : null, span.to ? t("inspections.untilDate", { date: day(span.to) }) : null].filter(Boolean);
  return parts.length ? <span className="text-xs font-normal text-ink-muted"> ({parts.join(", ")})</span> : null;
}

function formKey(state: InspectionFormState): string {
  switch (state.status) {
    case "saved":
      return `saved-${state.id}-${state.version}`;
    case "invalid":
    case "stale":
      return `${state.status}-${JSON.stringify(state.values)}-${state.status === "stale" ? state.current.version : ""}`;
    case "forbidden":
    case "error":
      return `${state.status}-${JSON.stringify(state.values ?? null)}`;
    default:
      return state.status;
  }
}
