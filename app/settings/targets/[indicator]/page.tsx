import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { ProvincialTargetsEditor, type ProvincialRow } from "@/components/settings/target-forms";
import { nationalLines, targetLabel } from "@/components/settings/target-text";
import { vietnameseUnit } from "@/components/criterion/indicator-values";
import { Callout } from "@/components/ui/callout";
import { removeProvinceTargetAction, setProvinceTargetAction } from "@/lib/actions/targets";
import { getProvinceTargets } from "@/lib/data/targets";
import { isIndicatorKind } from "@/lib/domain/indicator";
import { formatDateTime } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { indicatorCodeSchema, opForKind } from "@/lib/validation/targets";
import { settingsContext } from "../../settings-context";

type Props = { params: Promise<{ indicator: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { indicator } = await params;
  return { title: (await getT())("settings.target.title", { code: decodeURIComponent(indicator) }) };
}

/** One indicator: the national level for the province's region, and the province's own levels
 * with forms to set, change and remove them. */
export default async function TargetPage({ params, searchParams }: Props) {
  const [{ indicator }, sp, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const code = decodeURIComponent(indicator);
  if (!indicatorCodeSchema.safeParse(code).success) notFound();
  const ctx = await settingsContext(sp.province, "settings");
  const data = await getProvinceTargets(ctx.scope, ctx.province.code, { indicatorCode: code });
  const ind = data?.indicators[0];
  if (!data || !ind) notFound();

  const op = opForKind(ind.kind);
  const supported = isIndicatorKind(ind.kind) && op !== null;
  const fixedTarget = ind.kind === "boolean" || ind.kind === "absence" ? (ind.kind === "boolean" ? t("reason.targetMet") : t("reason.targetNone")) : null;
  const rows: ProvincialRow[] = ind.provincial.map((p) => ({
    id: p.id,
    year: p.year,
    version: p.version,
    label: targetLabel(ind.kind, ind.unit, { ...p, year: null }, locale, t),
    note: p.note,
    valueNumber: p.valueNumber,
    secondaryMin: p.secondaryMin,
    unit: p.unit,
    lastChange: p.lastChange ? t("settings.form.lastChange", { by: p.lastChange.by ?? "—", at: formatDateTime(p.lastChange.at, locale) }) : null,
  }));
  const opText = op === "<=" ? t("settings.target.opAtMost") : op === ">=" ? t("settings.target.opAtLeast") : ind.kind === "absence" ? t("settings.target.opNone") : t("settings.target.opMet");
  const title = t("settings.target.title", { code: ind.code });
  return (
    <SettingsShell
      section="targets"
      title={title}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      crumbs={[{ label: t("settings.targets.indicator", { code: ind.code }) }]}
      locale={locale}
      t={t}
    >
      <section aria-labelledby="indicator-heading" className="space-y-2 rounded-lg border border-line bg-surface p-4">
        <h2 id="indicator-heading" className="font-semibold">
          {t("settings.targets.criterion", { number: ind.criterionNumber, name: ind.criterionName })}
        </h2>
        <p className="text-sm">
          <span className="font-medium">{t("settings.targets.indicator", { code: ind.code })}</span>: {ind.content}
        </p>
        <h3 className="pt-2 text-sm font-semibold">{t("settings.target.nationalHeading", { area: data.areaCode })}</h3>
        <ul className="text-sm" data-testid="national-target">
          {nationalLines(ind.kind, ind.unit, ind.national, locale, t).map((l, k) => (
            <li key={k} className={l.muted ? "text-ink-muted" : undefined}>
              {l.text}
            </li>
          ))}
          {!ind.national.some((n) => n.verified)
            ? ind.reference
                .filter((r) => r.verified)
                .map((r, k) => (
                  <li key={`r${k}`} className="text-xs text-ink-muted">
                    {t("settings.targets.reference", { target: targetLabel(ind.kind, ind.unit, r, locale, t) })}
                  </li>
                ))
            : null}
        </ul>
      </section>
      {supported ? (
        <ProvincialTargetsEditor
          facts={{
            provinceCode: ctx.province.code,
            indicatorCode: ind.code,
            kind: ind.kind,
            defaultUnit: ind.kind === "amount_min" ? vietnameseUnit(ind.national.find((n) => n.unit)?.unit ?? ind.unit) : null,
            opText,
            fixed: fixedTarget ? t("settings.target.fixed", { target: fixedTarget }) : null,
          }}
          rows={rows}
          setAction={setProvinceTargetAction}
          removeAction={removeProvinceTargetAction}
        />
      ) : (
        <Callout variant="info">{t("settings.target.unsupported")}</Callout>
      )}
      <p>
        <Link href={`/settings/targets${ctx.query}`} className="text-sm text-link underline underline-offset-2">
          {t("settings.target.back")}
        </Link>
      </p>
    </SettingsShell>
  );
}
