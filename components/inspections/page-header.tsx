import type { ReactNode } from "react";
import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/breadcrumbs";
import type { Translator } from "@/lib/i18n/types";

/** Heading of the inspection pages: breadcrumbs from the list, the title, an optional intro. */
export function InspectionPageHeader({ crumbs, title, intro, t, children }: { crumbs: BreadcrumbItem[]; title: string; intro?: string; t: Translator; children?: ReactNode }) {
  return (
    <header className="space-y-2">
      <Breadcrumbs label={t("common.breadcrumbs")} items={[{ href: "/", label: t("nav.overview") }, ...crumbs, { label: title }]} />
      <h1 className="text-2xl font-semibold">{title}</h1>
      {intro ? <p className="max-w-3xl text-sm text-ink-muted">{intro}</p> : null}
      {children}
    </header>
  );
}
