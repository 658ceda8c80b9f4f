import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyProgress, ImportDecisionForms } from "@/components/import/decision-forms";
import { megabytes, rowErrorMessage } from "@/components/import/messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Callout } from "@/components/ui/callout";
import { Stat } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { applyImportAction, discardImportAction } from "@/lib/actions/import";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getImportUnit, getPendingImport, importReason } from "@/lib/data/imports";
import type { StoredValue } from "@/lib/domain/import";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { importIdSchema } from "@/lib/validation/import";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("imports.previewTitle") };
}

const PAGE_SIZE = 500;
const MAX_ERRORS_SHOWN = 500;

function valueText(v: StoredValue | null, t: Translator, locale: Locale): string {
  if (!v) return t("imports.noValue");
  const n = (x: number | null) => formatNumber(x, locale, { maximumFractionDigits: 2 });
  const parts: string[] = [];
  if (v.valueBool !== null) parts.push(v.valueBool ? t("common.yes") : t("common.no"));
  if (v.valueNumber !== null) parts.push(v.denominator !== null ? `${n(v.valueNumber)}/${n(v.denominator)}` : n(v.valueNumber));
  if (v.secondaryValue !== null) parts.push(n(v.secondaryValue));
  if (v.referenceYear !== null) parts.push(`(${v.referenceYear})`);
  if (v.status) parts.push(`· ${t(`status.${v.status}`)}`);
  return parts.length ? parts.join(" ") : t("imports.noValue");
}

/** The preview of a pending import: per-row errors, exactly what would change, counts; then
 * "Áp dụng" / "Huỷ", and the summary once applied. Only the user who uploaded it sees it. */
