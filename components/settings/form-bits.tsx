"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { cn } from "@/lib/utils/cn";

// Small pieces shared by the settings forms: a labelled field with its hint and its error list
// (linked by aria-describedby), the submit button with its pending text, the announced message.

export const inputClass =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-brand aria-[invalid=true]:border-status-not-met";

/** A number as typed back into a field: "62,5" in Vietnamese, "62.5" in English, no grouping. */
export function decimalInput(n: number, locale: string): string {
  const s = String(n);
  return locale === "vi" ? s.replace(".", ",") : s;
}

/** ids of the hint and error of a field, for aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Field({ id, label, hint, error, children, className }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-status-not-met">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ label, pending, variant = "primary", testId }: { label: string; pending: string; variant?: "primary" | "danger" | "secondary"; testId?: string }) {
  const status = useFormStatus();
  return (
    <button
      type="submit"
      disabled={status.pending}
      data-testid={testId}
      className={cn(
        "rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60",
        variant === "primary" && "bg-brand text-white hover:opacity-90",
        variant === "danger" && "border border-status-not-met bg-surface text-status-not-met hover:bg-status-not-met-bg",
        variant === "secondary" && "border border-line-strong bg-surface text-ink hover:bg-canvas",
      )}
    >
      {status.pending ? pending : label}
    </button>
  );
}

/** The result of the last submission, announced politely. */
export function FormMessage({ text, ok, testId, children }: { text: string | null; ok: boolean; testId?: string; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} className={cn("text-sm", ok ? "text-status-met" : "text-status-not-met")}>
      {text}
      {children}
    </div>
  );
}
