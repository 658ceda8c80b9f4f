"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./config";
import type { ClientMessages, ClientSchema } from "./messages";
import { common, errors, language } from "./messages/vi";
import { createTranslator } from "./translate";
import type { Translator } from "./types";

// The locale and a few message areas (common, errors, language) for client components. The root
// layout renders <I18nProvider>; outside it (global-error) the Vietnamese texts are used.

interface I18nContextValue {
  locale: Locale;
  messages: ClientMessages;
}

const I18nContext = createContext<I18nContextValue>({
  locale: DEFAULT_LOCALE,
  messages: { common, errors, language },
});

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: ClientMessages;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** t() limited to the client areas: useT()("errors.retry"). */
export function useT(): Translator<ClientSchema> {
  const { messages } = useContext(I18nContext);
  return useMemo(() => createTranslator<ClientSchema>(messages), [messages]);
}
