import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/types";
import { LanguageSwitch } from "./language-switch";
import { navItemsFor } from "./nav-items";
import { NavLink } from "./nav-link";

/**
 * The site header: app name, main navigation, an optional `search` slot (a later step passes a
 * search form), and the language switch. Server component: pass the layout's locale and t.
 */
export function SiteHeader({
  locale,
  t,
  search,
  account,
  role = null,
}: {
  locale: Locale;
  t: Translator;
  search?: ReactNode;
  account?: ReactNode;
  role?: string | null;
}) {
  return (
    <header className="bg-brand text-white [--focus-ring:var(--color-focus-on-dark)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-base font-semibold text-white no-underline sm:text-lg">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.mainLabel")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap items-center gap-1">
            {navItemsFor(role).map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={item.exact}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          {search ? <div className="min-w-0">{search}</div> : null}
          <LanguageSwitch locale={locale} t={t} />
          {account}
        </div>
      </div>
    </header>
  );
}
