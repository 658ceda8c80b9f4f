"use client";

import { useActionState, useId, useState } from "react";
import type { TargetFormState } from "@/lib/actions/targets";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Field, FormMessage, SubmitButton, decimalInput, describedBy, inputClass } from "./form-bits";
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

function TargetForm({ facts, action, row, testId, onSaved }: { facts: IndicatorFacts; action: Action; row: ProvincialRow | null; testId: string; onSaved: () => void }) {
  const { t, locale, errorText } = useSettingsText();
  const wrapped: Action = async (prev, formData) => {
    const next = await action(prev, formData);
    if (next.status === "saved") onSaved();
    return next;
  };
  const [state, formAction] = useActionState(wrapped, { status: "idle" } as TargetFormState);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  // After a save, a new level is added with version 0 again; an edited one carries its new version.
  const version = state.status === "stale" ? state.current.version : row ? Math.max(row.version, state.status === "saved" ? state.version : 0) : 0;
  const err = (f: string) => (errors[f] ? errorText(errors[f]) : undefined);
  const percent = isPercentKind(facts.kind);
  const message =
    state.status === "saved"
      ? state.changed
        ? t("settings.form.saved")
        : t("settings.form.unchanged")
      : state.status === "stale"
        ? state.current.target
          ? t("settings.target.stale", {
              target: staleTargetText(state.current, facts.kind, locale, "—"),
              by: state.current.by ?? t("settings.form.someone"),
              at: state.current.at ? formatDateTime(new Date(state.current.at), locale) : "—",
            })
          : t("settings.target.staleGone")
        : state.status === "forbidden"
          ? t("settings.form.forbidden")
          : state.status === "error"
            ? t("settings.form.error")
            : null;
  const key = state.status === "idle" ? "idle" : `${state.status}-${JSON.stringify(typed)}-${version}-${state.status === "saved" ? state.targetId : ""}`;
  const fresh = state.status === "saved" && !row;
  const initial = (field: string, fallback: string) => (typed ? (typed[field] ?? "") : fresh ? "" : fallback);
  return (
    <form action={formAction} key={key} className="space-y-3" data-testid={testId}>
      <input type="hidden" name="provinceCode" value={facts.provinceCode} />
      <input type="hidden" name="indicatorCode" value={facts.indicatorCode} />
      <input type="hidden" name="version" value={String(version)} />
      {row ? <input type="hidden" name="year" value={row.year === null ? "" : String(row.year)} /> : null}
      <p className="text-sm">{facts.fixed ?? t("settings.target.comparison", { op: facts.opText })}</p>
      {!row ? (
        <Field id={`${id}-year`} label={`${t("settings.target.year")} ${t("settings.optional")}`} hint={t("settings.target.yearHint")} error={err("year")}>
          <input
            id={`${id}-year`}
            name="year"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={initial("year", "")}
            aria-invalid={!!errors.year}
            aria-describedby={describedBy(`${id}-year`, true, !!errors.year)}
            className={`${inputClass} max-w-32`}
          />
        </Field>
      ) : null}
      {facts.fixed === null ? (
        <div className="flex flex-wrap gap-4">
          <Field id={`${id}-value`} label={percent ? t("settings.target.valuePercent") : t("settings.target.valueAmount")} error={err("value")}>
            <input
              id={`${id}-value`}
              name="value"
              inputMode="decimal"
              autoComplete="off"
              required
              defaultValue={initial("value", row?.valueNumber != null ? decimalInput(row.valueNumber, locale) : "")}
              aria-invalid={!!errors.value}
              aria-describedby={describedBy(`${id}-value`, false, !!errors.value)}
              className={`${inputClass} max-w-40`}
            />
          </Field>
          {facts.kind === "percent_min_dual" ? (
            <Field id={`${id}-secondary`} label={t("settings.target.secondaryMin")} error={err("secondaryMin")}>
              <input
                id={`${id}-secondary`}
                name="secondaryMin"
                inputMode="decimal"
                autoComplete="off"
                defaultValue={initial("secondaryMin", row?.secondaryMin != null ? decimalInput(row.secondaryMin, locale) : "")}
                aria-invalid={!!errors.secondaryMin}
                aria-describedby={describedBy(`${id}-secondary`, false, !!errors.secondaryMin)}
                className={`${inputClass} max-w-40`}
              />
            </Field>
          ) : null}
          {!percent ? (
            <Field id={`${id}-unit`} label={t("settings.target.unit")} error={err("unit")}>
              <input
                id={`${id}-unit`}
                name="unit"
                autoComplete="off"
                defaultValue={initial("unit", row?.unit ?? facts.defaultUnit ?? "")}
                aria-invalid={!!errors.unit}
                aria-describedby={describedBy(`${id}-unit`, false, !!errors.unit)}
                className={inputClass}
              />
            </Field>
          ) : null}
        </div>
      ) : null}
      <Field id={`${id}-note`} label={t("settings.target.note")} hint={t("settings.target.noteHint")} error={err("note")}>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          required
          defaultValue={initial("note", row?.note ?? "")}
          aria-invalid={!!errors.note}
          aria-describedby={describedBy(`${id}-note`, true, !!errors.note)}
          className={inputClass}
        />
      </Field>
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
  const { t, locale, errorText } = useSettingsText();
  const [state, formAction] = useActionState(action, { status: "idle" } as TargetFormState);
  const id = useId();
  const typed = state.status === "invalid" || state.status === "stale" ? state.values : null;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const version = state.status === "stale" ? state.current.version : row.version;
  const message =
    state.status === "stale"
      ? state.current.target
        ? t("settings.target.stale", {
            target: staleTargetText(state.current, facts.kind, locale, "—"),
            by: state.current.by ?? t("settings.form.someone"),
            at: state.current.at ? formatDateTime(new Date(state.current.at), locale) : "—",
          })
        : t("settings.target.staleGone")
      : state.status === "forbidden"
        ? t("settings.form.forbidden")
        : state.status === "error"
          ? t("settings.form.error")
          : null;
  return (
    <form action={formAction} key={`${state.status}-${JSON.stringify(typed)}-${row.version}`} className="space-y-3" data-testid={testId}>
      <input type="hidden" name="provinceCode" value={facts.provinceCode} />
      <input type="hidden" name="indicatorCode" value={facts.indicatorCode} />
      <input type="hidden" name="targetId" value={String(row.id)} />
      <input type="hidden" name="version" value={String(version)} />
      <Field id={`${id}-reason`} label={t("settings.target.removeReason")} error={errors.reason ? errorText(errors.reason) : undefined}>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          required
          defaultValue={typed?.reason ?? ""}
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy(`${id}-reason`, false, !!errors.reason)}
          className={inputClass}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("settings.target.remove")} pending={t("settings.target.removing")} variant="danger" />
        <FormMessage text={message} ok={false} testId={`${testId}-message`} />
      </div>
    </form>
  );
}
