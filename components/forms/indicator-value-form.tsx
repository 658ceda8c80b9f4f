"use client";

import { StatusBadge } from "@/components/ui/status-badge";
import type { IndicatorFormState } from "@/lib/actions/indicator";
import type { IndicatorOutcome } from "@/lib/domain/indicator";
import type { Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { numberInputText } from "@/lib/i18n/number-input";
import { interpolate } from "@/lib/i18n/translate";
import { errorTexts, FormMessage, InputField, labelClass, outcomeText, SelectField, staleBy, SubmitButton, TextareaField, useActionForm } from "./parts";

export interface IndicatorFormLabels {
  valueBool: string;
  boolYes: string;
  boolNo: string;
  boolNone: string;
  valueCount: string;
  valuePercent: string;
  valueFractionLegend: string;
  valueNumerator: string;
  valueDenominator: string;
  /** With {unit}. */
  valueAmount: string;
  valueSecondary: string;
  decimalHint: string;
  percentHint: string;
  manualOnly: string;
  referenceYear: string;
  assessorStatus: string;
  statusComputed: string;
  overrideReason: string;
  note: string;
  currentResult: string;
  notRecordedYet: string;
  /** With {outcome}. */
  computedWas: string;
  /** With {outcome}. */
  savedWithResult: string;
  unchanged: string;
  /** With {by}, {at}. */
  stale: string;
  fixFields: string;
  forbidden: string;
  error: string;
  someone: string;
  save: string;
  saving: string;
  statuses: Record<Status, string>;
  /** The result in words: met / not met / nearly met, or "no conclusion yet" for the others. */
  outcomes: Record<IndicatorOutcome, string>;
  validation: Record<string, string>;
}

/** The recorded value as the form's fields show it. */
export interface IndicatorFormInitial {
  version: number;
  valueBool: boolean | null;
  valueNumber: number | null;
  denominator: number | null;
  secondaryValue: number | null;
  referenceYear: number | null;
  status: Status | null;
  overrideReason: string | null;
  note: string | null;
}

type Action = (state: IndicatorFormState, formData: FormData) => Promise<IndicatorFormState>;

/** In either language the field reads numbers the Vietnamese way (lib/i18n/number-input.ts). */
const numberText = (n: number | null, _locale: Locale) => numberInputText(n);

/** The field strings of a recorded value, for the kind of the indicator. */
export function initialFields(kind: string, v: IndicatorFormInitial, locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {
    valueBool: v.valueBool === null ? "" : v.valueBool ? "yes" : "no",
    count: "",
    percent: "",
    numerator: "",
    denominator: "",
    amount: "",
    secondary: numberText(v.secondaryValue, locale),
    referenceYear: v.referenceYear === null ? "" : String(v.referenceYear),
    status: v.status && v.status !== "not_assessed" ? v.status : "",
    overrideReason: v.overrideReason ?? "",
    note: v.note ?? "",
  };
  if (kind === "absence") fields.count = numberText(v.valueNumber, locale);
  else if (kind === "amount_min") fields.amount = numberText(v.valueNumber, locale);
  else if (v.denominator !== null) {
    fields.numerator = numberText(v.valueNumber, locale);
    fields.denominator = numberText(v.denominator, locale);
  } else fields.percent = numberText(v.valueNumber, locale);
  return fields;
}

const KNOWN_KINDS = ["boolean", "absence", "percent_min", "percent_max", "amount_min", "percent_min_dual"];

/**
 * One indicator's value in one view, with the field its kind needs (yes/no, a count, a percent or
 * a number out of a total, an amount, two percents; unknown kinds: the status only), an optional
 * reference year, the assessor's status with a reason when it differs from the computed result,
 * and a note. The current result and its reason (rendered on the server) stay above the fields.
 */
export function IndicatorValueForm({
  action,
  communeCode,
  indicatorCode,
  view,
  kind,
  amountUnit,
  initial,
  result,
  labels,
  testId,
  locale,
}: {
  action: Action;
  communeCode: string;
  indicatorCode: string;
  view: "self" | "verified";
  kind: string;
  /** The unit an amount is entered in ("triệu đồng/người/năm"). */
  amountUnit: string | null;
  initial: IndicatorFormInitial;
  /** The result of the recorded value and why, in words; null when nothing is recorded. */
  result: { outcome: IndicatorOutcome; text: string } | null;
  labels: IndicatorFormLabels;
  testId: string;
  locale: Locale;
}) {
  const { state, formAction, id, formRef, errors } = useActionForm(action);
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const start = initialFields(kind, initial, locale);
  const value = (field: string) => typed?.[field] ?? start[field] ?? "";
  const version = state.status === "saved" ? state.version : state.status === "stale" ? state.current.version : initial.version;
  const text = (field: string) => errorTexts(errors[field], labels.validation);

  const input = (field: string, label: string, opts: { hint?: string; integer?: boolean; width?: string } = {}) => (
    <InputField
      id={`${id}-${field}`}
      label={label}
      hint={opts.hint}
      error={text(field)}
      wrapperClassName={opts.width ?? ""}
      name={field}
      type="text"
      inputMode={opts.integer ? "numeric" : "decimal"}
      autoComplete="off"
      defaultValue={value(field)}
    />
  );

  const message = outcomeText(state, labels, {
    saved: (s) => (s.changed ? interpolate(labels.savedWithResult, { outcome: labels.outcomes[s.outcome] }) : labels.unchanged),
    stale: (s) => interpolate(labels.stale, staleBy(s.current, labels.someone, locale)),
  });
  const decided = result && (result.outcome === "met" || result.outcome === "not_met" || result.outcome === "nearly_met") ? (result.outcome as Status) : null;
  const overrideError = errors.overrideReason
    ? `${text("overrideReason")}${state.status === "invalid" && state.computed ? ` ${interpolate(labels.computedWas, { outcome: labels.outcomes[state.computed] })}` : ""}`
    : null;

  return (
    <div className="space-y-2">
      <div className="rounded border border-line bg-canvas p-2 text-sm" data-testid={`${testId}-result`} data-outcome={result?.outcome ?? ""}>
        <span className="mr-2 text-xs font-medium text-ink-muted">{labels.currentResult}:</span>
        {result ? (
          <>
            {decided ? <StatusBadge status={decided} label={labels.statuses[decided]} /> : <span className="text-ink-muted">{labels.outcomes[result.outcome]}</span>}
            <span className="mt-1 block" data-testid={`${testId}-reason`}>
              {result.text}
            </span>
          </>
        ) : (
          <span className="text-ink-muted">{labels.notRecordedYet}</span>
        )}
      </div>
      {/* React resets uncontrolled fields after an action; a key per result remounts the form
          with the right defaults (the saved values, or what the user typed). */}
      <form ref={formRef} action={formAction} className="space-y-2" data-testid={testId} key={formKey(state)} noValidate>
        <input type="hidden" name="communeCode" value={communeCode} />
        <input type="hidden" name="indicatorCode" value={indicatorCode} />
        <input type="hidden" name="view" value={view} />
        <input type="hidden" name="version" value={String(version)} />
        <div className="grid gap-2 sm:grid-cols-2">
          {kind === "boolean" ? (
            <SelectField id={`${id}-valueBool`} label={labels.valueBool} error={text("valueBool")} name="valueBool" defaultValue={value("valueBool")}>
              <option value="">{labels.boolNone}</option>
              <option value="yes">{labels.boolYes}</option>
              <option value="no">{labels.boolNo}</option>
            </SelectField>
          ) : null}
          {kind === "absence" ? input("count", labels.valueCount, { integer: true }) : null}
          {kind === "amount_min" ? input("amount", interpolate(labels.valueAmount, { unit: amountUnit ?? "" }), { hint: labels.decimalHint }) : null}
          {kind === "percent_min_dual" ? (
            <>
              {input("percent", labels.valuePercent, { hint: labels.decimalHint })}
              {input("secondary", labels.valueSecondary)}
            </>
          ) : null}
          {kind === "percent_min" || kind === "percent_max" ? (
            <>
              {input("percent", labels.valuePercent, { hint: labels.percentHint })}
              <fieldset className="min-w-0">
                <legend className={labelClass}>{labels.valueFractionLegend}</legend>
                <div className="grid grid-cols-2 gap-2">
                  {input("numerator", labels.valueNumerator, { integer: true })}
                  {input("denominator", labels.valueDenominator, { integer: true })}
                </div>
              </fieldset>
            </>
          ) : null}
          {!KNOWN_KINDS.includes(kind) ? <p className="text-xs text-ink-muted sm:col-span-2">{labels.manualOnly}</p> : null}
          {KNOWN_KINDS.includes(kind) ? input("referenceYear", labels.referenceYear, { integer: true }) : null}
          <SelectField id={`${id}-status`} label={labels.assessorStatus} error={text("status")} name="status" defaultValue={value("status")}>
            <option value="">{KNOWN_KINDS.includes(kind) ? labels.statusComputed : labels.statuses.not_assessed}</option>
            {(["met", "nearly_met", "not_met"] as const).map((s) => (
              <option key={s} value={s}>
                {labels.statuses[s]}
              </option>
            ))}
          </SelectField>
          <TextareaField id={`${id}-overrideReason`} label={labels.overrideReason} error={overrideError} wrapperClassName="sm:col-span-2" name="overrideReason" rows={1} defaultValue={value("overrideReason")} />
          <TextareaField id={`${id}-note`} label={labels.note} error={text("note")} wrapperClassName="sm:col-span-2" name="note" rows={1} defaultValue={value("note")} />
        </div>
        <SubmitButton label={labels.save} pending={labels.saving} />
      </form>
      <FormMessage tone={state.status === "saved" ? "ok" : "problem"} testId={`${testId}-message`}>
        {message}
      </FormMessage>
    </div>
  );
}

function formKey(state: IndicatorFormState): string {
  switch (state.status) {
    case "saved":
      return `saved-${state.version}-${state.changed}`;
    case "invalid":
      return `invalid-${JSON.stringify(state.values)}-${JSON.stringify(state.fieldErrors)}`;
    case "stale":
      return `stale-${JSON.stringify(state.values)}-${state.current.version}`;
    default:
      return state.status;
  }
}
