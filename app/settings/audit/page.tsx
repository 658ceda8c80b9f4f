import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/settings/audit-table";
import { SettingsShell, visibleSections } from "@/components/settings/settings-shell";
import { Callout } from "@/components/ui/callout";
import { AUDIT_ENTITIES, listAuditEntries, type AuditEntity } from "@/lib/data/audit";
import { catalogs } from "@/lib/i18n/messages";
import { getI18n, getT } from "@/lib/i18n/server";
import { settingsContext } from "../settings-context";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.audit.title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** The audit log of the province (everything for an administrator), newest first, filterable by
 * subject. Read-only: the app offers no way to change or delete an entry. */
export default async function AuditPage({ searchParams }: Props) {
  const [sp, { locale, t }] = await Promise.all([searchParams, getI18n()]);
  const ctx = await settingsContext(sp.province);
  const rawEntity = one(sp.entity);
  const rawId = one(sp.id);
  const rawBefore = one(sp.before);
  const entity = rawEntity && (AUDIT_ENTITIES as readonly string[]).includes(rawEntity) ? (rawEntity as AuditEntity) : null;
  const entityId = entity && rawId && /^[\w./-]{1,60}$/.test(rawId) ? rawId : null;
  const before = rawBefore && /^\d{1,10}$/.test(rawBefore) ? Number(rawBefore) : null;
  const invalid = (rawEntity !== undefined && rawEntity !== "" && !entity) || (rawId !== undefined && !entityId) || (rawBefore !== undefined && before === null);
  const isAdmin = ctx.viewer.role === "admin";
  const page = await listAuditEntries(ctx.scope, { provinceCode: isAdmin ? null : ctx.province.code, entity, entityId, before, limit: 50 });
  const params = (extra: Record<string, string | null>) => {
    const q = new URLSearchParams();
    if (isAdmin) q.set("province", ctx.province.code);
    for (const [k, v] of Object.entries({ entity, id: entityId, ...extra })) if (v !== null && v !== undefined) q.set(k, String(v));
    const s = q.toString();
    return s ? `?${s}` : "";
  };
  return (
    <SettingsShell
      section="audit"
      title={t("settings.audit.title")}
      intro={t("settings.audit.intro")}
      province={ctx.province}
      provinces={ctx.provinces}
      query={ctx.query}
      visible={visibleSections(ctx.rights)}
      locale={locale}
      t={t}
    >
      {invalid ? <Callout variant="warning">{t("settings.audit.invalidFilter")}</Callout> : null}
      <form method="get" className="flex flex-wrap items-end gap-2">
        {isAdmin ? <input type="hidden" name="province" value={ctx.province.code} /> : null}
        <div>
          <label htmlFor="audit-entity" className="block text-sm font-medium">
            {t("settings.audit.filter")}
          </label>
          <select id="audit-entity" name="entity" defaultValue={entity ?? ""} className="mt-1 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm">
            <option value="">{t("settings.audit.filterAll")}</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`settings.audit.entity.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium hover:bg-canvas">
          {t("settings.audit.apply")}
        </button>
      </form>
      {entity && entityId ? (
        <p className="text-sm">
          {t("settings.audit.forEntity", { entity: t(`settings.audit.entity.${entity}`), id: entityId })}{" "}
          <Link href={`/settings/audit${ctx.query}`} className="text-link underline underline-offset-2">
            {t("settings.audit.showAll")}
          </Link>
        </p>
      ) : null}
      {page.entries.length === 0 ? (
        <p className="text-sm text-ink-muted" data-testid="audit-empty">
          {t("settings.audit.empty")}
        </p>
      ) : (
        <AuditTable entries={page.entries} locale={locale} t={t} messages={catalogs[locale]} />
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        {before !== null ? (
          <Link href={`/settings/audit${params({})}`} className="text-link underline underline-offset-2">
            {t("settings.audit.newest")}
          </Link>
        ) : null}
        {page.nextBefore !== null ? (
          <Link href={`/settings/audit${params({ before: String(page.nextBefore) })}`} className="text-link underline underline-offset-2">
            {t("settings.audit.older")}
          </Link>
        ) : null}
      </p>
    </SettingsShell>
  );
}
