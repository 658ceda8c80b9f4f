import type { Metadata } from "next";
import Link from "next/link";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { nationalLines, targetLabel } from "@/components/settings/target-text";
import { Callout } from "@/components/ui/callout";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getProvinceTargets } from "@/lib/data/targets";
import { getI18n, getT } from "@/lib/i18n/server";
import { settingsContext } from "../settings-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.targets.title") };
}

/** Every indicator of the set in use: the national level for the province's region beside the
 * province's own, with a link to set it. */
export default async function TargetsPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const ctx = await settingsContext(sp.province, "settings");
  const data = await getProvinceTargets(ctx.scope, ctx.province.code);
  const indicators = data?.indicators ?? [];
  const criteria = [...new Map(indicators.map((i) => [i.criterionNumber, i.criterionName])).entries()];
  const withProvincial = indicators.filter((i) => i.provincial.length > 0).length;
  const area = data?.areaCode ?? "—";
  const editHref = (code: string) => `/settings/targets/${encodeURIComponent(code)}${ctx.query}`;
  return (
    <SettingsShell
      section="targets"
      title={t("settings.targets.title")}
      intro={data?.set ? t("settings.targets.intro", { set: data.set.code, area }) : undefined}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      locale={locale}
      t={t}
    >
      {!data?.set ? (
        <Callout variant="info">{t("settings.targets.noSet")}</Callout>
      ) : (
        <>
          <p className="text-sm" data-testid="provincial-count">
            {t("settings.targets.count", { count: withProvincial })}
          </p>
          <Table scrollLabel={t("settings.targets.caption", { area })}>
            <TableCaption>{t("settings.targets.caption", { area })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("settings.targets.colIndicator")}</TableHead>
                <TableHead>{t("settings.targets.colNational")}</TableHead>
                <TableHead>{t("settings.targets.colProvince")}</TableHead>
                <TableHead>{t("settings.targets.colAction")}</TableHead>
              </TableRow>
            </TableHeader>
            {criteria.map(([number, name]) => (
              <TableBody key={number}>
                <TableRow className="bg-canvas">
                  <TableHead scope="colgroup" colSpan={4} className="text-sm">
                    {t("settings.targets.criterion", { number, name })}
                  </TableHead>
                </TableRow>
                {indicators
                  .filter((i) => i.criterionNumber === number)
                  .map((i) => (
                    <TableRow key={i.id} data-indicator={i.code}>
                      <TableHead scope="row" className="max-w-md text-sm">
                        <span className="font-semibold">{t("settings.targets.indicator", { code: i.code })}</span>: <span className="font-normal">{i.content}</span>
                      </TableHead>
                      <TableCell data-testid="national-target">
                        <ul>
                          {nationalLines(i.kind, i.unit, i.national, locale, t).map((l, k) => (
                            <li key={k} className={l.muted ? "text-ink-muted" : undefined}>
                              {l.text}
                            </li>
                          ))}
                          {!i.national.some((n) => n.verified)
                            ? i.reference
                                .filter((r) => r.verified)
                                .map((r, k) => (
                                  <li key={`r${k}`} className="text-xs text-ink-muted">
                                    {t("settings.targets.reference", { target: targetLabel(i.kind, i.unit, r, locale, t) })}
                                  </li>
                                ))
                            : null}
                        </ul>
                      </TableCell>
                      <TableCell data-testid="province-target">
                        {i.provincial.length ? (
                          <ul className="space-y-1">
                            {i.provincial.map((p) => (
                              <li key={p.id}>
                                <span className="font-medium">{targetLabel(i.kind, i.unit, p, locale, t)}</span>
                                {p.note ? <span className="block text-xs text-ink-muted">{t("settings.targets.basis", { basis: p.note })}</span> : null}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <span className="text-ink-muted">{t("settings.targets.noProvince")}</span>
                        )}
                      </TableCell>
                      <TableCell>
                        <Link href={editHref(i.code)} aria-label={t("settings.targets.editLabel", { code: i.code })} className="whitespace-nowrap text-link underline underline-offset-2">
                          {t("settings.targets.edit")}
                        </Link>
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            ))}
          </Table>
        </>
      )}
    </SettingsShell>
  );
}
