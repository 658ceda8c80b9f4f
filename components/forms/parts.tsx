"use client";

import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { useFormStatus } from "react-dom";

// Small pieces shared by the editing forms: field styling, an error list linked to its field,
// the pending-aware submit button, and focus on the first invalid field after a refusal.

export const fieldClass =
  "mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand aria-[invalid=true]:border-status-not-met";
export const labelClass = "block text-xs font-medium text-ink-muted";

/** The translated texts of message keys ("validation.tooLong" → "Nội dung quá dài."). */
export function errorTexts(keys: readonly string[] | undefined, texts: Record<string, string>): string {
  return (keys ?? []).map((k) => texts[k.replace(/^validation\./, "")] ?? texts.invalid ?? k).join(" ");
}

/** The error under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p id={id} className="mt-1 text-xs text-status-not-met">
      {text}
    </p>
  );
}

/** aria-describedby for a field: its hint and, when there is one, its error. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === "string" && x.length > 0);
  return list.length ? list.join(" ") : undefined;
}

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

/** After a refusal with field errors, moves the focus to the first invalid field of the form. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, trigger: unknown) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, trigger]);
}

/** The announced message under a form; it stays mounted so screen readers hear each change. */
export function FormMessage({ children, tone, testId }: { children: ReactNode; tone: "ok" | "problem"; testId: string }) {
  return (
    <p className={`mt-1 text-xs ${tone === "ok" ? "text-status-met" : "text-status-not-met"}`} role="status" aria-live="polite" data-testid={testId}>
      {children}
    </p>
  );
}
