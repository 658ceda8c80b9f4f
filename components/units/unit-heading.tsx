import type { ReactNode } from "react";
import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/breadcrumbs";
import { Callout } from "@/components/ui/callout";
import { formatIsoDay, vietnamToday } from "@/lib/domain/as-of";
import type { UnitKind } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { AsOfForm } from "./as-of-form";
import { unitHref } from "./links";

export interface UnitHeadingProps {
  unit: { code: string; name: string; kind: UnitKind; validTo: Date | null };
  ancestors: { code: string; name: string; kind: UnitKind }[];
  /** Codes of the ancestors the viewer may read: only those are links in the trail (the others
   * would answer 404), e.g. lib/data/scope readableAncestors. */
  readable: ReadonlySet<string>;
  asOf: { iso: string; isToday: boolean; cutoff: Date };
  setName: string | null;
  locale: Locale;
  t: Translator;
  children?: ReactNode;
  /** A page below the unit (e.g. one criterion): its title becomes the h1 and the unit a link. */
  subpage?: { title: string; path: string };
  /** "Now", to bound the date picker (defaults to the current time). */
  now?: Date;
}

/** Breadcrumbs, the unit's title, the criteria set and the as-of date with the form to change
 * it, and a notice when the unit no longer exists (units merge and disappear; the app still shows
 * their history). With `subpage`, the heading is that page's (the unit stays in the trail). */
export function UnitHeading({ unit, ancestors, readable, asOf, setName, locale, t, children, subpage, now }: UnitHeadingProps) {
  const unitLabel = `${t(`unitKind.${unit.kind}`)} ${unit.name}`;
  const crumbs: BreadcrumbItem[] = [
    { href: "/", label: t("nav.overview") },
    ...ancestors.map((a) => ({ href: readable.has(a.code) ? unitHref(a.code, asOf) : undefined, label: `${t(`unitKind.${a.kind}`)} ${a.name}` })),
    subpage ? { href: unitHref(unit.code, asOf), label: unitLabel } : { label: unitLabel },
    ...(subpage ? [{ label: subpage.title }] : []),
  ];
  const today = formatIsoDay(vietnamToday(now ?? new Date()));
  const ceased = unit.validTo ? new Date(unit.validTo.getTime() + 86_400_000) : null;
  return (
    <header className="mb-6 space-y-3">
      <Breadcrumbs items={crumbs} label={t("common.breadcrumbs")} />
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-ink sm:text-3xl">{subpage ? subpage.title : unitLabel}</h1>
          <p className="mt-1 text-sm text-ink-muted">
            {subpage ? `${unitLabel} · ` : null}
            {t("unit.code")}: <span className="tabular-nums">{unit.code}</span>
            {" · "}
            <span data-testid="as-of-line">{t("common.asOf", { date: formatDate(asOf.iso, locale) })}</span>
            {setName ? (
              <>
                {" · "}
                {t("area.criteriaSetLine", { set: setName })}
              </>
            ) : null}
          </p>
        </div>
        <AsOfForm action={subpage ? subpage.path : unitHref(unit.code)} asOf={asOf} today={today} t={t} />
      </div>
      {children}
      {ceased && ceased <= asOf.cutoff ? (
        <Callout variant="info">{t("unit.dissolved", { date: formatDate(ceased, locale) })}</Callout>
      ) : null}
    </header>
  );
}
