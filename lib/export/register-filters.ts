// Filters of the recommendation register export, with the parameter names of the /recommendations
// page (status, addressee, commune, criterion, inspection, overdue) so its download link can pass
// the page's own query on. A bad value is an error naming the parameter (the API answers 400).
// Pure.
import { isUnfinished } from "@/lib/domain/gaps";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@/lib/domain/types";
import { recommendationStatus } from "@/lib/i18n/messages/vi";

export const REGISTER_EXPORT_STATUS_FILTERS = ["unfinished", "all", ...RECOMMENDATION_STATUSES] as const;
export type RegisterExportStatusFilter = (typeof REGISTER_EXPORT_STATUS_FILTERS)[number];

export interface RegisterExportFilters {
  /** Default "unfinished", as on the page. */
  status: RegisterExportStatusFilter;
  addressee: { kind: "department" | "district" | "commune"; code: string } | null;
  communeCode: string | null;
  criterionNumber: number | null;
  inspectionId: number | null;
  overdueOnly: boolean;
}

export type FilterRead = { ok: true; filters: RegisterExportFilters } | { ok: false; parameter: string; message: string };

/** Reads the filters from a query; the first bad parameter is reported. */
export function readRegisterExportFilters(get: (name: string) => string | null): FilterRead {
  const value = (k: string) => {
    const v = get(k);
    return v === null || v.trim() === "" ? null : v.trim();
  };
  const status = value("status") ?? "unfinished";
  if (!(REGISTER_EXPORT_STATUS_FILTERS as readonly string[]).includes(status)) {
    return { ok: false, parameter: "status", message: `status must be one of ${REGISTER_EXPORT_STATUS_FILTERS.join(", ")}` };
  }
  let addressee: RegisterExportFilters["addressee"] = null;
  const addr = value("addressee");
  if (addr !== null) {
    const m = /^(department|district|commune):([A-Za-z0-9_]{1,20})$/.exec(addr);
    if (!m || (m[1] !== "department" && !/^\d{2,5}$/.test(m[2] ?? ""))) {
      return { ok: false, parameter: "addressee", message: "addressee must be department:<code>, district:<code> or commune:<code>" };
    }
    addressee = { kind: m[1] as "department" | "district" | "commune", code: m[2] as string };
  }
  const commune = value("commune");
  if (commune !== null && !/^\d{2,5}$/.test(commune)) return { ok: false, parameter: "commune", message: "commune must be a unit code" };
  const int = (k: string, max: number): number | null | "bad" => {
    const v = value(k);
    if (v === null) return null;
    return /^\d{1,10}$/.test(v) && Number(v) >= 1 && Number(v) <= max ? Number(v) : "bad";
  };
  const criterion = int("criterion", 99);
  if (criterion === "bad") return { ok: false, parameter: "criterion", message: "criterion must be a criterion number (1–99)" };
  const inspection = int("inspection", 2_000_000_000);
  if (inspection === "bad") return { ok: false, parameter: "inspection", message: "inspection must be an inspection id" };
  const overdue = value("overdue");
  if (overdue !== null && overdue !== "1") return { ok: false, parameter: "overdue", message: "overdue must be 1 or absent" };
  return {
    ok: true,
    filters: {
      status: status as RegisterExportStatusFilter,
      addressee,
      communeCode: commune,
      criterionNumber: criterion,
      inspectionId: inspection,
      overdueOnly: overdue === "1",
    },
  };
}

/** Does a row (its status and overdue flag on the date) pass the date-dependent filters? */
export function passesStatusFilters(f: RegisterExportFilters, status: RecommendationStatus, overdue: boolean): boolean {
  if (f.overdueOnly && !overdue) return false;
  if (f.status === "all") return true;
  if (f.status === "unfinished") return isUnfinished(status);
  return status === f.status;
}

/** The filters in words, for the metadata sheet. */
export function describeRegisterFilters(f: RegisterExportFilters): string {
  const parts: string[] = [];
  parts.push(
    f.status === "all" ? "mọi trạng thái" : f.status === "unfinished" ? "chưa hoàn thành (chưa thực hiện, đang thực hiện)" : `trạng thái “${recommendationStatus[f.status]}”`,
  );
  if (f.overdueOnly) parts.push("chỉ kiến nghị quá hạn");
  if (f.communeCode) parts.push(`xã mã ${f.communeCode}`);
  if (f.criterionNumber !== null) parts.push(`tiêu chí ${f.criterionNumber}`);
  if (f.inspectionId !== null) parts.push(`đợt kiểm tra số ${f.inspectionId}`);
  if (f.addressee) parts.push(`đơn vị thực hiện ${f.addressee.kind === "department" ? "sở" : f.addressee.kind === "district" ? "huyện" : "xã"} ${f.addressee.code}`);
  return parts.join("; ");
}
