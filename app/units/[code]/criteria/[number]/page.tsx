import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CriterionCommuneTable } from "@/components/criterion/criterion-commune-table";
import { CriterionAbout, CriterionNav, CriterionTallyCards } from "@/components/criterion/criterion-overview";
import { Callout } from "@/components/ui/callout";
import { criterionHref, unitHref } from "@/components/units/links";
import { UnitHeading } from "@/components/units/unit-heading";
import { requireScope } from "@/lib/auth/session";
import { getCriterionAcross } from "@/lib/data/criterion";
import { readableAncestors } from "@/lib/data/scope";
import { parseCriterionNumber } from "@/lib/domain/criterion-across";
import { getI18n } from "@/lib/i18n/server";
import { readAsOf, unitCodeSchema, type AsOf } from "@/lib/validation/params";

type Props = {
  params: Promise<{ code: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The as-of date from the URL: today when absent or invalid (then `invalid` is true). */
function asOfFrom(sp: Record<string, string | string[] | undefined>, now: Date): { asOf: AsOf; invalid: boolean } {
  const parsed = readAsOf(typeof sp.asOf === "string" ? sp.asOf : undefined, now);
  if (parsed.ok) return { asOf: parsed.asOf, invalid: false };
  return { asOf: (readAsOf(undefined, now) as { ok: true; asOf: AsOf }).asOf, invalid: true };
}

async function load(code: string, rawNumber: string, asOf: AsOf) {
  const number = parseCriterionNumber(rawNumber);
  if (number === null || !unitCodeSchema.safeParse(code).success) return null;
  return getCriterionAcross(await requireScope(), code, number, asOf.cutoff);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ code, number }, sp, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const data = await load(code, number, asOfFrom(sp, new Date()).asOf);
  if (!data) return { title: t("criterionPage.notFoundTitle") };
  return {
    title: t("criterionPage.metaTitle", { number: data.criterion.number, unit: `${t(`unitKind.${data.area.kind}`)} ${data.area.name}` }),
  };
}

/**
 * /units/{code}/criteria/{number}?asOf=YYYY-MM-DD — one criterion across the communes of a
 * district or province. An unknown unit, a commune, or a number not in the set in force → 404.
 */
export default async function CriterionPage({ params, searchParams }: Props) {
  const [{ code, number }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const now = new Date();
  const { asOf, invalid } = asOfFrom(sp, now);
  const data = await load(code, number, asOf);
  if (!data) notFound();
  const readable = readableAncestors(await requireScope(), data.area.ancestors);

  const c = data.criterion;
  const unitLabel = `${t(`unitKind.${data.area.kind}`)} ${data.area.name}`;
  return (
    <>
      <UnitHeading
        unit={data.area}
        ancestors={data.area.ancestors}
        readable={readable}
        asOf={asOf}
        setName={data.set.name}
        locale={locale}
        t={t}
        now={now}
        subpage={{ title: t("criteria.criterionTitle", { number: c.number, name: c.name }), path: criterionHref(data.area.code, c.number) }}
      >
        {invalid ? <Callout variant="warning">{t("errors.invalidAsOf")}</Callout> : null}
        <p className="text-ink-muted">{t("criterionPage.intro", { number: c.number, unit: unitLabel })}</p>
      </UnitHeading>
      <div className="space-y-6">
        <CriterionTallyCards data={data} locale={locale} t={t} />
        <section aria-labelledby="criterion-communes-heading" className="space-y-2">
          <h2 id="criterion-communes-heading" className="text-lg font-semibold">
            {t("criterionPage.tableTitle")}
          </h2>
          <CriterionCommuneTable data={data} hrefFor={(unitCode) => unitHref(unitCode, asOf)} locale={locale} t={t} />
        </section>
        <CriterionAbout data={data} locale={locale} t={t} />
        <CriterionNav data={data} hrefFor={(n) => criterionHref(data.area.code, n, asOf)} t={t} />
      </div>
    </>
  );
}
