import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { megabytes } from "@/components/import/messages";
import { ImportUploadForm } from "@/components/import/upload-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Callout } from "@/components/ui/callout";
import { scopeFor } from "@/lib/auth/scope";
import { requireViewer } from "@/lib/auth/session";
import { getImportUnit } from "@/lib/data/imports";
import { importViewFor } from "@/lib/domain/import";
import { MATRIX_SHEETS } from "@/lib/export/matrix-format";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { INDICATOR_COLUMNS, INDICATOR_SHEET } from "@/lib/import/indicator-format";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/import";
import { unitCodeSchema } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("imports.title") };
}

/** Uploading a file of a district's or a commune's standings; the preview follows at /imports/{id}. */
export default async function ImportPage({ params }: Props) {
  const [{ code }, { locale, t }] = await Promise.all([params, getI18n()]);
  if (!unitCodeSchema.safeParse(code).success) notFound();
  const viewer = await requireViewer();
  const unit = await getImportUnit(scopeFor(viewer), code);
  if (!unit) notFound();
  const view = importViewFor(viewer.role);
  const unitLabel = `${t(`unitKind.${unit.kind}`)} ${unit.name}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumbs
          label={t("common.breadcrumbs")}
          items={[{ href: "/", label: t("nav.overview") }, { href: `/units/${unit.code}`, label: unitLabel }, { label: t("imports.title") }]}
        />
        <h1 className="text-2xl font-semibold">
          {t("imports.title")} — {unitLabel}
        </h1>
        <p className="max-w-3xl text-sm text-ink-muted">{t("imports.intro")}</p>
      </header>
      {view === null ? (
        <Callout variant="info">{t("imports.noRight")}</Callout>
      ) : (
        <section aria-labelledby="import-upload-heading" className="max-w-3xl space-y-3 rounded-lg border border-line bg-surface p-4">
          <h2 id="import-upload-heading" className="font-semibold">
            {t("imports.writesView", { view: t(view === "self" ? "imports.viewSelf" : "imports.viewVerified") })}
          </h2>
          <p className="text-sm text-ink-muted">
            {t("imports.formatHelp", {
              sheet: MATRIX_SHEETS[view],
              indicatorSheet: INDICATOR_SHEET,
              indicatorColumns: [INDICATOR_COLUMNS.communeCode, INDICATOR_COLUMNS.indicatorCode, INDICATOR_COLUMNS.value, INDICATOR_COLUMNS.denominator].map((c) => `“${c}”`).join(", "),
            })}
          </p>
          <ImportUploadForm
            unitCode={unit.code}
            labels={{
              file: t("imports.fileLabel"),
              hint: t("imports.limits", { size: megabytes(MAX_IMPORT_BYTES, locale), rows: formatNumber(MAX_IMPORT_ROWS, locale) }),
              upload: t("imports.upload"),
              uploading: t("imports.uploading", { percent: "{percent}" }),
              checking: t("imports.checking"),
              progress: t("imports.progressLabel"),
              chooseFile: t("imports.chooseFile"),
              networkError: t("imports.networkError"),
              error: t("imports.problem.error"),
            }}
          />
        </section>
      )}
    </div>
  );
}
