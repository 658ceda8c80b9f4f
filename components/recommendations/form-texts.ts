import { staleBy } from "@/components/forms/outcome";
import type { StaleCurrent } from "@/lib/actions/recommendation";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/translate";

/** The texts the recommendation forms need, as plain data for client components. */
export function recommendationFormTexts(locale: Locale) {
  const c = catalogs[locale];
  return { r: c.recommendations, validation: c.validation, statuses: c.recommendationStatus };
}
export type RecommendationFormTexts = ReturnType<typeof recommendationFormTexts>;

/** A message key from an action ("validation.tooLong", "recommendations.errors.textRequired") as text. */
export function errorText(keys: readonly string[] | undefined, texts: RecommendationFormTexts): string | null {
  if (!keys?.length) return null;
  return keys
    .map((k) => {
      const [area, ...rest] = k.split(".");
      const name = rest[rest.length - 1] ?? "";
      if (area === "validation") return (texts.validation as Record<string, string>)[name] ?? texts.validation.invalid;
      if (area === "recommendations") return (texts.r.errors as Record<string, string>)[name] ?? texts.validation.invalid;
      return texts.validation.invalid;
    })
    .join(" ");
}

/** "Someone changed it meanwhile": its status now, by whom and when. */
export function staleText(current: StaleCurrent, texts: RecommendationFormTexts, locale: Locale): string {
  return interpolate(texts.r.stale, { status: texts.statuses[current.status], ...staleBy(current, texts.r.someone, locale) });
}
