"use client";

import { useActionState, useId } from "react";
import type { SettingFormState } from "@/lib/actions/settings";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Field, FormMessage, SubmitButton, decimalInput, describedBy, inputClass } from "./form-bits";
import { useSettingsText } from "./settings-messages";

type Action = (state: SettingFormState, formData: FormData) => Promise<SettingFormState>;

/** The target share of communes meeting the standard (percent), with the version it started from. */
export function StandardShareForm({ action, provinceCode, initial }: { action: Action; provinceCode: string; initial: { percent: number | null; version: number } }) {
  const { t, locale, errorText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as SettingFormState);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const saved = state.status === "saved" ? state : null;
  // The page's value is the truth once it re-renders after a save; a stale refusal carries the newer one.
  const version = state.status === "stale" ? state.current.version : Math.max(initial.version, saved?.version ?? 0);
  const shown = (raw: string | null) => (raw === null ? t("settings.share.cleared") : `${formatNumber(Number(raw), locale, { maximumFractionDigits: 3 })}%`);
  const initialText = initial.percent === null ? "" : decimalInput(initial.percent, locale);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const message =
    state.status === "saved"
      ? state.changed
        ? t("settings.form.saved")
        : t("settings.form.unchanged")
      : state.status === "stale"
        ? t("settings.share.stale", {
            value: shown(state.current.value),
            by: state.current.by ?? t("settings.form.someone"),
            at: state.current.at ? formatDateTime(new Date(state.current.at), locale) : "—",
          })
        : state.status === "forbidden"
          ? t("settings.form.forbidden")
          : state.status === "error"
            ? t("settings.form.error")
            : state.status === "invalid" && errors.form
              ? errorText(errors.form)
              : null;
  const key = state.status === "idle" ? "idle" : `${state.status}-${JSON.stringify(typed)}-${version}`;
  return (
    <form action={formAction} key={key} className="space-y-3" data-testid="standard-share-form">
      <input type="hidden" name="provinceCode" value={provinceCode} />
      <input type="hidden" name="version" value={String(version)} />
      <Field id={`${id}-value`} label={t("settings.share.value")} hint={t("settings.share.valueHint")} error={errors.value ? errorText(errors.value) : undefined}>
        <input
          id={`${id}-value`}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={typed?.value ?? (saved ? (saved.value === null ? "" : decimalInput(Number(saved.value), locale)) : initialText)}
          aria-invalid={!!errors.value}
          aria-describedby={describedBy(`${id}-value`, true, !!errors.value)}
          className={`${inputClass} max-w-40`}
        />
      </Field>
      <Field id={`${id}-reason`} label={t("settings.reasonOptional")} error={errors.reason ? errorText(errors.reason) : undefined}>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          defaultValue={typed?.reason ?? ""}
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy(`${id}-reason`, false, !!errors.reason)}
          className={inputClass}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.form.save")} pending={t("settings.form.saving")} />
        <FormMessage text={message} ok={state.status === "saved"} testId="standard-share-message" />
      </div>
    </form>
  );
}
