// Be Vietnam Pro, self-hosted (Google-hosted fonts cannot load offline): Vietnamese + Latin subsets only.
import "@fontsource/be-vietnam-pro/vietnamese-400.css";
import "@fontsource/be-vietnam-pro/vietnamese-500.css";
import "@fontsource/be-vietnam-pro/vietnamese-600.css";
import "@fontsource/be-vietnam-pro/vietnamese-700.css";
import "@fontsource/be-vietnam-pro/latin-400.css";
import "@fontsource/be-vietnam-pro/latin-500.css";
import "@fontsource/be-vietnam-pro/latin-600.css";
import "@fontsource/be-vietnam-pro/latin-700.css";
import "./globals.css";

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SearchBox } from "@/components/layout/search-box";
import { AccountMenu } from "@/components/layout/account-menu";
import { canOpenSettings } from "@/components/settings/access";
import { SiteHeader } from "@/components/layout/site-header";
import { getViewer } from "@/lib/auth/session";
import { MAIN_CONTENT_ID, SkipLink } from "@/components/layout/skip-link";
import { I18nProvider } from "@/lib/i18n/client";
import { clientMessages } from "@/lib/i18n/messages";
import { getI18n, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const appName = t("common.appName");
  return {
    title: { default: appName, template: `%s · ${appName}` },
    description: t("common.appDescription"),
    applicationName: appName,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b4f6c",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, viewer] = await Promise.all([getI18n(), getViewer()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-canvas font-sans text-ink antialiased">
        <SkipLink label={t("common.skipToContent")} />
        <SiteHeader locale={locale} t={t} role={viewer?.role ?? null} search={viewer ? <SearchBox t={t} /> : undefined} account={<AccountMenu name={viewer?.displayName ?? null} t={t} showSettings={canOpenSettings(viewer)} />} />
        <I18nProvider locale={locale} messages={clientMessages(locale)}>
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
            {children}
          </main>
        </I18nProvider>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
