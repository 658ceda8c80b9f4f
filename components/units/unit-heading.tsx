import type { ReactNode } from "react";
import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/breadcrumbs";
import { Callout } from "@/components/ui/callout";
import type { UnitKind } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { unitHref } from "./links";

export interface UnitHeadingProps {
  unit: { code: string; name: string; kind: UnitKind; validTo: Date | null };
  ancestors: { code: string; name: string; kind: UnitKind }[];
  asOf: { iso: string; isToday: boolean; cutoff: Date };
  setName: string | null;
  locale: Locale;
  t: Translator;
  children?: ReactNode;
}

/** Breadcrumbs, the unit's title, the criteria set and the as-of date, and a notice when the
 * unit no longer exists (units merge and disappear; the app still shows their history). */
export function UnitHeading({ unit, ancestors, asOf, setName, locale, t, children }: UnitHeadingProps) {
  const crumbs: BreadcrumbItem[] = [
    { href: "/", label: t("nav.overview") },
    ...ancestors.map((a) => ({ href: unitHref(a.code, asOf), label: `${t(`unitKind.${a.kind}`)} ${a.name}` })),
    { label: `${t(`unitKind.${unit.kind}`)} ${unit.name}` },
  ];
  const ceased = unit.validTo ? new Date(unit.validTo.getTime() + 86_400_000) : null;
  return (
    <header className="mb-6 space-y-3">
      <Breadcrumbs items={crumbs} label={t("common.breadcrumbs")} />
      <div>
        <h1 className="text-2xl font-semibold text-ink sm:text-3xl">
          {t(`unitKind.${unit.kind}`)} {unit.name}
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          {t("unit.code")}: <span className="tabular-nums">{unit.code}</span>
          {" · "}
          {t("common.asOf", { date: formatDate(asOf.iso, locale) })}
          {setName ? (
            <>
              {" · "}
              {t("area.criteriaSetLine", { set: setName })}
            </>
          ) : null}
        </p>
      </div>
      {children}
      {ceased && ceased <= asOf.cutoff ? (
        <Callout variant="info">{t("unit.dissolved", { date: formatDate(ceased, locale) })}</Callout>
      ) : null}
    </header>
  );
}
