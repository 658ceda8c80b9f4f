import type { Metadata } from "next";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { UserForm } from "@/components/settings/user-forms";
import { createUserAction } from "@/lib/actions/users";
import { ROLES } from "@/lib/auth/permissions";
import { getScopeOptions } from "@/lib/data/users";
import { getI18n, getT } from "@/lib/i18n/server";
import { settingsContext } from "../../settings-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.user.newTitle") };
}

/** Creating an account in the province (an administrator may also create administrators). */
export default async function NewUserPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const ctx = await settingsContext(sp.province, "users");
  const options = await getScopeOptions(ctx.scope, ctx.province.code);
  const roles = ROLES.filter((r) => r !== "admin" || ctx.viewer.role === "admin");
  return (
    <SettingsShell
      section="users"
      title={t("settings.user.newTitle")}
      intro={t("settings.user.newIntro")}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      crumbs={[{ label: t("settings.user.newTitle") }]}
      locale={locale}
      t={t}
    >
      <div className="rounded-lg border border-line bg-surface p-4">
        <UserForm action={createUserAction} options={{ ...options, roles }} user={null} testId="create-user-form" />
      </div>
    </SettingsShell>
  );
}
