import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";
import { SettingsMessages } from "./settings-messages";

export type SettingsSection = "overview" | "targets" | "users" | "audit";

const SECTIONS: { key: SettingsSection; href: string }[] = [
  { key: "overview", href: "/settings" },
  { key: "targets", href: "/settings/targets" },
  { key: "users", href: "/settings/users" },
  { key: "audit", href: "/settings/audit" },
];

/**
 * The frame of every settings page: breadcrumbs, the page heading, the province (an administrator
 * can switch), the sections, and the texts the page's client forms need (handed over once).
 */
export function SettingsShell({
  section,
  title,
  intro,
  province,
  provinces,
  query,
  visible,
  crumbs = [],
  locale,
  t,
  children,
}: {
  section: SettingsSection;
  title: string;
  intro?: ReactNode;
  province: { code: string; name: string };
  provinces: { code: string; name: string }[];
  query: string;
  /** Sections the viewer may open. */
  visible: Record<SettingsSection, boolean>;
  crumbs?: { href?: string; label: string }[];
  locale: Locale;
  t: Translator;
  children: ReactNode;
}) {
  const base = `/settings${query}`;
  const current = SECTIONS.find((s) => s.key === section)!;
  return (
    <SettingsMessages locale={locale} messages={{ settings: catalogs[locale].settings, validation: catalogs[locale].validation }}>
      <div className="space-y-6">
        <header className="space-y-3">
          <Breadcrumbs
            label={t("common.breadcrumbs")}
            items={[
              { href: "/", label: t("nav.overview") },
              ...(section === "overview" && crumbs.length === 0 ? [{ label: t("settings.title") }] : [{ href: base, label: t("settings.title") }]),
              ...(section !== "overview" ? [crumbs.length ? { href: `${current.href}${query}`, label: t(`settings.nav.${section}`) } : { label: t(`settings.nav.${section}`) }] : []),
              ...crumbs,
            ]}
          />
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="space-y-1">
              <h1 className="text-2xl font-semibold">{title}</h1>
              <p className="text-sm text-ink-muted">{t("settings.titleFor", { province: province.name })}</p>
            </div>
            {provinces.length > 1 ? (
              <form method="get" className="flex items-end gap-2">
                <div>
                  <label htmlFor="settings-province" className="block text-xs font-medium text-ink-muted">
                    {t("settings.chooseProvince")}
                  </label>
                  <select id="settings-province" name="province" defaultValue={province.code} className="mt-1 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm">
                    {provinces.map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium hover:bg-canvas">
                  {t("settings.show")}
                </button>
              </form>
            ) : null}
          </div>
          <nav aria-label={t("settings.nav.label")}>
            <ul className="flex flex-wrap gap-1 border-b border-line">
              {SECTIONS.filter((s) => visible[s.key]).map((s) => {
                const active = s.key === section;
                return (
                  <li key={s.key}>
                    <Link
                      href={`${s.href}${query}`}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "-mb-px inline-block rounded-t-md border px-3 py-2 text-sm font-medium no-underline",
                        active ? "border-line border-b-surface bg-surface text-ink" : "border-transparent text-link hover:bg-canvas",
                      )}
                    >
                      {t(`settings.nav.${s.key}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          {intro ? <div className="max-w-3xl text-sm text-ink-muted">{intro}</div> : null}
        </header>
        {children}
      </div>
    </SettingsMessages>
  );
}

/** Which sections a viewer may open, from their rights in the province. */
export function visibleSections(rights: { settings: boolean; users: boolean }): Record<SettingsSection, boolean> {
  return { overview: true, targets: rights.settings, users: rights.users, audit: rights.settings || rights.users };
}
