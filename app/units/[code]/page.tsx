import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CommuneView } from "@/components/commune/commune-view";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { Skeleton } from "@/components/ui/skeleton";
import { AreaView } from "@/components/units/area-view";
import { unitHref } from "@/components/units/links";
import { ProvinceOverview } from "@/components/units/province-overview";
import { UnitHeading } from "@/components/units/unit-heading";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireScope, requireViewer } from "@/lib/auth/session";
import { placeOf, readableAncestors } from "@/lib/data/scope";
import { getCommuneDetail } from "@/lib/data/commune";
import { listCommuneEvidence } from "@/lib/data/evidence";
import { listCommuneHistory } from "@/lib/data/history";
import { getProvinceSettings } from "@/lib/data/settings";
import { getAreaStanding } from "@/lib/data/standing";
import { getUnit, type UnitDetail } from "@/lib/data/units";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/types";
import { readAsOf, unitCodeSchema, type AsOf } from "@/lib/validation/params";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadUnit(code: string) {
  return unitCodeSchema.safeParse(code).success ? getUnit(await requireScope(), code) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const [unit, { t }] = await Promise.all([loadUnit(code), getI18n()]);
  return { title: unit ? `${t(`unitKind.${unit.kind}`)} ${unit.name}` : t("errors.unitNotFound") };
}

/** A province, district or commune: reads the URL, checks the unit exists, composes widgets. */
export default async function UnitPage({ params, searchParams }: Props) {
  const [{ code }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const unit = await loadUnit(code);
  if (!unit) notFound();
  // Which ancestors the viewer may open, once for the page: the others are named, not linked.
  const readable = readableAncestors(await requireScope(), unit.ancestors);
  const now = new Date();
  const raw = typeof sp.asOf === "string" ? sp.asOf : undefined;
  const parsed = readAsOf(raw, now);
  const asOf = parsed.ok ? parsed.asOf : (readAsOf(undefined, now) as { ok: true; asOf: AsOf }).asOf;
  const sort = typeof sp.sort === "string" ? sp.sort : Array.isArray(sp.sort) ? sp.sort[0] : undefined;

  return (
    <>
      <UnitHeading unit={unit} ancestors={unit.ancestors} readable={readable} asOf={asOf} setName={null} locale={locale} t={t}>
        {!parsed.ok ? <Callout variant="warning">{t("errors.invalidAsOf")}</Callout> : null}
        <UnitBadges unit={unit} t={t} />
        {unit.kind === "commune" ? <CommuneWorkLinks unit={unit} t={t} /> : null}
      </UnitHeading>
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <UnitBody unit={unit} readable={readable} asOf={asOf} now={now} sort={sort} locale={locale} t={t} />
      </Suspense>
    </>
  );
}

async function UnitBody({
  unit,
  readable,
  asOf,
  now,
  sort,
  locale,
  t,
}: {
  unit: UnitDetail;
  readable: ReadonlySet<string>;
  asOf: AsOf;
  now: Date;
  sort?: string;
  locale: Locale;
  t: Translator;
}) {
  const scope = await requireScope();
  if (unit.kind === "commune") {
    const [detail, history, evidence] = await Promise.all([
      getCommuneDetail(scope, unit.code, asOf.cutoff, now),
      listCommuneHistory(scope, unit.code, asOf.cutoff),
      listCommuneEvidence(scope, unit.code, asOf.cutoff),
    ]);
    if (!detail) notFound();
    return (
      <>
        {detail.set ? <p className="-mt-4 mb-4 text-sm text-ink-muted">{t("area.criteriaSetLine", { set: detail.set.name })}</p> : null}
        <CommuneView detail={detail} history={history} evidence={evidence} asOf={asOf} readable={readable} now={now} locale={locale} t={t} />
      </>
    );
  }
  if (unit.kind === "district" || unit.kind === "province") {
    const [area, settings] = await Promise.all([
      getAreaStanding(scope, unit.code, asOf.cutoff),
      unit.kind === "province" ? getProvinceSettings(scope, unit.code) : null,
    ]);
    if (!area) notFound();
    return (
      <>
        {area.set ? <p className="-mt-4 mb-4 text-sm text-ink-muted">{t("area.criteriaSetLine", { set: area.set.name })}</p> : null}
        {settings ? (
          <div className="mb-6">
            <ProvinceOverview area={area} target={settings.standardShareTarget} hrefFor={(c) => unitHref(c, asOf)} locale={locale} t={t} />
          </div>
        ) : null}
        <AreaView area={area} asOf={asOf} sort={sort} locale={locale} t={t} />
      </>
    );
  }
  return <p className="text-ink-muted">{t("communePage.townshipNote")}</p>;
}

function UnitBadges({ unit, t }: { unit: UnitDetail; t: Translator }) {
  const badges = [
    unit.especiallyDisadvantaged ? <Badge key="dbkk" variant="info">{t("unit.disadvantaged")}</Badge> : null,
    unit.targetYear ? <Badge key="ty" variant="brand">{t("unit.targetYear", { year: unit.targetYear })}</Badge> : null,
    unit.villageCount ? <Badge key="vc">{`${t("unit.villageCount")}: ${unit.villageCount}`}</Badge> : null,
    unit.aliases.length ? <Badge key="al">{`${t("unit.aliases")}: ${unit.aliases.join(", ")}`}</Badge> : null,
  ].filter(Boolean);
  return badges.length ? <div className="flex flex-wrap gap-2">{badges}</div> : null;
}

/** Links to the commune's editing and review pages, for those whose role lets them work there
 * (the pages and their actions check again). */
async function CommuneWorkLinks({ unit, t }: { unit: UnitDetail; t: Translator }) {
  const viewer = await requireViewer();
  const place = placeOf(unit, [...unit.ancestors].reverse());
  const edits =
    can(viewer, "assessment.self.edit", place) ||
    can(viewer, "assessment.verify", { ...place, criterionDepartments: viewer.departmentCode ? [viewer.departmentCode] : [] });
  const reviews = can(viewer, "assessment.self.submit", place) || can(viewer, "review.decide", place);
  if (!edits && !reviews) return null;
  const link = "rounded-md border border-brand px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";
  return (
    <div className="flex flex-wrap gap-2" data-testid="commune-work-links">
      {edits ? (
        <Link href={`/units/${unit.code}/edit`} className={link}>
          {t("editing.openEditor")}
        </Link>
      ) : null}
      {reviews ? (
        <Link href={`/units/${unit.code}/review`} className={link}>
          {t("review.openReview")}
        </Link>
      ) : null}
    </div>
  );
}
