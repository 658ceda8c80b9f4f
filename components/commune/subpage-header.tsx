import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { Translator } from "@/lib/i18n/types";

/** Heading of a commune's work page (editing, review): breadcrumbs, title with the commune, intro. */
export function CommuneSubpageHeader({
  commune,
  title,
  intro,
  t,
  children,
}: {
  commune: { code: string; name: string };
  title: string;
  intro: string;
  t: Translator;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      <Breadcrumbs
        label={t("common.breadcrumbs")}
        items={[
          { href: "/", label: t("nav.overview") },
          { href: `/units/${commune.code}`, label: `${t("unitKind.commune")} ${commune.name}` },
          { label: title },
        ]}
      />
      <h1 className="text-2xl font-semibold">
        {title} — {t("unitKind.commune")} {commune.name}
      </h1>
      <p className="max-w-3xl text-sm text-ink-muted">{intro}</p>
      {children}
    </header>
  );
}
