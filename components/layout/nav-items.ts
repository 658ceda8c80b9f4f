import type { PlainMessageKey } from "@/lib/i18n/types";

/** Main navigation as data. `exact`: only the href itself is "current" (otherwise sub-paths too). */
export interface NavItem {
  href: string;
  labelKey: PlainMessageKey;
  exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.overview", exact: true },
  { href: "/consistency", labelKey: "nav.consistency" },
];

export function isNavItemCurrent(item: Pick<NavItem, "href" | "exact">, pathname: string): boolean {
  if (item.exact || item.href === "/") return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
