import Link from "next/link";
import { Suspense } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { unitHref } from "@/components/units/links";
import { ProvinceOverview } from "@/components/units/province-overview";
import { scopeFor } from "@/lib/auth/scope";
import { requireScope, requireViewer } from "@/lib/auth/session";
import { getProvinceSettings } from "@/lib/data/settings";
import { getAreaStanding } from "@/lib/data/standing";
import { getUnit, listProvinces } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { readAsOf } from "@/lib/validation/params";

/** Home: every province with its key figures, target progress and district ranking. */
export default async function HomePage() {
  const { locale, t } = await getI18n();
  const viewer = await requireViewer();
  const scope = scopeFor(viewer);
  const provinces = await listProvinces(scope);
  // District officers and commune officials read only their own unit: lead them there.
  const ownCode = provinces.length === 0 ? (viewer.communeCode ?? viewer.districtCode) : null;
  const own = ownCode ? await getUnit(scope, ownCode) : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("home.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("home.intro")}</p>
      </header>
      {own ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("home.yourUnit")}</CardTitle>
          </CardHeader>
          <CardContent>
            <Link href={unitHref(own.code)} className="text-lg font-medium text-link underline-offset-2 hover:underline">
              {t(`unitKind.${own.kind}`)} {own.name}
            </Link>
          </CardContent>
        </Card>
      ) : provinces.length === 0 ? (
        <p className="text-ink-muted">{t("home.noProvinces")}</p>
      ) : null}
      {provinces.map((p) => (
        <Suspense key={p.code} fallback={<Skeleton className="h-80 w-full" />}>
          <ProvinceCard code={p.code} locale={locale} t={t} />
        </Suspense>
      ))}
    </div>
  );
}

async function ProvinceCard({ code, locale, t }: { code: string; locale: Locale; t: Translator }) {
  const scope = await requireScope();
  const today = readAsOf(undefined, new Date());
  if (!today.ok) return null;
  const [area, settings] = await Promise.all([getAreaStanding(scope, code, today.asOf.cutoff), getProvinceSettings(scope, code)]);
  if (!area) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">
          <Link href={unitHref(area.unit.code)} className="text-link underline-offset-2 hover:underline">
            {t("unitKind.province")} {area.unit.name}
          </Link>
        </CardTitle>
        {area.set ? <CardDescription>{t("area.criteriaSetLine", { set: area.set.name })}</CardDescription> : null}
      </CardHeader>
      <CardContent>
        <ProvinceOverview area={area} target={settings.standardShareTarget} hrefFor={(c) => unitHref(c)} locale={locale} t={t} />
      </CardContent>
    </Card>
  );
}
