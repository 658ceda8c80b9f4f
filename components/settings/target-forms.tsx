"use client";

import { useActionState, useId, useState, useRef } from "react";
import type { TargetFormState } from "@/lib/actions/targets";
import { formatNumber } from "@/lib/i18n/format";
import { InputField, TextareaField, outcomeText, staleBy, useFocusFirstInvalid } from "@/components/forms/parts";
import { FormMessage, SubmitButton, decimalInput, roomyFields } from "./form-bits";
import { useSettingsText } from "./settings-messages";

type Action = (state: TargetFormState, formData: FormData) => Promise<TargetFormState>;

export interface ProvincialRow {
  id: number;
  year: number | null;
  version: number;
  /** The level in words, formatted on the server ("≥ 70%"). */
  label: string;
  note: string | null;
  valueNumber: number | null;
  secondaryMin: number | null;
  unit: string | null;
  lastChange: string | null;
}

export interface IndicatorFacts {
  provinceCode: string;
  indicatorCode: string;
  kind: string;
  /** The unit of an amount ("million VND/person/year"), null for shares. */
  defaultUnit: string | null;
  /** "tối thiểu (≥)" etc., from the kind. */
  opText: string;
  /** For yes/no and absence indicators: the single requirement in words; null otherwise. */
  fixed: string | null;
}

const isPercentKind = (kind: string) => kind !== "amount_min";

/**
 * The province's own levels for one indicator: each with a form to change it and one to remove
 * it (with a reason), and a form to add a level (every year, or one year). Notices about removed
 * levels live here, so they stay on screen after the row is gone.
 */
