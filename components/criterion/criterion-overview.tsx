import Link from "next/link";
import { targetText } from "@/components/commune/indicator-text";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Callout } from "@/components/ui/callout";
import { Stat } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CriterionAcross } from "@/lib/data/criterion";
import type { Status } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/types";
import { cn } from "@/lib/utils/cn";

/** How many communes meet the criterion (verified), with the self-assessment's counts beside. */
export function CriterionTallyCards({ data, locale, t }: { data: CriterionAcross; locale: Locale; t: Translator }) {
  const { tally } = data;
  const of = t("criterionPage.tallyOf", { count: formatNumber(tally.communeCount, locale) });
  const items: { key: string; status: Status | null; label: string; value: number; hint: string }[] = [
    { key: "met", status: "met", label: t("status.met"), value: tally.met, hint: of },
    { key: "nearly_met", status: "nearly_met", label: t("status.nearly_met"), value: tally.nearlyMet, hint: of },
    { key: "not_met", status: "not_met", label: t("status.not_met"), value: tally.notMet, hint: of },
    { key: "not_assessed", status: "not_assessed", label: t("status.not_assessed"), value: tally.notAssessed, hint: of },
    { key: "document", status: null, label: t("criterionPage.documentOnlyCount"), value: tally.documentOnly, hint: t("criterionPage.documentOnlyHint") },
  ];
  const assessed = tally.met + tally.nearlyMet + tally.notMet;
  return (
    <section aria-labelledby="criterion-tally-heading" className="space-y-3">
      <h2 id="criterion-tally-heading" className="text-lg font-semibold">
        {t("criterionPage.tallyTitle")}
      </h2>
      {assessed === 0 ? <Callout variant="info">{t("criterionPage.nothingAssessed")}</Callout> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((i) => (
          <div key={i.key} data-testid={`tally-${i.key}`} className="contents">
            <Stat
              label={i.status ? <StatusBadge status={i.status} label={i.label} /> : i.label}
              value={<span data-testid="tally-value">{formatNumber(i.value, locale)}</span>}
              hint={i.hint}
            />
          </div>
        ))}
      </div>
      <p className="text-sm text-ink-muted">
        {t("criterionPage.selfTally", {
          met: formatNumber(tally.self.met, locale),
          nearlyMet: formatNumber(tally.self.nearlyMet, locale),
          notMet: formatNumber(tally.self.notMet, locale),
          notAssessed: formatNumber(tally.self.notAssessed, locale),
        })}
      </p>
    </section>
  );
}

/** The criterion's group, departments in charge and each indicator's target per region. */
export function CriterionAbout({ data, locale, t }: { data: CriterionAcross; locale: Locale; t: Translator }) {
  const c = data.criterion;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t("criterionPage.aboutTitle")}</CardTitle>
        {c.group ? <p className="text-sm text-ink-muted">{t("criterionPage.group", { code: c.group.code, name: c.group.name })}</p> : null}
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <div>
          <h3 className="font-semibold">{t("criterionPage.departments")}</h3>
          {c.departments.length ? (
            <ul className="mt-1" data-testid="criterion-departments">
              {c.departments.map((d) => (
                <li key={d.code}>
                  {d.name} <span className="text-ink-muted">({t(`departmentRole.${d.role}`)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-ink-muted">{t("criteria.noDepartment")}</p>
          )}
        </div>
        <div>
          <h3 className="font-semibold">{t("criterionPage.targetsTitle")}</h3>
          {!c.indicatorsComplete ? <p className="mt-1 text-ink-muted">{t("criterionPage.indicatorsIncomplete")}</p> : null}
          {c.indicators.length === 0 ? (
            <p className="mt-1 text-ink-muted">{t("criterionPage.noIndicators")}</p>
          ) : (
            data.regionTargets.map((r) => (
              <div key={r.regionCode ?? "none"} className="mt-2">
                <p className="text-ink-muted">
                  {r.regionCode
                    ? t("criterionPage.regionTargets", { region: r.regionName ?? r.regionCode, count: formatNumber(r.communeCount, locale) })
                    : t("criterionPage.regionUnknown", { count: formatNumber(r.communeCount, locale) })}
                </p>
                <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                  {c.indicators.map((ind) => {
                    const target = r.targets.find((x) => x.code === ind.code)?.target ?? null;
                    return (
                      <div key={ind.code} className="contents">
                        <dt>
                          {t("criteria.indicatorCode", { code: ind.code })}: {ind.content}
                        </dt>
                        <dd className={cn(!target || !target.verified ? "text-ink-muted" : "font-medium")}>
                          {!target
                            ? t("criteria.noTarget")
                            : target.verified
                              ? targetText(ind.kind, target, ind.unit, locale, t)
                              : t("communePage.unverifiedTarget", { value: targetText(ind.kind, target, ind.unit, locale, t) })}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </div>
            ))
          )}
        </div>
      </CardContent>
    </Card>
  );
}

/** Links to the same page for the set's other criteria (the current one marked). */
export function CriterionNav({ data, hrefFor, t }: { data: CriterionAcross; hrefFor: (n: number) => string; t: Translator }) {
  return (
    <nav aria-label={t("criterionPage.otherCriteria")} className="text-sm">
      <p className="mb-1 font-medium text-ink-muted" aria-hidden="true">
        {t("criterionPage.otherCriteria")}
      </p>
      <ul className="flex flex-wrap gap-1">
        {data.set.criteria.map((c) => {
          const current = c.number === data.criterion.number;
          return (
            <li key={c.number}>
              <Link
                href={hrefFor(c.number)}
                aria-current={current ? "page" : undefined}
                aria-label={t("criteria.criterionTitle", { number: c.number, name: c.name })}
                title={c.name}
                className={cn(
                  "inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border px-2 tabular-nums no-underline",
                  current ? "border-brand bg-brand text-white" : "border-line-strong bg-surface text-link hover:bg-brand-soft",
                )}
              >
                {c.number}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
