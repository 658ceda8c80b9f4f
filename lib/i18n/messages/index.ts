import type { Locale } from "../config";
import { createTranslator } from "../translate";
import type { Catalog, Messages, Translator } from "../types";
import { en } from "./en";
import { vi, type ViMessages } from "./vi";

export const catalogs: Record<Locale, Messages> = { vi, en };

/** A typed t() for a known locale (server.ts's getT() finds the locale from the cookie). */
export function translatorFor(locale: Locale): Translator {
  return createTranslator<ViMessages>(catalogs[locale]);
}

/** Areas the browser needs (error and loading states); handed to <I18nProvider> by the layout. */
export const CLIENT_AREAS = ["common", "errors", "language"] as const;
export type ClientArea = (typeof CLIENT_AREAS)[number];
export type ClientSchema = Pick<ViMessages, ClientArea>;
export type ClientMessages = Catalog<ClientSchema>;

export function clientMessages(locale: Locale): ClientMessages {
  const m = catalogs[locale];
  return { common: m.common, errors: m.errors, language: m.language };
}
