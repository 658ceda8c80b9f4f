import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

// Which message an action's result shows under its form (plain functions: usable on both sides).

type FormResult = { status: string };

/** The refusals most forms word alike: invalid ("fix the fields"), forbidden, error. */
export interface CommonOutcomeTexts {
  fixFields?: string | null;
  forbidden: string;
  error: string;
}

type ByStatus<S extends FormResult> = { [K in S["status"]]?: string | null | ((state: Extract<S, { status: K }>) => string | null) };

/**
 * Which message an action's last result shows under its form: the text (or function of the
 * state) `byStatus` gives for its status; otherwise `invalid` → fixFields, `forbidden` and `error`
 * → theirs; nothing for the rest (idle).
 */
export function outcomeText<S extends FormResult>(state: S, common: CommonOutcomeTexts, byStatus: ByStatus<S> = {}): string | null {
  const own = (byStatus as Record<string, string | null | ((state: S) => string | null) | undefined>)[state.status];
  if (own !== undefined) return typeof own === "function" ? own(state) : own;
  if (state.status === "invalid") return common.fixFields ?? null;
  if (state.status === "forbidden") return common.forbidden;
  if (state.status === "error") return common.error;
  return null;
}

/** {by} and {at} of a stale refusal: who changed the record meanwhile and when ("—" if unknown). */
export function staleBy(current: { by: string | null; at: string | null }, someone: string, locale: Locale): { by: string; at: string } {
  return { by: current.by ?? someone, at: current.at ? formatDateTime(new Date(current.at), locale) : "—" };
}
