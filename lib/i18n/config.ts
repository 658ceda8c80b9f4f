import { z } from "zod";

// Locale settings shared by the server (cookie, <html lang>) and the client (charts, error pages).
// Pure: no next/* imports, so client components and tests may use it.

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "vi";

/** Name of the cookie that stores the reader's chosen language. */
export const LOCALE_COOKIE = "ntm-locale";

/** One year, in seconds (cookie max-age). */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const localeSchema = z.enum(LOCALES);

/** BCP 47 tags used with Intl. English uses en-GB so that dates stay day/month/year like vi-VN. */
export const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Time zone for every displayed date: the programme's dates are Vietnamese calendar dates. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isLocale(value: unknown): value is Locale {
  return localeSchema.safeParse(value).success;
}

/** The locale to use for a raw cookie value (or anything else): unknown values fall back to vi. */
export function resolveLocale(value: unknown): Locale {
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}
