import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { ConsistencyPanel } from "@/components/units/consistency-panel";
import { unitHref } from "@/components/units/links";
import { requireScope } from "@/lib/auth/session";
import { getAreaStanding } from "@/lib/data/standing";
import { listProvinces } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n/config";
import { getI18n, getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { readAsOf } from "@/lib/validation/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("consistency.pageTitle") };
}

/** Every stated-vs-computed check of every province, with links to the units concerned. */
export default async function ConsistencyPage() {
  const { locale, t } = await getI18n();
  const provinces = await listProvinces(await requireScope());
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("consistency.pageTitle")}</h1>
        <p className="mt-1 max-w-3xl text-ink-muted">{t("consistency.pageIntro")}</p>
      </header>
      {provinces.length === 0 ? <p className="text-ink-muted">{t("home.noProvinces")}</p> : null}
      {provinces.map((p) => (
        <section key={p.code} aria-labelledby={`province-${p.code}`} className="space-y-2">
          <h2 id={`province-${p.code}`} className="text-lg font-semibold">
            {t("consistency.provinceSection", { name: p.name })}
          </h2>
          <Suspense fallback={<Skeleton className="h-48 w-full" />}>
            <ProvinceChecks code={p.code} locale={locale} t={t} />
          </Suspense>
        </section>
      ))}
    </div>
  );
}

async function ProvinceChecks({ code, locale, t }: { code: string; locale: Locale; t: Translator }) {
  const today = readAsOf(undefined, new Date());
  if (!today.ok) return null;
  const area = await getAreaStanding(await requireScope(), code, today.asOf.cutoff);
  if (!area) return null;
  return <ConsistencyPanel rows={area.consistency} hrefFor={(c) => unitHref(c)} locale={locale} t={t} headingLevel="h3" />;
}
