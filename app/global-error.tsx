"use client";

import "@fontsource/be-vietnam-pro/vietnamese-400.css";
import "@fontsource/be-vietnam-pro/latin-400.css";
import "./globals.css";

import { useEffect, useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import { en } from "@/lib/i18n/messages/en";
import { errors as viErrors } from "@/lib/i18n/messages/vi";

// Replaces the root layout when it fails, so there is no I18nProvider: the locale comes from the
// cookie (readable by the browser) and the texts from the catalogs' "errors" area.

function readCookieLocale(): Locale {
  const match = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return resolveLocale(match?.slice(LOCALE_COOKIE.length + 1));
}

const noSubscribe = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscribe, readCookieLocale, () => DEFAULT_LOCALE);
  const text = locale === "en" ? en.errors : viErrors;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-canvas font-sans text-ink">
        <title>{text.title}</title>
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">{text.title}</h1>
          <p className="mt-3 text-ink-muted">{text.generic}</p>
          <div className="mt-6 flex flex-wrap items-center justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-10 items-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-hover"
            >
              {text.retry}
            </button>
            {/* A full reload: the root layout itself failed, so client navigation cannot be trusted. */}
            <a href="/" className="text-link underline">
              {text.goHome}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
