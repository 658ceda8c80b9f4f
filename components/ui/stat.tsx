import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

/**
 * A key figure: label, value (already formatted), optional hint.
 * Renders its own <dl>, so several Stats can sit in any grid.
 *   <Stat label={t("summary.average")} value={formatNumber(avg, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} />
 */
export function Stat({
  label,
  value,
  hint,
  className,
}: {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  className?: string;
}) {
  return (
    <dl className={cn("flex flex-col rounded-lg border border-line bg-surface p-4 shadow-sm", className)}>
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums leading-tight text-ink">{value}</dd>
      {hint ? <dd className="mt-1 text-sm text-ink-muted">{hint}</dd> : null}
    </dl>
  );
}
