"use client";

import { useEffect, useMemo, useState, type FormEvent } from "react";
import { Field, fieldAria, FormMessage, InputField, outcomeText, SelectField, SubmitButton, TextareaField, useActionForm } from "@/components/forms/parts";
import type { ReportCheckState } from "@/lib/actions/report-check";
import { suggestAsOf } from "@/lib/domain/report-check";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { reportCheckVi } from "@/lib/i18n/messages/areas/report-check";
import { createTranslator } from "@/lib/i18n/translate";
import type { Catalog } from "@/lib/i18n/types";
import type { ReportCheckErrorKey } from "@/lib/validation/report-check";
import { ReportCheckResults } from "./report-check-results";

export type ReportCheckMessages = Catalog<typeof reportCheckVi>;

type Action = (state: ReportCheckState, formData: FormData) => Promise<ReportCheckState>;

/** What the file picker offers (the server judges the bytes; this only narrows the picker). */
const ACCEPT = ".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The checker's form (district, as-of date, text or file) and, below it, the findings. */
export function ReportCheckForm({
  action,
  districts,
  defaultDistrict,
  today,
  maxBytes,
  locale,
  messages,
}: {
  action: Action;
  districts: { code: string; label: string; group: string }[];
  defaultDistrict: string;
  /** YYYY-MM-DD in Vietnam. */
  today: string;
  maxBytes: number;
  locale: Locale;
  messages: ReportCheckMessages;
}) {
  const t = useMemo(() => createTranslator<typeof reportCheckVi>(messages), [messages]);
  const { state, formAction, id, formRef } = useActionForm(action);
  const [district, setDistrict] = useState(defaultDistrict);
  const [asOf, setAsOf] = useState(today);
  const [text, setText] = useState("");
  const [localFileError, setLocalFileError] = useState<ReportCheckErrorKey | null>(null);

  // Keep what was typed (and show the text read from an uploaded file) after each answer.
  useEffect(() => {
    if (state.status === "idle") return;
    setText(state.values.text);
    if (state.values.district) setDistrict(state.values.district);
    if (state.values.asOf) setAsOf(state.values.asOf);
  }, [state]);

  const size = `${formatNumber(maxBytes / (1024 * 1024), locale, { maximumFractionDigits: 1 })} MB`;
  const errors: Partial<Record<string, ReportCheckErrorKey>> = state.status === "invalid" ? { ...state.errors } : {};
  if (localFileError) errors.file = localFileError;
  const errorText = (field: string): string | null => {
    const key = errors[field];
    if (!key) return null;
    if (key === "fileTooLarge") return t("errors.fileTooLarge", { size });
    if (key === "textTooLong") return t("errors.textTooLong", { max: formatNumber(300_000, locale) });
    return t(`errors.${key}`);
  };

  const suggested = useMemo(() => suggestAsOf(text), [text]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxBytes) {
      e.preventDefault();
      setLocalFileError("fileTooLarge");
      return;
    }
    setLocalFileError(null);
  }

  const message = localFileError
    ? t("form.fixFields")
    : outcomeText(
        state,
        { fixFields: t("form.fixFields"), forbidden: t("form.forbidden"), error: t("form.error") },
        { done: (s) => (s.fileName ? t("form.fileRead", { name: s.fileName }) : t("form.done")) },
      );

  const groups = [...new Set(districts.map((d) => d.group))];
  const options = (group: string) =>
    districts
      .filter((d) => d.group === group)
      .map((d) => (
        <option key={d.code} value={d.code}>
          {d.label}
        </option>
      ));

  return (
    <div className="space-y-6">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="max-w-3xl space-y-4 rounded-lg border border-line bg-surface p-4" data-testid="report-check-form" noValidate>
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">{t("form.legend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField id={`${id}-district`} label={t("form.district")} error={errorText("district")} name="district" value={district} onChange={(e) => setDistrict(e.target.value)}>
              {groups.length > 1 ? groups.map((g) => <optgroup key={g} label={g}>{options(g)}</optgroup>) : options(groups[0] ?? "")}
            </SelectField>
            <InputField
              id={`${id}-asOf`}
              label={t("form.asOf")}
              hint={t("form.asOfHint")}
              error={errorText("asOf")}
              after={
                suggested && suggested !== asOf && suggested <= today ? (
                  <button
                    type="button"
                    onClick={() => setAsOf(suggested)}
                    className="mt-1 text-left text-xs text-link underline underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
                    data-testid="use-suggested-date"
                  >
                    {t("form.useSuggested", { date: formatDate(isoToDate(suggested), locale) })}
                  </button>
                ) : null
              }
              name="asOf"
              type="date"
              max={today}
              value={asOf}
              onChange={(e) => setAsOf(e.target.value)}
            />
          </div>
          <TextareaField
            id={`${id}-text`}
            label={t("form.text")}
            hint={t("form.textHint")}
            error={errorText("text")}
            name="text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="font-mono text-xs"
          />
          <Field id={`${id}-file`} label={t("form.file")} hint={t("form.fileHint", { size })} error={errorText("file")}>
            <input
              {...fieldAria({ id: `${id}-file`, hint: true, error: errorText("file") })}
              name="file"
              type="file"
              accept={ACCEPT}
              onChange={() => setLocalFileError(null)}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line-strong file:bg-canvas file:px-2 file:py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
            />
          </Field>
        </fieldset>
        <div>
          <SubmitButton label={t("form.submit")} pending={t("form.submitting")} />
          <FormMessage tone={state.status === "done" && !localFileError ? "ok" : "problem"} testId="report-check-message">
            {message}
          </FormMessage>
        </div>
      </form>
      {state.status === "done" ? <ReportCheckResults state={state} locale={locale} t={t} /> : null}
    </div>
  );
}
