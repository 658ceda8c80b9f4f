import Link from "next/link";
import type { ReactNode } from "react";
import { StatusIcon } from "@/components/ui/status-badge";
import { Table } from "@/components/ui/table";
import {
  DEFAULT_MATRIX_SORT,
  matrixCell,
  matrixSortKey,
  sameSort,
  selfDisagreement,
  sortMatrix,
  type MatrixCommune,
  type MatrixCriterion,
  type MatrixSort,
} from "@/lib/domain/matrix";
import { STATUSES, type Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";
import { criterionHref, unitHref } from "./links";

/** Id of the matrix section: sorting links come back to it. */
export const MATRIX_ANCHOR = "criteria-matrix";

type AsOfRef = { iso: string; isToday: boolean };

const cellStyles: Record<Status, string> = {
  met: "border-status-met-border bg-status-met-bg text-status-met",
  nearly_met: "border-status-nearly-met-border bg-status-nearly-met-bg text-status-nearly-met",
  not_met: "border-status-not-met-border bg-status-not-met-bg text-status-not-met",
  not_assessed: "border-dashed border-status-not-assessed-border bg-status-not-assessed-bg text-status-not-assessed",
};

/** The area page sorted another way, keeping the date, back at the matrix. Default sort → no parameter. */
export function matrixSortHref(areaCode: string, sort: MatrixSort, asOf?: AsOfRef): string {
  const params = new URLSearchParams();
  if (asOf && !asOf.isToday) params.set("asOf", asOf.iso);
  if (!sameSort(sort, DEFAULT_MATRIX_SORT)) params.set("sort", matrixSortKey(sort));
  const query = params.toString();
  return `/units/${areaCode}${query ? `?${query}` : ""}#${MATRIX_ANCHOR}`;
}

/** Marks an active sort (a filled arrow) or an available one (two chevrons). Decorative. */
function SortIcon({ active }: { active: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false" className="shrink-0">
      {active ? (
        <path d="M2 4h8L6 9.5z" fill="currentColor" />
      ) : (
        <path d="M3.5 4.5 6 2l2.5 2.5M3.5 7.5 6 10l2.5-2.5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}

function SortLink({ href, active, label, children, className }: { href: string; active: boolean; label: string; children?: ReactNode; className?: string }) {
  return (
    <Link
      href={href}
      aria-label={label}
      title={label}
      data-active={active || undefined}
      className={cn(
        "inline-flex min-h-6 min-w-6 items-center justify-center gap-1 rounded px-0.5 underline-offset-2 hover:underline",
        active ? "font-semibold text-brand" : "font-normal text-ink-muted",
        className,
      )}
    >
      {children}
      <SortIcon active={active} />
    </Link>
  );
}

/** A status square: colour plus a distinct shape per status (never colour alone). Decorative:
 * the cell's visually hidden text says the same. */
function StatusSquare({ status, differs, title }: { status: Status; differs?: boolean; title?: string }) {
  return (
    <span
      aria-hidden="true"
      title={title}
      className={cn("relative mx-auto flex size-7 items-center justify-center rounded border", cellStyles[status])}
    >
      <StatusIcon status={status} />
      {differs ? <DisagreementDot /> : null}
    </span>
  );
}

function DisagreementDot({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn("absolute -right-1 -top-1 size-2.5 rounded-full border border-surface bg-ink", className)} />;
}

/**
 * Communes × criteria: one row per commune, one cell per criterion coloured by the verified status
 * with a shape per status, a dot where the self-assessment differs, and one spanning cell for a
 * commune known only by a document total. Sorting is by links (server-rendered, works without
 * JavaScript); the first column stays in view while the table scrolls sideways.
 */
export function CriteriaMatrix({
  areaCode,
  criteria,
  communes,
  totalCriteria,
  sort,
  asOf,
  locale,
  t,
}: {
  areaCode: string;
  criteria: MatrixCriterion[];
  communes: MatrixCommune[];
  totalCriteria: number;
  sort: MatrixSort;
  asOf: AsOfRef;
  locale: Locale;
  t: Translator;
}) {
  const rows = sortMatrix(communes, sort);
  const statusLabel = (s: Status) => t(`status.${s}`);
  const sortHref = (s: MatrixSort) => matrixSortHref(areaCode, s, asOf);
  const byName = sort.by === "name";
  const byStanding = sort.by === "standing";
  const sortedBy =
    sort.by === "criterion"
      ? t("matrix.sortedByCriterion", { number: sort.number })
      : byName
        ? t("matrix.sortedByName")
        : t("matrix.sortedByStanding");
  const stickyCell = "sticky left-0 shadow-[inset_-1px_0_0_var(--color-line)]";

  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted" data-testid="matrix-sorted">
        {t("matrix.sortedNote", { sort: sortedBy })}
      </p>
      <Table scrollLabel={t("matrix.caption")} data-testid="criteria-matrix">
        <caption className="sr-only">{t("matrix.caption")}</caption>
        <thead className="bg-canvas">
          <tr>
            <th
              scope="col"
              aria-sort={byName ? "ascending" : byStanding ? "descending" : undefined}
              className={cn(stickyCell, "z-20 min-w-28 border-b border-line bg-canvas px-3 py-2 align-bottom font-semibold text-ink sm:min-w-44")}
            >
              <span className="block">{t("matrix.colCommune")}</span>
              <span className="mt-1 flex flex-wrap gap-x-3 text-xs">
                <SortLink href={sortHref({ by: "name" })} active={byName} label={t("matrix.sortByName")}>
                  {t("matrix.sortName")}
                </SortLink>
                <SortLink href={sortHref({ by: "standing" })} active={byStanding} label={t("matrix.sortByStanding")}>
                  {t("matrix.sortStanding")}
                </SortLink>
              </span>
            </th>
            {criteria.map((c) => {
              const active = sort.by === "criterion" && sort.number === c.number;
              const name = t("matrix.criterionHeader", { number: c.number, name: c.name });
              return (
                <th
                  key={c.number}
                  scope="col"
                  aria-sort={active ? "descending" : undefined}
                  data-criterion={c.number}
                  className={cn("border-b border-line px-0.5 py-1 text-center align-bottom font-semibold", active && "bg-brand-soft")}
                >
                  <Link
                    href={criterionHref(areaCode, c.number, asOf)}
                    aria-label={name}
                    title={name}
                    className="flex min-h-6 min-w-7 items-center justify-center rounded text-link tabular-nums underline-offset-2 hover:underline"
                  >
                    <abbr title={c.name} className="no-underline">
                      {formatNumber(c.number, locale)}
                    </abbr>
                  </Link>
                  <SortLink
                    href={sortHref({ by: "criterion", number: c.number })}
                    active={active}
                    label={t("matrix.sortByCriterion", { number: c.number })}
                    className="mx-auto"
                  />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((commune) => (
            <tr key={commune.unitCode} data-code={commune.unitCode} data-basis={commune.basis}>
              <th scope="row" className={cn(stickyCell, "z-10 bg-surface px-3 py-1 text-left font-medium")}>
                <span className="flex flex-col sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
                  <Link href={unitHref(commune.unitCode, asOf)} className="text-link underline-offset-2 hover:underline">
                    {commune.unitName}
                  </Link>
                  <span className="text-xs font-normal tabular-nums text-ink-muted" data-testid="matrix-met">
                    {commune.criteriaMet === null ? (
                      "—"
                    ) : (
                      <>
                        <span aria-hidden="true">{`${formatNumber(commune.criteriaMet, locale)}/${formatNumber(totalCriteria, locale)}`}</span>
                        <span className="sr-only">{t("matrix.criteriaMetOf", { met: commune.criteriaMet, total: totalCriteria })}</span>
                      </>
                    )}
                  </span>
                </span>
              </th>
              {commune.basis === "detailed" ? (
                criteria.map((c) => {
                  const status = matrixCell(commune, c.number) ?? "not_assessed";
                  const self = selfDisagreement(commune, c.number);
                  const label = [
                    t("matrix.cell", { number: c.number, status: statusLabel(status) }),
                    self ? t("matrix.selfDiffers", { status: statusLabel(self) }) : null,
                  ]
                    .filter(Boolean)
                    .join("; ");
                  return (
                    <td key={c.number} data-criterion={c.number} data-status={status} data-self={self ?? undefined} className="px-0.5 py-1 text-center">
                      <StatusSquare status={status} differs={self !== null} title={label} />
                      <span className="sr-only">{label}</span>
                    </td>
                  );
                })
              ) : (
                <td colSpan={Math.max(1, criteria.length)} className="px-3 py-1.5 text-sm italic text-ink-muted" data-testid="matrix-no-cells">
                  {commune.basis === "document" && commune.criteriaMet !== null
                    ? t("matrix.documentOnly", { met: commune.criteriaMet, total: totalCriteria })
                    : t("matrix.noFigure")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      <MatrixLegend t={t} />
    </div>
  );
}

function MatrixLegend({ t }: { t: Translator }) {
  return (
    <div className="space-y-1 text-sm">
      <p id={`${MATRIX_ANCHOR}-legend`} className="font-semibold">
        {t("matrix.legendTitle")}
      </p>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2" aria-labelledby={`${MATRIX_ANCHOR}-legend`}>
        {STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <StatusSquare status={s} />
            <span>{t(`status.${s}`)}</span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="relative flex size-7 items-center justify-center rounded border border-line">
            <DisagreementDot />
          </span>
          <span>{t("matrix.legendSelf")}</span>
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="flex h-7 w-14 items-center justify-center rounded border border-line text-xs italic text-ink-muted">
            …
          </span>
          <span>{t("matrix.legendDocument")}</span>
        </li>
      </ul>
    </div>
  );
}