export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const [{ id }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  if (!importIdSchema.safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const pending = await getPendingImport(viewer.userId, id);
  if (!pending) notFound();
  const unit = await getImportUnit(scopeFor(viewer), pending.unitCode);
  const unitLabel = unit ? `${t(`unitKind.${unit.kind}`)} ${unit.name}` : pending.unitCode;
  const { plan } = pending;
  const expired = pending.status === "pending" && Date.parse(pending.expiresAt) < Date.now();

  const changes = [
    ...plan.statusChanges.map((c) => ({ kind: "status" as const, ...c })),
    ...plan.valueChanges.map((c) => ({ kind: "value" as const, ...c })),
  ].sort((a, b) => a.communeCode.localeCompare(b.communeCode) || a.row - b.row);
  const pages = Math.max(1, Math.ceil(changes.length / PAGE_SIZE));
  const rawPage = Number(typeof sp.page === "string" ? sp.page : "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= pages ? rawPage : 1;
  const shown = changes.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const viewName = t(pending.view === "self" ? "imports.viewSelf" : "imports.viewVerified");
  const pageHref = (p: number) => `/imports/${id}?page=${p}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          label={t("common.breadcrumbs")}
          items={[
            { href: "/", label: t("nav.overview") },
            { href: `/units/${pending.unitCode}`, label: unitLabel },
            { href: `/units/${pending.unitCode}/import`, label: t("imports.title") },
            { label: t("imports.previewTitle") },
          ]}
        />
        <h1 className="text-2xl font-semibold">{t("imports.previewTitle")}</h1>
        <p className="text-sm text-ink-muted" data-testid="import-file-facts">
          {t("imports.fileFacts", { file: pending.fileName, size: megabytes(pending.sizeBytes, locale), at: formatDateTime(pending.createdAt, locale) })}
        </p>
        <p className="text-sm">{t("imports.intoView", { view: viewName, unit: unitLabel })}</p>
        {pending.sheetsIgnored.length ? <p className="text-sm text-ink-muted">{t("imports.sheetsIgnored", { sheets: pending.sheetsIgnored.join(", ") })}</p> : null}
      </header>

      {pending.status === "applied" && pending.summary ? (
        <Callout variant="info" title={t("imports.appliedTitle")}>
          <p data-testid="import-summary">
            {pending.summary.historyRows === 0
              ? t("imports.appliedNothing")
              : t("imports.appliedSummary", {
                  statuses: formatNumber(pending.summary.statusChanges, locale),
                  values: formatNumber(pending.summary.valueChanges, locale),
                  communes: formatNumber(pending.summary.communes, locale),
                  at: formatDateTime(pending.summary.appliedAt, locale),
                  history: formatNumber(pending.summary.historyRows, locale),
                  reason: importReason(pending.fileName),
                })}
          </p>
          {pending.summary.historyRows > 0 ? (
            <div className="mt-2">
              <ApplyProgress
                done={changes.length}
                total={changes.length}
                label={t("imports.applyProgressLabel")}
                text={t("imports.applyProgress", { done: "{done}", total: "{total}", percent: "{percent}" })}
                locale={locale}
                testId="import-apply-progress"
              />
            </div>
          ) : null}
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href={`/units/${pending.unitCode}`} className="text-link underline underline-offset-2">
              {t("imports.backToUnit", { unit: unitLabel })}
            </Link>
            <Link href={`/units/${pending.unitCode}/import`} className="text-link underline underline-offset-2">
              {t("imports.importAnother")}
            </Link>
          </p>
        </Callout>
      ) : null}
      {pending.status === "discarded" ? <Callout variant="info">{t("imports.discarded")}</Callout> : null}
      {pending.status === "failed" ? <Callout variant="warning">{t("imports.failed")}</Callout> : null}
      {expired ? <Callout variant="warning">{t("imports.expired")}</Callout> : null}

      <section aria-labelledby="import-counts-heading">
        <h2 id="import-counts-heading" className="sr-only">
          {t("imports.counts")}
        </h2>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7" data-testid="import-counts">
          <Stat label={t("imports.countRows")} value={formatNumber(pending.dataRows, locale)} />
          <Stat label={t("imports.countCommunes")} value={formatNumber(plan.communeCount, locale)} />
          <Stat label={t("imports.countStatusChanges")} value={<span data-testid="count-status-changes">{formatNumber(plan.statusChanges.length, locale)}</span>} />
          <Stat label={t("imports.countValueChanges")} value={<span data-testid="count-value-changes">{formatNumber(plan.valueChanges.length, locale)}</span>} />
          <Stat label={t("imports.countUnchanged")} value={<span data-testid="count-unchanged">{formatNumber(plan.unchanged, locale)}</span>} />
          <Stat label={t("imports.countEmpty")} value={formatNumber(plan.empty, locale)} />
          <Stat label={t("imports.countErrors")} value={<span data-testid="count-errors">{formatNumber(plan.errors.length, locale)}</span>} />
        </div>
      </section>

      {plan.errors.length ? (
        <section aria-labelledby="import-errors-heading" className="space-y-2">
          <h2 id="import-errors-heading" className="text-lg font-semibold">
            {t("imports.errorsHeading", { count: formatNumber(plan.errors.length, locale) })}
          </h2>
          <Callout variant="warning">{t("imports.errorsIntro")}</Callout>
          <Table scrollLabel={t("imports.errorsCaption")} data-testid="import-errors">
            <TableCaption className="sr-only">{t("imports.errorsCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                {plan.errors.some((e) => e.sheet) ? <TableHead scope="col">{t("imports.colSheet")}</TableHead> : null}
                <TableHead scope="col" numeric>
                  {t("imports.colRow")}
                </TableHead>
                <TableHead scope="col">{t("imports.colColumn")}</TableHead>
                <TableHead scope="col">{t("imports.colProblem")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
                <TableRow key={i} data-row={e.row} data-column={e.column} data-code={e.code}>
                  {plan.errors.some((x) => x.sheet) ? <TableCell>{e.sheet ?? ""}</TableCell> : null}
                  <TableCell numeric>{e.row}</TableCell>
                  <TableCell>{e.column}</TableCell>
                  <TableCell>{rowErrorMessage(t, e)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {plan.errors.length > MAX_ERRORS_SHOWN ? <p className="text-sm text-ink-muted">{t("imports.errorsMore", { count: formatNumber(plan.errors.length - MAX_ERRORS_SHOWN, locale) })}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="import-changes-heading" className="space-y-2">
        <h2 id="import-changes-heading" className="text-lg font-semibold">
          {t("imports.changesHeading", { count: formatNumber(changes.length, locale) })}
        </h2>
        {changes.length === 0 ? (
          <p className="text-sm" data-testid="import-no-changes">
            {t("imports.noChanges")}
          </p>
        ) : (
          <>
            <Table scrollLabel={t("imports.changesCaption")} data-testid="import-changes">
              <TableCaption className="sr-only">{t("imports.changesCaption")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col" numeric>
                    {t("imports.colRow")}
                  </TableHead>
                  <TableHead scope="col">{t("imports.colCommune")}</TableHead>
                  <TableHead scope="col">{t("imports.colSubject")}</TableHead>
                  <TableHead scope="col">{t("imports.colFrom")}</TableHead>
                  <TableHead scope="col">{t("imports.colTo")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((c) => (
                  <TableRow
                    key={`${c.kind}-${c.communeId}-${c.kind === "status" ? c.criterionId : c.indicatorId}`}
                    data-commune={c.communeCode}
                    data-subject={c.kind === "status" ? `c${c.criterionNumber}` : `i${c.indicatorCode}`}
                  >
                    <TableCell numeric>{c.row}</TableCell>
                    <TableCell>
                      {c.communeName} ({c.communeCode})
                    </TableCell>
                    <TableCell>{c.kind === "status" ? t("imports.criterionSubject", { number: c.criterionNumber }) : t("imports.indicatorSubject", { code: c.indicatorCode })}</TableCell>
                    <TableCell>{c.kind === "status" ? <StatusBadge status={c.from} label={t(`status.${c.from}`)} /> : valueText(c.from, t, locale)}</TableCell>
                    <TableCell>{c.kind === "status" ? <StatusBadge status={c.to} label={t(`status.${c.to}`)} /> : valueText(c.to, t, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {pages > 1 ? (
              <nav aria-label={t("imports.changesPage", { page, pages })} className="flex items-center gap-4 text-sm">
                {page > 1 ? (
                  <Link href={pageHref(page - 1)} className="text-link underline underline-offset-2">
                    {t("imports.previous")}
                  </Link>
                ) : null}
                <span>{t("imports.changesPage", { page, pages })}</span>
                {page < pages ? (
                  <Link href={pageHref(page + 1)} className="text-link underline underline-offset-2">
                    {t("imports.next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </section>

      {pending.status === "pending" && !expired ? (
        <section aria-label={t("imports.apply")} className="rounded-lg border border-line bg-surface p-4">
          <ImportDecisionForms
            id={pending.id}
            canApply={plan.errors.length === 0}
            applyAction={applyImportAction}
            discardAction={discardImportAction}
            indicatorCodes={Object.fromEntries(plan.valueChanges.map((c) => [String(c.indicatorId), c.indicatorCode]))}
            locale={locale}
            totalChanges={changes.length}
            labels={{
              apply: t("imports.apply"),
              applying: t("imports.applying"),
              discard: t("imports.discard"),
              discarding: t("imports.discarding"),
              hint: t("imports.applyHint"),
              stale: t("imports.stale", { count: "{count}", example: "{example}" }),
              staleBy: t("imports.staleBy", { subject: "{subject}", commune: "{commune}", by: "{by}", at: "{at}" }),
              someone: t("editing.someone"),
              forbidden: t("imports.forbiddenNow", { count: "{count}" }),
              expired: t("imports.expired"),
              notFound: t("imports.notFound"),
              error: t("imports.error"),
              criterion: t("imports.criterionSubject", { number: "{number}" }),
              indicator: t("imports.indicatorSubject", { code: "{code}" }),
              progressLabel: t("imports.applyProgressLabel"),
              progressText: t("imports.applyProgress", { done: "{done}", total: "{total}", percent: "{percent}" }),
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
