import type { PlainMessageKey } from "@/lib/i18n/types";

/** Main navigation as data. `exact`: only the href itself is "current" (otherwise sub-paths too). */
export interface NavItem {
  href: string;
  labelKey: PlainMessageKey;
  exact?: boolean;
  /** Shown only to these roles (the pages authorize on their own; this only avoids dead ends). */
  roles?: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.overview", exact: true },
  // District officers and commune officials read the inspections that visited their unit.
  { href: "/inspections", labelKey: "nav.inspections", roles: ["coordination_office", "department_inspector", "district_officer", "commune_official", "admin"] },
  { href: "/recommendations", labelKey: "nav.recommendations" },
  { href: "/queue", labelKey: "nav.queue", roles: ["coordination_office", "department_inspector"] },
  { href: "/consistency", labelKey: "nav.consistency" },
  { href: "/check", labelKey: "nav.check", roles: ["coordination_office", "department_inspector", "district_officer", "admin"] },
];

/** The items a signed-in user with this role sees (signed out: none but the overview). */
export function navItemsFor(role: string | null): NavItem[] {
  if (!role) return NAV_ITEMS.filter((i) => i.href === "/");
  return NAV_ITEMS.filter((i) => !i.roles || i.roles.includes(role));
}

export function isNavItemCurrent(item: Pick<NavItem, "href" | "exact">, pathname: string): boolean {
  if (item.exact || item.href === "/") return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
