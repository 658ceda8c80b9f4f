"use client";

import { useActionState, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { describedBy, FieldError, fieldClass, FormMessage, labelClass, SubmitButton, useFocusFirstInvalid } from "@/components/forms/parts";
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
  const [state, formAction] = useActionState(action, { status: "idle" } as ReportCheckState);
  const [district, setDistrict] = useState(defaultDistrict);
  const [asOf, setAsOf] = useState(today);
  const [text, setText] = useState("");
  const [localFileError, setLocalFileError] = useState<ReportCheckErrorKey | null>(null);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);

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
  const err = (field: string) => (errors[field] ? `${id}-${field}-error` : null);

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

  const message =
    localFileError || state.status === "invalid"
      ? t("form.fixFields")
      : state.status === "forbidden"
        ? t("form.forbidden")
        : state.status === "error"
          ? t("form.error")
          : state.status === "done"
            ? state.fileName
              ? t("form.fileRead", { name: state.fileName })
              : t("form.done")
            : null;

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
            <div>
              <label htmlFor={`${id}-district`} className={labelClass}>
                {t("form.district")}
              </label>
              <select
                id={`${id}-district`}
                name="district"
                value={district}
                onChange={(e) => setDistrict(e.target.value)}
                aria-invalid={!!errors.district}
                aria-describedby={describedBy(err("district"))}
                className={fieldClass}
              >
                {groups.length > 1 ? groups.map((g) => <optgroup key={g} label={g}>{options(g)}</optgroup>) : options(groups[0] ?? "")}
              </select>
              <FieldError id={`${id}-district-error`} text={errorText("district")} />
            </div>
            <div>
              <label htmlFor={`${id}-asOf`} className={labelClass}>
                {t("form.asOf")}
              </label>
              <input
                id={`${id}-asOf`}
                name="asOf"
                type="date"
                max={today}
                value={asOf}
                onChange={(e) => setAsOf(e.target.value)}
                aria-invalid={!!errors.asOf}
                aria-describedby={describedBy(`${id}-asOf-hint`, err("asOf"))}
                className={fieldClass}
              />
              <p id={`${id}-asOf-hint`} className="mt-1 text-xs text-ink-muted">
                {t("form.asOfHint")}
              </p>
              {suggested && suggested !== asOf && suggested <= today ? (
                <button
                  type="button"
                  onClick={() => setAsOf(suggested)}
                  className="mt-1 text-left text-xs text-link underline underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
                  data-testid="use-suggested-date"
                >
                  {t("form.useSuggested", { date: formatDate(isoToDate(suggested), locale) })}
                </button>
              ) : null}
              <FieldError id={`${id}-asOf-error`} text={errorText("asOf")} />
            </div>
          </div>
          <div>
            <label htmlFor={`${id}-text`} className={labelClass}>
              {t("form.text")}
            </label>
            <textarea
              id={`${id}-text`}
              name="text"
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={!!errors.text}
              aria-describedby={describedBy(`${id}-text-hint`, err("text"))}
              className={`${fieldClass} font-mono text-xs`}
            />
            <p id={`${id}-text-hint`} className="mt-1 text-xs text-ink-muted">
              {t("form.textHint")}
            </p>
            <FieldError id={`${id}-text-error`} text={errorText("text")} />
          </div>
          <div>
            <label htmlFor={`${id}-file`} className={labelClass}>
              {t("form.file")}
            </label>
            <input
              id={`${id}-file`}
              name="file"
              type="file"
              accept={ACCEPT}
              onChange={() => setLocalFileError(null)}
              aria-invalid={!!errors.file}
              aria-describedby={describedBy(`${id}-file-hint`, err("file"))}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line-strong file:bg-canvas file:px-2 file:py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand"
            />
            <p id={`${id}-file-hint`} className="mt-1 text-xs text-ink-muted">
              {t("form.fileHint", { size })}
            </p>
            <FieldError id={`${id}-file-error`} text={errorText("file")} />
          </div>
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
