import type { RegisterOptions } from "@/lib/data/recommendations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { RecommendationFormOptions } from "./recommendation-form";

/** The register's choices as plain data for the form (dates formatted on the server). */
export function formOptions(options: RegisterOptions, locale: Locale): RecommendationFormOptions {
  return {
    departments: options.departments.map(({ code, name }) => ({ code, name })),
    districts: options.districts,
    communes: options.communes.map(({ code, name, kind }) => ({ code, name, kind })),
    criteria: options.criteria.map(({ number, name }) => ({ number, name })),
    inspections: options.inspections.map((i) => ({ id: i.id, title: i.title, date: formatDate(i.inspectedOn, locale) })),
  };
}
