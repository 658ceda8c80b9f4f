import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/data/audit";
import { SCOPE_REQUIREMENTS } from "@/lib/domain/user-scope";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { lookup } from "@/lib/i18n/translate";
import type { Translator } from "@/lib/i18n/types";
import { auditChanges } from "./audit-diff";
import { roleName } from "./users-table";

type FieldKey = "username" | "displayName" | "role" | "unit" | "department" | "active" | "password" | "apiToken" | "key" | "value" | "indicator" | "area" | "year" | "op" | "valueText" | "secondaryMin" | "basis";
const FIELDS: readonly string[] = ["username", "displayName", "role", "unit", "department", "active", "password", "apiToken", "key", "value", "indicator", "area", "year", "op", "valueText", "secondaryMin", "basis", "title", "inspectedOn", "leadName", "text", "dueText", "dueDate", "status"];

/** One audit value in words: statuses and roles by name, ISO days as dd/mm/yyyy, numbers in the locale. */
export function valueText(field: string, v: string | number | boolean | null | undefined, locale: Locale, t: Translator, messages: unknown): string {
  if (v === null || v === undefined || v === "") return t("settings.audit.none");
  if (typeof v === "boolean") return v ? t("common.yes") : t("common.no");
  if (field === "role" && typeof v === "string" && Object.hasOwn(SCOPE_REQUIREMENTS, v)) return roleName(v, t);
  if ((field === "apiToken" || field === "password") && typeof v === "string") return lookup(messages, `settings.audit.values.${v}`) ?? v;
  if (field === "key" && typeof v === "string") return lookup(messages, `settings.audit.settingKey.${v}`) ?? v;
  if (field === "op" && typeof v === "string") return v === ">=" ? "≥" : v === "<=" ? "≤" : "=";
  if (field === "status" && typeof v === "string") return lookup(messages, `recommendationStatus.${v}`) ?? v;
  if ((field === "dueDate" || field === "inspectedOn") && typeof v === "string") return formatDate(v, locale);
  if (typeof v === "number") return field === "year" ? String(v) : formatNumber(v, locale, { maximumFractionDigits: 3 });
  if (field === "value" && /^\d+(\.\d+)?$/.test(v)) return formatNumber(Number(v), locale, { maximumFractionDigits: 3 });
  return String(v);
}

/** The change log as a table: when, who, what (subject and action), old → new, reason. Read-only. */
export function AuditTable({ entries, locale, t, messages }: { entries: AuditEntry[]; locale: Locale; t: Translator; messages: unknown }) {
  const actionText = (a: string) => lookup(messages, `settings.audit.action.${a.replace(".", "_")}`) ?? a;
  const entityText = (e: string) => lookup(messages, `settings.audit.entity.${e}`) ?? e;
  const fieldText = (f: string) => (FIELDS.includes(f) ? t(`settings.audit.field.${f as FieldKey}`) : f);
  return (
    <Table scrollLabel={t("settings.audit.caption")} wrapperClassName="relative" className="min-w-[56rem]">
      <TableCaption className="sr-only">{t("settings.audit.caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("settings.audit.colWhen")}</TableHead>
          <TableHead>{t("settings.audit.colWho")}</TableHead>
          <TableHead>{t("settings.audit.colWhat")}</TableHead>
          <TableHead>{t("settings.audit.colChange")}</TableHead>
          <TableHead>{t("settings.audit.colReason")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id} data-audit-entry={e.id} data-action={e.action}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
            </TableCell>
            <TableCell>{e.actor ? `${e.actor.displayName} (${e.actor.username})` : t("settings.audit.system")}</TableCell>
            <TableCell>
              <span className="block font-medium">{actionText(e.action)}</span>
              <span className="text-xs text-ink-muted">
                {entityText(e.entity)} {e.entityId}
              </span>
            </TableCell>
            <TableCell>
              <ul className="space-y-0.5">
                {auditChanges(e.oldValue, e.newValue).map((c) => (
                  <li key={c.field}>
                    <span className="text-ink-muted">{fieldText(c.field)}:</span>{" "}
                    {e.oldValue && e.newValue && c.from !== c.to ? (
                      <>
                        <del className="decoration-1">{valueText(c.field, c.from, locale, t, messages)}</del> → <ins className="no-underline">{valueText(c.field, c.to, locale, t, messages)}</ins>
                      </>
                    ) : (
                      valueText(c.field, e.newValue ? c.to : c.from, locale, t, messages)
                    )}
                  </li>
                ))}
              </ul>
            </TableCell>
            <TableCell className="max-w-xs">{e.reason ?? <span className="text-ink-muted">{t("settings.audit.none")}</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
