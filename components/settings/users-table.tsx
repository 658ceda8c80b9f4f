import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ManagedUser } from "@/lib/data/users";
import { SCOPE_REQUIREMENTS } from "@/lib/domain/user-scope";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";

type RoleKey = "coordination_office" | "district_officer" | "commune_official" | "department_inspector" | "admin";

export function roleName(role: string, t: Translator): string {
  return Object.hasOwn(SCOPE_REQUIREMENTS, role) ? t(`settings.roles.${role as RoleKey}`) : role;
}

/** "Xã Tú Xuyên", "Sở Giao thông vận tải · Tỉnh Lạng Sơn", "Toàn hệ thống". */
export function scopeText(u: Pick<ManagedUser, "unit" | "department">, t: Translator): string {
  const parts: string[] = [];
  if (u.department) parts.push(u.department.name);
  if (u.unit) {
    const kind = u.unit.kind as "province" | "district" | "commune" | "township" | "ward" | "village";
    parts.push(`${t(`unitKind.${kind}`)} ${u.unit.name}`);
  }
  return parts.length ? parts.join(" · ") : t("settings.users.systemWide");
}

/** The accounts of a province, with a link to manage each one the viewer may manage. */
export function UsersTable({ users, manageable, selfId, query, locale, t }: { users: ManagedUser[]; manageable: (u: ManagedUser) => boolean; selfId: number; query: string; locale: Locale; t: Translator }) {
  if (users.length === 0) return <p className="text-sm text-ink-muted">{t("settings.users.empty")}</p>;
  return (
    // relative: the visually hidden header text stays inside the scrolling wrapper on a phone
    <Table scrollLabel={t("settings.users.caption")} wrapperClassName="relative" className="min-w-[48rem]">
      <TableCaption className="sr-only">{t("settings.users.caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("settings.users.colUsername")}</TableHead>
          <TableHead>{t("settings.users.colName")}</TableHead>
          <TableHead>{t("settings.users.colRole")}</TableHead>
          <TableHead>{t("settings.users.colScope")}</TableHead>
          <TableHead>{t("settings.users.colStatus")}</TableHead>
          <TableHead>{t("settings.users.colLastLogin")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("settings.users.manage")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((u) => (
          <TableRow key={u.id} data-username={u.username}>
            <TableHead scope="row" className="font-mono text-sm font-normal">
              {u.username} {u.id === selfId ? <span className="font-sans text-xs text-ink-muted">{t("settings.users.you")}</span> : null}
            </TableHead>
            <TableCell>{u.displayName}</TableCell>
            <TableCell>{roleName(u.role, t)}</TableCell>
            <TableCell>{scopeText(u, t)}</TableCell>
            <TableCell>
              {u.active ? <Badge variant="success">{t("settings.users.active")}</Badge> : <Badge variant="danger">{t("settings.users.inactive")}</Badge>}
            </TableCell>
            <TableCell className="whitespace-nowrap">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : <span className="text-ink-muted">{t("settings.users.never")}</span>}</TableCell>
            <TableCell>
              {manageable(u) ? (
                <Link href={`/settings/users/${u.id}${query}`} aria-label={t("settings.users.manageLabel", { username: u.username })} className="text-link underline underline-offset-2">
                  {t("settings.users.manage")}
                </Link>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
