import type { Metadata } from "next";
import Link from "next/link";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { UsersTable } from "@/components/settings/users-table";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/data/users";
import { getI18n, getT } from "@/lib/i18n/server";
import { settingsContext } from "../settings-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.users.title") };
}

/** The accounts of the province (for an administrator also the system-wide ones). */
export default async function UsersPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const ctx = await settingsContext(sp.province, "users");
  const isAdmin = ctx.viewer.role === "admin";
  const users = isAdmin
    ? (await listUsers(ctx.scope, null)).filter((u) => u.province === null || u.province.code === ctx.province.code)
    : await listUsers(ctx.scope, ctx.province.code);
  const manageable = (u: (typeof users)[number]) =>
    can(ctx.viewer, "users.manage", { provinceCode: u.province?.code ?? null, districtCode: null, communeCode: null, managedRole: u.role });
  return (
    <SettingsShell
      section="users"
      title={t("settings.users.title")}
      intro={isAdmin ? t("settings.users.introAdmin", { province: ctx.province.name }) : t("settings.users.intro", { province: ctx.province.name })}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      locale={locale}
      t={t}
    >
      <p>
        <Link href={`/settings/users/new${ctx.query}`} className="inline-block rounded-md bg-brand px-3 py-2 text-sm font-medium text-white no-underline hover:opacity-90">
          {t("settings.users.create")}
        </Link>
      </p>
      <UsersTable users={users} manageable={manageable} selfId={ctx.viewer.userId} query={ctx.query} locale={locale} t={t} />
    </SettingsShell>
  );
}
