// Translated texts of import problems and row errors (server side: pages and the route handler).
import type { ImportError } from "@/lib/domain/import";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import type { FileProblem } from "@/lib/import/read";

export type ImportProblem = FileProblem | { code: "noImportRight" } | { code: "unitUnknown" } | { code: "error" };

/** "5 MB", "1,2 MB", "3 KB" the vi-VN way. */
export function megabytes(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), locale)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, { maximumFractionDigits: 1 })} MB`;
}

/** Why a file is refused as a whole. */
export function problemMessage(t: Translator, locale: Locale, p: ImportProblem): string {
  switch (p.code) {
    case "tooLarge":
      return t("imports.problem.tooLarge", { limit: megabytes(p.limit, locale) });
    case "tooManyRows":
      return t("imports.problem.tooManyRows", { limit: formatNumber(p.limit, locale) });
    case "wrongColumns":
      return t("imports.problem.wrongColumns", { detail: p.sheet ? `${p.sheet}: ${p.detail}` : p.detail });
    case "formatVersion":
      return t("imports.problem.formatVersion", { found: p.found });
    case "setUnknown":
      return t("imports.problem.setUnknown", { found: p.found });
    case "viewMismatch":
      return t("imports.problem.viewMismatch", { sheet: p.sheet });
    case "noMatrixSheet":
      return t("imports.problem.noMatrixSheet", { sheet: p.sheet });
    default:
      return t(`imports.problem.${p.code}`);
  }
}

/** What is wrong with one cell or row. */
export function rowErrorMessage(t: Translator, e: ImportError): string {
  const detail = e.detail ?? "";
  switch (e.code) {
    case "formula":
    case "communeUnknown":
    case "communeOutOfScope":
    case "communeOutsideUnit":
    case "criterionUnknown":
    case "indicatorUnknown":
    case "statusInvalid":
    case "duplicate":
      return t(`imports.rowError.${e.code}`, { detail });
    case "value":
      return t("imports.rowError.value", { detail: detail.startsWith("validation.") ? t(detail as Parameters<Translator>[0] as "validation.invalid") : detail });
    default:
      return t(`imports.rowError.${e.code}`);
  }
}
