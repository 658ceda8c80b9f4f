import type { Metadata } from "next";
import { ApiTokenForm } from "@/components/settings/api-token-form";
import { SettingsMessages } from "@/components/settings/settings-messages";
import { roleName, scopeText } from "@/components/settings/users-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/account";
import { requireViewer } from "@/lib/auth/session";
import { getManagedUser } from "@/lib/data/users";
import { catalogs } from "@/lib/i18n/messages";
import { getI18n, getT } from "@/lib/i18n/server";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.account.title") };
}

/** The signed-in user's own account: who they are, and their personal API token. */
export default async function AccountPage() {
  const [viewer, { locale, t }] = await Promise.all([requireViewer(), getI18n()]);
  const me = await getManagedUser(viewer.userId);
  if (!me) redirect("/sign-in");
  return (
    <SettingsMessages locale={locale} messages={{ settings: catalogs[locale].settings, validation: catalogs[locale].validation }}>
      <div className="space-y-6">
        <header className="space-y-2">
          <Breadcrumbs label={t("common.breadcrumbs")} items={[{ href: "/", label: t("nav.overview") }, { label: t("settings.account.title") }]} />
          <h1 className="text-2xl font-semibold">{t("settings.account.title")}</h1>
          <p className="text-sm text-ink-muted">{t("settings.account.intro")}</p>
        </header>
        <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-line bg-surface p-4 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-ink-muted">{t("settings.account.username")}</dt>
          <dd className="font-mono">{me.username}</dd>
          <dt className="text-ink-muted">{t("settings.account.displayName")}</dt>
          <dd>{me.displayName}</dd>
          <dt className="text-ink-muted">{t("settings.account.role")}</dt>
          <dd>{roleName(me.role, t)}</dd>
          <dt className="text-ink-muted">{t("settings.account.scope")}</dt>
          <dd>{scopeText(me, t)}</dd>
        </dl>
        <section aria-labelledby="token-heading" className="space-y-3 rounded-lg border border-line bg-surface p-4">
          <h2 id="token-heading" className="text-lg font-semibold">
            {t("settings.account.tokenHeading")}
          </h2>
          <p className="max-w-3xl text-sm text-ink-muted">{t("settings.account.tokenIntro")}</p>
          <ApiTokenForm createAction={createApiTokenAction} revokeAction={revokeApiTokenAction} hasToken={me.hasApiToken} version={me.version} />
        </section>
      </div>
    </SettingsMessages>
  );
}
