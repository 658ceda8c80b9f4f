import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { ResetPasswordForm, UserForm, UserStatusForm } from "@/components/settings/user-forms";
import { roleName, scopeText } from "@/components/settings/users-table";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/actions/users";
import { can, ROLES } from "@/lib/auth/permissions";
import { getManagedUser, getScopeOptions } from "@/lib/data/users";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { userIdSchema } from "@/lib/validation/users";
import { settingsContext } from "../../settings-context";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.users.title") };
}

/** One account: role and scope, status, password. Only accounts the viewer may manage are shown
 * (another province's or an administrator's account is a 404 for an office). */
export default async function UserPage({ params, searchParams }: Props) {
  const [{ id }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const parsed = userIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const ctx = await settingsContext(sp.province, "users");
  const user = await getManagedUser(parsed.data);
  if (!user || !can(ctx.viewer, "users.manage", { provinceCode: user.province?.code ?? null, districtCode: null, communeCode: null, managedRole: user.role })) notFound();
  const options = await getScopeOptions(ctx.scope, user.province?.code ?? ctx.province.code);
  const roles = ROLES.filter((r) => r !== "admin" || ctx.viewer.role === "admin");
  const self = user.id === ctx.viewer.userId;
  const auditHref = `/settings/audit?entity=user&id=${user.id}${ctx.query ? `&${ctx.query.slice(1)}` : ""}`;
  return (
    <SettingsShell
      section="users"
      title={t("settings.user.title", { username: user.username })}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      crumbs={[{ label: user.username }]}
      locale={locale}
      t={t}
    >
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-ink-muted">{t("settings.account.displayName")}</dt>
        <dd>{user.displayName}</dd>
        <dt className="text-ink-muted">{t("settings.account.role")}</dt>
        <dd>{roleName(user.role, t)}</dd>
        <dt className="text-ink-muted">{t("settings.account.scope")}</dt>
        <dd>{scopeText(user, t)}</dd>
        <dt className="text-ink-muted">{t("settings.users.colLastLogin")}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("settings.users.never")}</dd>
        <dt className="text-ink-muted">{t("settings.account.tokenHeading")}</dt>
        <dd>{user.hasApiToken ? t("settings.user.apiTokenSet") : t("settings.user.apiTokenNone")}</dd>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className="space-y-3 rounded-lg border border-line bg-surface p-4">
          <h2 id="profile-heading" className="text-lg font-semibold">
            {t("settings.user.profileHeading")}
          </h2>
          <UserForm
            action={updateUserAction}
            options={{ ...options, roles }}
            user={{ id: user.id, version: user.version, displayName: user.displayName, role: user.role, unitCode: user.unit?.code ?? null, departmentCode: user.department?.code ?? null }}
            testId="update-user-form"
          />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-line bg-surface p-4">
            <h2 id="status-heading" className="text-lg font-semibold">
              {t("settings.user.statusHeading")}
            </h2>
            <UserStatusForm action={setUserActiveAction} user={{ id: user.id, version: user.version, active: user.active }} self={self} />
          </section>
          <section aria-labelledby="password-heading" className="space-y-3 rounded-lg border border-line bg-surface p-4">
            <h2 id="password-heading" className="text-lg font-semibold">
              {t("settings.user.passwordHeading")}
            </h2>
            <p className="text-sm text-ink-muted">{t("settings.user.passwordIntro")}</p>
            <ResetPasswordForm action={resetPasswordAction} user={{ id: user.id, version: user.version }} />
          </section>
        </div>
      </div>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={auditHref} className="text-link underline underline-offset-2">
          {t("settings.user.history")}
        </Link>
        <Link href={`/settings/users${ctx.query}`} className="text-link underline underline-offset-2">
          {t("settings.user.back")}
        </Link>
      </p>
    </SettingsShell>
  );
}
