import Link from "next/link";
import { Suspense } from "react";
import { HomeTodo } from "@/components/home/todo";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { unitHref } from "@/components/units/links";
import { ProvinceOverview } from "@/components/units/province-overview";
import { scopeFor } from "@/lib/auth/scope";
import { requireScope, requireViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/permissions";
import { getHomeTasks, type HomeAddressee } from "@/lib/data/recommendations";
import { getProvinceSettings } from "@/lib/data/settings";
import { getAreaStanding } from "@/lib/data/standing";
import { getUnit, listProvinces } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { readAsOf } from "@/lib/validation/params";

/** Home: what is waiting for the viewer ("Việc cần làm"), then every province with its key
 * figures, target progress and district ranking. */
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
      <Suspense fallback={<Skeleton className="h-48 w-full" />}>
        <TodoSection viewer={viewer} locale={locale} t={t} />
      </Suspense>
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

/** Whose recommendations the viewer follows: the whole province for the coordination office,
 * else their department, district or commune. */
function homeAddressee(viewer: Viewer): HomeAddressee | null {
  switch (viewer.role) {
    case "coordination_office":
      return viewer.provinceCode ? { kind: "province", code: viewer.provinceCode } : null;
    case "department_inspector":
      return viewer.departmentCode ? { kind: "department", code: viewer.departmentCode } : null;
    case "district_officer":
      return viewer.districtCode ? { kind: "district", code: viewer.districtCode } : null;
    case "commune_official":
      return viewer.communeCode ? { kind: "commune", code: viewer.communeCode } : null;
    default:
      return null;
  }
}

async function TodoSection({ viewer, locale, t }: { viewer: Viewer; locale: Locale; t: Translator }) {
  const now = new Date();
  const addressee = homeAddressee(viewer);
  const tasks = await getHomeTasks(scopeFor(viewer), addressee, now);
  return <HomeTodo tasks={tasks} addressee={addressee} queueLink={viewer.role === "department_inspector" || viewer.role === "coordination_office"}
      reviewer={viewer.role === "district_officer" || viewer.role === "coordination_office"}
      now={now} locale={locale} t={t} />;
}
