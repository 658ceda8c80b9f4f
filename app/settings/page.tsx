import type { Metadata } from "next";
import Link from "next/link";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { StandardShareForm } from "@/components/settings/standard-share-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { saveStandardShareAction } from "@/lib/actions/settings";
import { getStandardShareSetting } from "@/lib/data/settings";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getI18n, getT } from "@/lib/i18n/server";
import { settingsContext } from "./settings-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.title") };
}

/** The coordination office's settings: the standard-share target, and the other sections. */
export default async function SettingsPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const ctx = await settingsContext(sp.province);
  const share = ctx.rights.settings ? await getStandardShareSetting(ctx.scope, ctx.province.code) : null;
  const visible = visibleSections(ctx.rights);
  const cards = (["targets", "users", "audit"] as const).filter((k) => visible[k]);
  return (
    <SettingsShell section="overview" title={t("settings.title")} intro={t("settings.intro")} province={ctx.province} provinces={ctx.provinces} query={ctx.query} visible={visible} locale={locale} t={t}>
      {share ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("settings.share.title")}</CardTitle>
            <CardDescription>{t("settings.share.description")}</CardDescription>
          </CardHeader>
          <CardContent className="space-y-3">
            <p className="text-sm" data-testid="standard-share-current">
              {share.percent === null ? t("settings.share.none") : t("settings.share.current", { value: `${formatNumber(share.percent, locale, { maximumFractionDigits: 3 })}%` })}
              {share.lastChange ? (
                <span className="block text-xs text-ink-muted">{t("settings.form.lastChange", { by: share.lastChange.by ?? "—", at: formatDateTime(share.lastChange.at, locale) })}</span>
              ) : null}
            </p>
            <StandardShareForm action={saveStandardShareAction} provinceCode={ctx.province.code} initial={{ percent: share.percent, version: share.version }} />
          </CardContent>
        </Card>
      ) : null}
      <ul className="grid gap-4 md:grid-cols-3">
        {cards.map((k) => (
          <li key={k}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle>
                  <Link href={`/settings/${k}${ctx.query}`} className="text-link underline-offset-2 hover:underline">
                    {t(`settings.nav.${k}`)}
                  </Link>
                </CardTitle>
              </CardHeader>
              <CardContent>
                <p className="text-sm text-ink-muted">{t(`settings.cards.${k}`)}</p>
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
    </SettingsShell>
  );
}
