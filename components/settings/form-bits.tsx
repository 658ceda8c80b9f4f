"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { numberInputText } from "@/lib/i18n/number-input";
import { cn } from "@/lib/utils/cn";

// Small pieces shared by the settings forms (their fields are components/forms/parts.tsx's, in
// the "roomy" look): the submit button with its pending text, the announced message.

/** A number as typed back into a field: "62,5", no grouping, in either language (numbers are
 * read the Vietnamese way, lib/i18n/number-input.ts). */
export function decimalInput(n: number, _locale: string): string {
  return numberInputText(n);
}

/** The frame of a roomy settings field by its form name: its id (`${prefix}-${short}`), name,
 * label and error text, to spread on an InputField, SelectField or TextareaField. */
export function roomyFields(prefix: string, errors: Record<string, string[]>, errorText: (keys: readonly string[] | undefined) => string) {
  return (name: string, label: string, short = name) => ({ look: "roomy" as const, id: `${prefix}-${short}`, name, label, error: errorText(errors[name]) });
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
