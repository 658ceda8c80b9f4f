import Link from "next/link";
import type { RegisterOptions } from "@/lib/data/recommendations";
import type { Translator } from "@/lib/i18n/types";
import { REGISTER_STATUS_FILTERS, type RegisterFilters } from "@/lib/validation/recommendation";

const selectClass = "mt-1 w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand";
const labelClass = "block text-xs font-medium text-ink-muted";

/** The register's filters as a plain GET form (works without JavaScript; the URL is shareable). */
export function RegisterFiltersForm({ filters, options, t }: { filters: RegisterFilters; options: RegisterOptions; t: Translator }) {
  const addressee = filters.addressee ? `${filters.addressee.kind}:${filters.addressee.code}` : "";
  return (
    <form method="get" action="/recommendations" aria-label={t("recommendations.filtersLabel")} className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="register-filters">
      <div>
        <label htmlFor="f-status" className={labelClass}>
          {t("recommendations.filterStatus")}
        </label>
        <select id="f-status" name="status" defaultValue={filters.status} className={selectClass}>
          {REGISTER_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {s === "unfinished" ? t("recommendations.statusUnfinished") : s === "all" ? t("recommendations.statusAll") : t(`recommendationStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-addressee" className={labelClass}>
          {t("recommendations.filterAddressee")}
        </label>
        <select id="f-addressee" name="addressee" defaultValue={addressee} className={selectClass}>
          <option value="">{t("recommendations.any")}</option>
          <optgroup label={t("recommendations.groupDepartments")}>
            {options.departments.map((d) => (
              <option key={d.code} value={`department:${d.code}`}>
                {d.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("recommendations.groupDistricts")}>
            {options.districts.map((d) => (
              <option key={d.code} value={`district:${d.code}`}>
                {t("recommendations.addresseeDistrict", { name: d.name })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("recommendations.groupCommunes")}>
            {options.communes.map((c) => (
              <option key={c.code} value={`commune:${c.code}`}>
                {c.kind === "township" ? t("recommendations.addresseeTownship", { name: c.name }) : t("recommendations.addresseeCommune", { name: c.name })}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="f-commune" className={labelClass}>
          {t("recommendations.filterCommune")}
        </label>
        <select id="f-commune" name="commune" defaultValue={filters.communeCode ?? ""} className={selectClass}>
          <option value="">{t("recommendations.any")}</option>
          {options.communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-criterion" className={labelClass}>
          {t("recommendations.filterCriterion")}
        </label>
        <select id="f-criterion" name="criterion" defaultValue={filters.criterionNumber === null ? "" : String(filters.criterionNumber)} className={selectClass}>
          <option value="">{t("recommendations.any")}</option>
          {options.criteria.map((c) => (
            <option key={c.number} value={String(c.number)}>
              {c.number}. {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-inspection" className={labelClass}>
          {t("recommendations.filterInspection")}
        </label>
        <select id="f-inspection" name="inspection" defaultValue={filters.inspectionId === null ? "" : String(filters.inspectionId)} className={selectClass}>
          <option value="">{t("recommendations.any")}</option>
          {options.inspections.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {i.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdueOnly} className="h-4 w-4" />
          {t("recommendations.overdueOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2">
          {t("recommendations.apply")}
        </button>
        <Link href="/recommendations" className="text-sm text-link underline underline-offset-2">
          {t("recommendations.clear")}
        </Link>
      </div>
    </form>
  );
}

/** The query string of the register for a page, keeping the filters. */
export function registerHref(filters: RegisterFilters, page: number): string {
  const q = new URLSearchParams();
  if (filters.status !== "unfinished") q.set("status", filters.status);
  if (filters.addressee) q.set("addressee", `${filters.addressee.kind}:${filters.addressee.code}`);
  if (filters.communeCode) q.set("commune", filters.communeCode);
  if (filters.criterionNumber !== null) q.set("criterion", String(filters.criterionNumber));
  if (filters.inspectionId !== null) q.set("inspection", String(filters.inspectionId));
  if (filters.overdueOnly) q.set("overdue", "1");
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/recommendations?${s}` : "/recommendations";
}
