"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/parts";
import type { ImportDecisionState } from "@/lib/actions/import";

// "Áp dụng" and "Huỷ" of a pending import. The page shows the summary once applied (it is
// re-rendered by the action); refusals are announced here.

export interface DecisionLabels {
  apply: string;
  applying: string;
  discard: string;
  discarding: string;
  hint: string;
  stale: string; // "{count}", "{example}"
  staleBy: string; // "{subject}", "{commune}", "{by}", "{at}"
  someone: string;
  forbidden: string; // "{count}"
  expired: string;
  notFound: string;
  error: string;
  criterion: string; // "{number}"
  indicator: string; // "{code}"
}

type Action = (prev: ImportDecisionState, data: FormData) => Promise<ImportDecisionState>;

function message(state: ImportDecisionState, labels: DecisionLabels, indicatorCodes: Record<string, string>, formatAt: (iso: string) => string): string | null {
  switch (state.status) {
    case "stale": {
      const first = state.stale[0];
      const subject = first
        ? first.subject.startsWith("criterion:")
          ? labels.criterion.replace("{number}", first.subject.slice(10))
          : labels.indicator.replace("{code}", indicatorCodes[first.subject.slice(10)] ?? first.subject.slice(10))
        : "";
      const example = first
        ? labels.staleBy
            .replace("{subject}", subject)
            .replace("{commune}", first.communeCode)
            .replace("{by}", first.by ?? labels.someone)
            .replace("{at}", first.at ? formatAt(first.at) : "—")
        : "—";
      return labels.stale.replace("{count}", String(Math.max(state.stale.length, 1))).replace("{example}", example);
    }
    case "forbidden":
      return labels.forbidden.replace("{count}", String(state.count));
    case "expired":
      return labels.expired;
    case "notFound":
      return labels.notFound;
    case "error":
      return labels.error;
    default:
      return null;
  }
}

export function ImportDecisionForms({
  id,
  canApply,
  applyAction,
  discardAction,
  labels,
  indicatorCodes,
  locale,
}: {
  id: string;
  canApply: boolean;
  applyAction: Action;
  discardAction: Action;
  labels: DecisionLabels;
  indicatorCodes: Record<string, string>;
  locale: string;
}) {
  const [applied, apply] = useActionState(applyAction, { status: "idle" });
  const [discarded, discard] = useActionState(discardAction, { status: "idle" });
  const formatAt = (iso: string) => new Date(iso).toLocaleString(locale === "en" ? "en-GB" : "vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });
  const text = message(applied, labels, indicatorCodes, formatAt) ?? message(discarded, labels, indicatorCodes, formatAt);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        {canApply ? (
          <form action={apply}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton label={labels.apply} pending={labels.applying} />
          </form>
        ) : null}
        <form action={discard}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton
            label={labels.discard}
            pending={labels.discarding}
            className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-canvas focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2 disabled:opacity-60"
          />
        </form>
      </div>
      {canApply ? <p className="text-xs text-ink-muted">{labels.hint}</p> : null}
      <FormMessage tone="problem" testId="import-decision-message">
        {text}
      </FormMessage>
    </div>
  );
}
