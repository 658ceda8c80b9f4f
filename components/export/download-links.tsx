import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";

type AsOfRef = { iso: string; isToday: boolean };
export type ExportWhat = "matrix" | "summary" | "gaps" | "register";

/** URL of a unit's export; the date is kept when one was chosen. */
export function unitExportHref(code: string, kind: "matrix" | "summary" | "gaps", format: "xlsx" | "csv", asOf: AsOfRef, view?: "self" | "verified"): string {
  const params = new URLSearchParams({ kind, format });
  if (view) params.set("view", view);
  if (!asOf.isToday) params.set("asOf", asOf.iso);
  return `/api/v1/units/${code}/export?${params.toString()}`;
}

/** URL of the register export with the register page's (valid) filters passed on. */
export function registerExportHref(
  format: "xlsx" | "csv",
  f: {
    status: string;
    addressee: { kind: string; code: string } | null;
    communeCode: string | null;
    criterionNumber: number | null;
    inspectionId: number | null;
    overdueOnly: boolean;
  },
): string {
  const params = new URLSearchParams({ format, status: f.status });
  if (f.addressee) params.set("addressee", `${f.addressee.kind}:${f.addressee.code}`);
  if (f.communeCode) params.set("commune", f.communeCode);
  if (f.criterionNumber !== null) params.set("criterion", String(f.criterionNumber));
  if (f.inspectionId !== null) params.set("inspection", String(f.inspectionId));
  if (f.overdueOnly) params.set("overdue", "1");
  return `/api/v1/recommendations/export?${params.toString()}`;
}

const linkClass =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md border border-line bg-surface px-3 text-sm font-medium text-link hover:bg-canvas focus-visible:outline-2 focus-visible:outline-offset-2";

function DownloadIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      <path d="M8 2v8m0 0L4.5 6.5M8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * "Tải Excel" / "Tải CSV" links for one export. Plain links (work without JavaScript); the
 * accessible name starts with the visible words and says what is downloaded and for which date.
 */
export function DownloadLinks({
  what,
  links,
  asOf,
  locale,
  t,
  className,
}: {
  what: ExportWhat;
  links: { href: string; label: string; format: "xlsx" | "csv" }[];
  asOf: AsOfRef;
  locale: Locale;
  t: Translator;
  className?: string;
}) {
  const whatLabel = t(`exports.${what}`);
  const suffix = t("exports.linkSuffix", { what: whatLabel, date: formatDate(asOf.iso, locale) });
  return (
    <div role="group" aria-label={t("exports.groupLabel", { what: whatLabel })} className={cn("flex flex-wrap items-center gap-2", className)} data-export={what}>
      {links.map((l) => (
        <a key={l.href} href={l.href} download className={linkClass} data-format={l.format}>
          <DownloadIcon />
          {l.label}
          <span className="sr-only"> — {suffix}</span>
        </a>
      ))}
    </div>
  );
}
