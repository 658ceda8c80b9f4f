"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { CommonOutcomeTexts } from "@/components/forms/outcome";
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

/** t() over the settings and validation areas, the locale, the text of a validation key, and the
 * texts every settings form shows for a refusal, a failure and a save. */
export function useSettingsText(): {
  t: Translator<SettingsSchema>;
  locale: Locale;
  errorText: (keys: readonly string[] | undefined) => string;
  refusals: CommonOutcomeTexts;
  savedText: (changed: boolean) => string;
} {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("useSettingsText outside <SettingsMessages>");
  return useMemo(() => {
    const t = createTranslator<SettingsSchema>(ctx.messages);
    const errorText = (keys: readonly string[] | undefined) =>
      (keys ?? []).map((k) => lookup(ctx.messages, k) ?? lookup(ctx.messages, "validation.invalid") ?? k).join(" ");
    const refusals = { forbidden: t("settings.form.forbidden"), error: t("settings.form.error") };
    const savedText = (changed: boolean) => (changed ? t("settings.form.saved") : t("settings.form.unchanged"));
    return { t, locale: ctx.locale, errorText, refusals, savedText };
  }, [ctx]);
}
