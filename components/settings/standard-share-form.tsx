"use client";

import { useActionState, useId, useRef } from "react";
import type { SettingFormState } from "@/lib/actions/settings";
import { formatNumber } from "@/lib/i18n/format";
import { InputField, TextareaField, outcomeText, staleBy, useFocusFirstInvalid } from "@/components/forms/parts";
import { FormMessage, SubmitButton, decimalInput } from "./form-bits";
import { useSettingsText } from "./settings-messages";

type Action = (state: SettingFormState, formData: FormData) => Promise<SettingFormState>;

/** The target share of communes meeting the standard (percent), with the version it started from. */
export function StandardShareForm({ action, provinceCode, initial }: { action: Action; provinceCode: string; initial: { percent: number | null; version: number } }) {
  const { t, locale, errorText, refusals, savedText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as SettingFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const saved = state.status === "saved" ? state : null;
  // The page's value is the truth once it re-renders after a save; a stale refusal carries the newer one.
  const version = state.status === "stale" ? state.current.version : Math.max(initial.version, saved?.version ?? 0);
  const shown = (raw: string | null) => (raw === null ? t("settings.share.cleared") : `${formatNumber(Number(raw), locale, { maximumFractionDigits: 3 })}%`);
  const initialText = initial.percent === null ? "" : decimalInput(initial.percent, locale);
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const message = outcomeText(state, refusals, {
    saved: (s) => savedText(s.changed),
    stale: (s) => t("settings.share.stale", { value: shown(s.current.value), ...staleBy(s.current, t("settings.form.someone"), locale) }),
    invalid: (s) => (s.fieldErrors.form ? errorText(s.fieldErrors.form) : null),
  });
  const key = state.status === "idle" ? "idle" : `${state.status}-${JSON.stringify(typed)}-${version}`;
  return (
    <form ref={formRef} action={formAction} key={key} className="space-y-3" data-testid="standard-share-form">
      <input type="hidden" name="provinceCode" value={provinceCode} />
      <input type="hidden" name="version" value={String(version)} />
      <InputField
        look="roomy"
        id={`${id}-value`}
        label={t("settings.share.value")}
        hint={t("settings.share.valueHint")}
        error={errorText(errors.value)}
        name="value"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={typed?.value ?? (saved ? (saved.value === null ? "" : decimalInput(Number(saved.value), locale)) : initialText)}
        className="max-w-40"
      />
      <TextareaField look="roomy" id={`${id}-reason`} label={t("settings.reasonOptional")} error={errorText(errors.reason)} name="reason" rows={2} defaultValue={typed?.reason ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.form.save")} pending={t("settings.form.saving")} />
        <FormMessage text={message} ok={state.status === "saved"} testId="standard-share-message" />
      </div>
    </form>
  );
}
