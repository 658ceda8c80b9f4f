import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import type { InspectionFormMessages } from "./form-messages";

/** The message areas the inspection forms need, for the reader's locale (server side). */
export function inspectionFormMessages(locale: Locale): InspectionFormMessages {
  const m = catalogs[locale];
  return { inspections: m.inspections, validation: m.validation, status: m.status };
}
