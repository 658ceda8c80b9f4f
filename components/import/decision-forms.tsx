"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { FormMessage, outcomeText, SubmitButton } from "@/components/forms/parts";
import type { ImportDecisionState } from "@/lib/actions/import";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";

// "Áp dụng" and "Huỷ" of a pending import. The page shows the summary once applied (it is
// re-rendered by the action); refusals are announced here. While the apply runs (one transaction,
// up to minutes for a very large file) the progress it records is polled every second from
// /api/v1/imports/{id}/progress and shown as a <progress>; a refusal or a failure hides it again.

/** How often the progress is asked for while applying. */
const POLL_MS = 1000;

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
  progressLabel: string;
  progressText: string; // "{done}", "{total}", "{percent}"
}

/** The bar and "Đã ghi 12.000 / 190.000 thay đổi (6 %)". */
export function ApplyProgress({ done, total, label, text, locale, testId }: { done: number; total: number; label: string; text: string; locale: Locale; testId: string }) {
  const id = useId();
  const max = Math.max(total, 1);
  const value = Math.max(0, Math.min(done, max));
  return (
    <div className="space-y-1" data-testid={testId}>
      <label htmlFor={`${id}-bar`} className="block text-xs font-medium text-ink-muted">
        {label}
      </label>
      <progress id={`${id}-bar`} max={max} value={value} aria-describedby={`${id}-text`} className="h-2 w-full max-w-md accent-brand" />
      <p id={`${id}-text`} className="text-xs text-ink-muted" data-testid={`${testId}-text`}>
        {text
          .replace("{done}", formatNumber(value, locale))
          .replace("{total}", formatNumber(total, locale))
          .replace("{percent}", formatPercent(total > 0 ? value / total : 1, locale, { maximumFractionDigits: 0 }))}
      </p>
    </div>
  );
}

type Progress = { state: "pending" | "applying" | "applied" | "failed"; done: number; total: number };

/** While `active`, asks the server how far the apply is, every POLL_MS; 0 again when it stops. */
function usePolledProgress(id: string, active: boolean, total: number): number {
  const [done, setDone] = useState(0);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/v1/imports/${id}/progress`, { cache: "no-store", headers: { accept: "application/json" } });
        if (res.ok && !stopped) {
          const p = (await res.json()) as Progress;
          if (p.state === "applying" || p.state === "applied") setDone(Math.min(p.done, total));
        }
      } catch {
        /* a missed poll only delays the bar */
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, Math.min(POLL_MS, 300));
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      setDone(0);
    };
  }, [id, active, total]);
  return active ? done : 0;
}

type Action = (prev: ImportDecisionState, data: FormData) => Promise<ImportDecisionState>;

/** "Someone changed {count} cells meanwhile, e.g. …", naming the first. */
function staleText(stale: Extract<ImportDecisionState, { status: "stale" }>["stale"], labels: DecisionLabels, indicatorCodes: Record<string, string>, formatAt: (iso: string) => string): string {
  const first = stale[0];
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
  return labels.stale.replace("{count}", String(Math.max(stale.length, 1))).replace("{example}", example);
}

function message(state: ImportDecisionState, labels: DecisionLabels, indicatorCodes: Record<string, string>, formatAt: (iso: string) => string): string | null {
  return outcomeText(state, labels, {
    stale: (s) => staleText(s.stale, labels, indicatorCodes, formatAt),
    forbidden: (s) => labels.forbidden.replace("{count}", String(s.count)),
    expired: labels.expired,
    notFound: labels.notFound,
  });
}

export function ImportDecisionForms({
  id,
  canApply,
  applyAction,
  discardAction,
  labels,
  indicatorCodes,
  locale,
  totalChanges,
}: {
  id: string;
  canApply: boolean;
  /** The changes the apply writes (what the progress counts). */
  totalChanges: number;
  applyAction: Action;
  discardAction: Action;
  labels: DecisionLabels;
  indicatorCodes: Record<string, string>;
  locale: Locale;
}) {
  const [applied, apply, applying] = useActionState(applyAction, { status: "idle" });
  const done = usePolledProgress(id, applying, totalChanges);
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
      {applying ? <ApplyProgress done={done} total={totalChanges} label={labels.progressLabel} text={labels.progressText} locale={locale} testId="import-apply-progress" /> : null}
      <FormMessage tone="problem" testId="import-decision-message">
        {text}
      </FormMessage>
    </div>
  );
}
