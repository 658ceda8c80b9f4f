"use client";

import { useActionState, useEffect, useId, useRef, type ComponentProps, type ElementType, type ReactNode, type RefObject } from "react";
import { useFormStatus } from "react-dom";

export { outcomeText, staleBy, type CommonOutcomeTexts } from "./outcome";

// Small pieces shared by the editing forms: field styling, a labelled field with its hint and its
// error list (linked by aria-describedby), the pending-aware submit button, focus on the first
// invalid field after a refusal, and which message an action's result shows under its form.

export const fieldClass =
  "mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand aria-[invalid=true]:border-status-not-met";
export const labelClass = "block text-xs font-medium text-ink-muted";
/** The settings pages' larger fields. */
export const roomyFieldClass =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-brand aria-[invalid=true]:border-status-not-met";

/** How a field looks: compact (commune page, inspections, recommendations, checker) or roomy (settings). */
export type FieldLook = "compact" | "roomy";
const LOOKS: Record<FieldLook, { label: string; control: string; error: string }> = {
  compact: { label: labelClass, control: fieldClass, error: "mt-1 text-xs text-status-not-met" },
  roomy: { label: "block text-sm font-medium text-ink", control: roomyFieldClass, error: "mt-1 text-sm text-status-not-met" },
};

/** The translated texts of message keys ("validation.tooLong" → "Nội dung quá dài."). */
export function errorTexts(keys: readonly string[] | undefined, texts: Record<string, string>): string {
  return (keys ?? []).map((k) => texts[k.replace(/^validation\./, "")] ?? texts.invalid ?? k).join(" ");
}

/** The error under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, text, look = "compact" }: { id: string; text: string | null | undefined; look?: FieldLook }) {
  if (!text) return null;
  return (
    <p id={id} className={LOOKS[look].error}>
      {text}
    </p>
  );
}

/** aria-describedby for a field: its hint and, when there is one, its error. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === "string" && x.length > 0);
  return list.length ? list.join(" ") : undefined;
}

interface FieldFrame {
  /** The control's id; its hint is `${id}-hint`, its error `${id}-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error text; the control is marked invalid while there is one. */
  error?: string | null;
  look?: FieldLook;
  /** Of the wrapper. */
  wrapperClassName?: string;
  /** Shown between the hint and the error. */
  after?: ReactNode;
}

/** The ARIA wiring of a field's control: invalid while it has an error, described by its hint and error. */
export function fieldAria({ id, hint, error }: Pick<FieldFrame, "id" | "hint" | "error">) {
  return { id, "aria-invalid": !!error, "aria-describedby": describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null) };
}

/** A label, the control (children), its hint, anything `after` the hint, and its error. */
export function Field({ id, label, hint, error, look = "compact", wrapperClassName, after, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={wrapperClassName}>
      <label htmlFor={id} className={LOOKS[look].label}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      {after}
      <FieldError id={`${id}-error`} text={error} look={look} />
    </div>
  );
}

// The three controls, each inside its Field, made once here at module level (a component defined
// inside another's body would be remounted on every render and lose what was typed). `className`
// is added to the look's control class. `required` is announced (aria-required) but not enforced by
// the browser: its own bubble speaks the browser's language, not the page's, and vanishes; the
// server checks every field and the message stays next to it in the reader's language.

type ControlTag = "input" | "textarea" | "select";

function controlField<E extends ControlTag>(tag: E, displayName: string) {
  const Tag = tag as ElementType;
  function ControlField(props: FieldFrame & Omit<ComponentProps<E>, "id">) {
    const { id, label, hint, error, look = "compact", wrapperClassName, after, className, required, ...control } = props as FieldFrame & { className?: string; required?: boolean };
    return (
      <Field id={id} label={label} hint={hint} error={error} look={look} wrapperClassName={wrapperClassName} after={after}>
        <Tag {...control} aria-required={required || undefined} {...fieldAria({ id, hint, error })} className={className ? `${LOOKS[look].control} ${className}` : LOOKS[look].control} />
      </Field>
    );
  }
  ControlField.displayName = displayName;
  return ControlField;
}

export const InputField = controlField("input", "InputField");
export const TextareaField = controlField("textarea", "TextareaField");
export const SelectField = controlField("select", "SelectField");

export function SubmitButton({ label, pending, className, ariaLabel }: { label: string; pending: string; className?: string; ariaLabel?: string }) {
  const status = useFormStatus();
  return (
    <button
      type="submit"
      disabled={status.pending}
      aria-label={ariaLabel}
      className={
        className ??
        "rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
      }
    >
      {status.pending ? pending : label}
    </button>
  );
}

/** After a refusal with field errors, moves the focus to the first invalid field of the form —
 * also when the form was remounted to show the refusal (a form keyed on its state). A form that
 * mounts without invalid fields takes no focus. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, trigger: unknown) {
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, trigger]);
}


/**
 * The usual start of an editing form: the action's state from an idle start, an id prefix for
 * its fields, the form's ref with the focus moved to the first invalid field after a refusal, and
 * the field errors of an `invalid` result (none otherwise).
 */
export function useActionForm<S extends { status: string }>(action: (state: S, formData: FormData) => Promise<S>) {
  const [state, formAction] = useActionState<S, FormData>(action as (state: Awaited<S>, formData: FormData) => Promise<S>, { status: "idle" } as Awaited<S>);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const errors: Record<string, string[]> = state.status === "invalid" && "fieldErrors" in state ? (state.fieldErrors as Record<string, string[]>) : {};
  return { state, formAction, id, formRef, errors };
}

/** The announced message under a form; it stays mounted so screen readers hear each change. */
export function FormMessage({ children, tone, testId }: { children: ReactNode; tone: "ok" | "problem"; testId: string }) {
  return (
    <p className={`mt-1 text-xs ${tone === "ok" ? "text-status-met" : "text-status-not-met"}`} role="status" aria-live="polite" data-testid={testId}>
      {children}
    </p>
  );
}