export function ProvincialTargetsEditor({
  facts,
  rows,
  setAction,
  removeAction,
}: {
  facts: IndicatorFacts;
  rows: ProvincialRow[];
  setAction: Action;
  removeAction: Action;
}) {
  const { t } = useSettingsText();
  const [notice, setNotice] = useState<string | null>(null);
  const remove: Action = async (prev, formData) => {
    const next = await removeAction(prev, formData);
    setNotice(next.status === "removed" ? t("settings.target.removed") : null);
    return next;
  };
  return (
    <div className="space-y-6">
      <section aria-labelledby="provincial-heading" className="space-y-3">
        <h2 id="provincial-heading" className="text-lg font-semibold">
          {t("settings.target.provinceHeading")}
        </h2>
        <FormMessage text={notice} ok testId="target-removed-message" />
        {rows.length === 0 ? (
          <p className="text-sm text-ink-muted" data-testid="no-provincial-target">
            {t("settings.target.none")}
          </p>
        ) : (
          <ul className="space-y-4">
            {rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-line bg-surface p-4" data-testid="provincial-target" data-year={r.year ?? "all"}>
                <p className="font-medium">
                  {r.label} <span className="text-sm font-normal text-ink-muted">· {r.year === null ? t("settings.target.allYears") : t("settings.target.forYear", { year: r.year })}</span>
                </p>
                {r.note ? <p className="text-sm">{t("settings.targets.basis", { basis: r.note })}</p> : null}
                {r.lastChange ? <p className="text-xs text-ink-muted">{r.lastChange}</p> : null}
                <div className="mt-3 grid gap-4 lg:grid-cols-2">
                  <TargetForm facts={facts} action={setAction} row={r} testId={`edit-target-${r.id}`} onSaved={() => setNotice(null)} />
                  <RemoveTargetForm facts={facts} action={remove} row={r} testId={`remove-target-${r.id}`} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-target-heading" className="space-y-2 rounded-lg border border-line bg-surface p-4">
        <h2 id="add-target-heading" className="text-lg font-semibold">
          {t("settings.target.formHeading")}
        </h2>
        <p className="text-sm text-ink-muted">{t("settings.target.formIntro")}</p>
        <TargetForm facts={facts} action={setAction} row={null} testId="add-target" onSaved={() => setNotice(null)} />
      </section>
    </div>
  );
}

function staleTargetText(current: Extract<TargetFormState, { status: "stale" }>["current"], kind: string, locale: "vi" | "en", none: string): string {
  const tg = current.target;
  if (!tg) return none;
  if (tg.valueText) return tg.valueText;
  const symbol = tg.op === "<=" ? "≤" : tg.op === ">=" ? "≥" : "=";
  const n = tg.valueNumber === null ? "—" : formatNumber(tg.valueNumber, locale, { maximumFractionDigits: 3 });
  return `${symbol} ${n}${isPercentKind(kind) ? "%" : tg.unit ? ` ${tg.unit}` : ""}`;
}

/** "Someone changed this level meanwhile" (or removed it). */
function staleText(state: Extract<TargetFormState, { status: "stale" }>, kind: string, t: ReturnType<typeof useSettingsText>["t"], locale: "vi" | "en"): string {
  return state.current.target
    ? t("settings.target.stale", { target: staleTargetText(state.current, kind, locale, "—"), ...staleBy(state.current, t("settings.form.someone"), locale) })
    : t("settings.target.staleGone");
}

function TargetForm({ facts, action, row, testId, onSaved }: { facts: IndicatorFacts; action: Action; row: ProvincialRow | null; testId: string; onSaved: () => void }) {
  const { t, locale, errorText, refusals, savedText } = useSettingsText();
  const wrapped: Action = async (prev, formData) => {
    const next = await action(prev, formData);
    if (next.status === "saved") onSaved();
    return next;
  };
  const [state, formAction] = useActionState(wrapped, { status: "idle" } as TargetFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  // After a save, a new level is added with version 0 again; an edited one carries its new version.
  const version = state.status === "stale" ? state.current.version : row ? Math.max(row.version, state.status === "saved" ? state.version : 0) : 0;
  const percent = isPercentKind(facts.kind);
  const message = outcomeText(state, refusals, { saved: (s) => savedText(s.changed), stale: (s) => staleText(s, facts.kind, t, locale) });
  const key = state.status === "idle" ? "idle" : `${state.status}-${JSON.stringify(typed)}-${version}-${state.status === "saved" ? state.targetId : ""}`;
  const fresh = state.status === "saved" && !row;
  const initial = (name: string, fallback: string) => (typed ? (typed[name] ?? "") : fresh ? "" : fallback);
  const field = roomyFields(id, errors, errorText);
  return (
    <form ref={formRef} action={formAction} key={key} className="space-y-3" data-testid={testId}>
      <input type="hidden" name="provinceCode" value={facts.provinceCode} />
      <input type="hidden" name="indicatorCode" value={facts.indicatorCode} />
      <input type="hidden" name="version" value={String(version)} />
      {row ? <input type="hidden" name="year" value={row.year === null ? "" : String(row.year)} /> : null}
      <p className="text-sm">{facts.fixed ?? t("settings.target.comparison", { op: facts.opText })}</p>
      {!row ? (
        <InputField
          {...field("year", `${t("settings.target.year")} ${t("settings.optional")}`)}
          hint={t("settings.target.yearHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={initial("year", "")}
          className="max-w-32"
        />
      ) : null}
      {facts.fixed === null ? (
        <div className="flex flex-wrap gap-4">
          <InputField
            {...field("value", percent ? t("settings.target.valuePercent") : t("settings.target.valueAmount"))}
            inputMode="decimal"
            autoComplete="off"
            required
            defaultValue={initial("value", row?.valueNumber != null ? decimalInput(row.valueNumber, locale) : "")}
            className="max-w-40"
          />
          {facts.kind === "percent_min_dual" ? (
            <InputField
              {...field("secondaryMin", t("settings.target.secondaryMin"), "secondary")}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={initial("secondaryMin", row?.secondaryMin != null ? decimalInput(row.secondaryMin, locale) : "")}
              className="max-w-40"
            />
          ) : null}
          {!percent ? <InputField {...field("unit", t("settings.target.unit"))} autoComplete="off" defaultValue={initial("unit", row?.unit ?? facts.defaultUnit ?? "")} /> : null}
        </div>
      ) : null}
      <TextareaField {...field("note", t("settings.target.note"))} hint={t("settings.target.noteHint")} rows={2} required defaultValue={initial("note", row?.note ?? "")} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.form.save")} pending={t("settings.form.saving")} />
        <FormMessage text={message} ok={state.status === "saved"} testId={`${testId}-message`}>
          {errors.version || errors.provinceCode || errors.indicatorCode ? <span> {errorText(["validation.invalid"])}</span> : null}
        </FormMessage>
      </div>
    </form>
  );
}

function RemoveTargetForm({ facts, action, row, testId }: { facts: IndicatorFacts; action: Action; row: ProvincialRow; testId: string }) {
  const { t, locale, errorText, refusals } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as TargetFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const version = state.status === "stale" ? state.current.version : row.version;
  const message = outcomeText(state, refusals, { stale: (s) => staleText(s, facts.kind, t, locale) });
  return (
    <form ref={formRef} action={formAction} key={`${state.status}-${JSON.stringify(typed)}-${row.version}`} className="space-y-3" data-testid={testId}>
      <input type="hidden" name="provinceCode" value={facts.provinceCode} />
      <input type="hidden" name="indicatorCode" value={facts.indicatorCode} />
      <input type="hidden" name="targetId" value={String(row.id)} />
      <input type="hidden" name="version" value={String(version)} />
      <TextareaField look="roomy" id={`${id}-reason`} label={t("settings.target.removeReason")} error={errorText(errors.reason)} name="reason" rows={2} required defaultValue={typed?.reason ?? ""} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.target.remove")} pending={t("settings.target.removing")} variant="danger" />
        <FormMessage text={message} ok={false} testId={`${testId}-message`} />
      </div>
    </form>
  );
}
