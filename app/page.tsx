import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { DistrictTable } from "@/components/units/area-view";
import { unitHref } from "@/components/units/links";
import { publicReadScope } from "@/lib/auth/scope";
import { getAreaStanding } from "@/lib/data/standing";
import { listProvinces } from "@/lib/data/units";
import { formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { readAsOf } from "@/lib/validation/params";

/** Home: every province with its key figures and its districts. */
export default async function HomePage() {
  const { locale, t } = await getI18n();
  const scope = publicReadScope();
  const now = new Date();
  const today = (readAsOf(undefined, now) as Extract<ReturnType<typeof readAsOf>, { ok: true }>).asOf;
  const provinces = await listProvinces(scope);
  const areas = await Promise.all(provinces.map((p) => getAreaStanding(scope, p.code, today.cutoff)));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("home.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("home.intro")}</p>
      </header>
      {provinces.length === 0 ? <p className="text-ink-muted">{t("home.noProvinces")}</p> : null}
      {areas.map((area) =>
        area ? (
          <Card key={area.unit.code}>
            <CardHeader>
              <CardTitle as="h2">
                <Link href={unitHref(area.unit.code)} className="text-link underline-offset-2 hover:underline">
                  {t("unitKind.province")} {area.unit.name}
                </Link>
              </CardTitle>
              {area.set ? <CardDescription>{t("area.criteriaSetLine", { set: area.set.name })}</CardDescription> : null}
            </CardHeader>
            <CardContent className="space-y-4">
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
                <Stat label={t("summary.communeCount")} value={formatNumber(area.summary.communeCount, locale)} />
                <Stat
                  label={t("summary.average")}
                  value={formatNumber(area.summary.averageCriteriaMet, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                  hint={t("summary.averageHint", { count: area.summary.withFigureCount })}
                />
                <Stat
                  label={t("summary.metStandard", { total: area.set?.criteriaCount ?? 0 })}
                  value={formatNumber(area.summary.communesMeetingAll, locale)}
                />
              </div>
              <h3 className="font-semibold">{t("home.districtsTitle", { name: area.unit.name })}</h3>
              <DistrictTable districts={area.districts} href={(code) => unitHref(code)} locale={locale} t={t} />
            </CardContent>
          </Card>
        ) : null,
      )}
    </div>
  );
}
