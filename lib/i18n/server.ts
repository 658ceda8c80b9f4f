import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./config";
import { translatorFor } from "./messages";
import type { Translator } from "./types";

// Request-scoped i18n for server components, route handlers and server actions.

/** The reader's locale from the "ntm-locale" cookie; vi when absent or unknown. Cached per request. */
export const getLocale = cache(async (): Promise<Locale> => {
  const store = await cookies();
  return resolveLocale(store.get(LOCALE_COOKIE)?.value);
});

/**
 * A typed t(key, vars?) for the request's locale (or the one given):
 *   const t = await getT();  t("summary.average");  t("criteria.criterionNumber", { number: 9 })
 */
export async function getT(locale?: Locale): Promise<Translator> {
  return translatorFor(locale ?? (await getLocale()));
}

/** Locale and t() together, for components that also format numbers and dates. */
export async function getI18n(): Promise<{ locale: Locale; t: Translator }> {
  const locale = await getLocale();
  return { locale, t: translatorFor(locale) };
}
