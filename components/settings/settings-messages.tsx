"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { ViMessages } from "@/lib/i18n/messages/vi";
import { createTranslator, lookup } from "@/lib/i18n/translate";
import type { Catalog, Translator } from "@/lib/i18n/types";

// The settings pages' texts for their client forms, handed over once per page (not once per
// form) by <SettingsMessages>.

export type SettingsSchema = Pick<ViMessages, "settings" | "validation">;
export type SettingsMessagesValue = Catalog<SettingsSchema>;

const Ctx = createContext<{ locale: Locale; messages: SettingsMessagesValue } | null>(null);

export function SettingsMessages({ locale, messages, children }: { locale: Locale; messages: SettingsMessagesValue; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** t() over the settings and validation areas, the locale, and the text of a validation key. */
export function useSettingsText(): { t: Translator<SettingsSchema>; locale: Locale; errorText: (keys: readonly string[] | undefined) => string } {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("useSettingsText outside <SettingsMessages>");
  return useMemo(() => {
    const t = createTranslator<SettingsSchema>(ctx.messages);
    const errorText = (keys: readonly string[] | undefined) =>
      (keys ?? []).map((k) => lookup(ctx.messages, k) ?? lookup(ctx.messages, "validation.invalid") ?? k).join(" ");
    return { t, locale: ctx.locale, errorText };
  }, [ctx]);
}
