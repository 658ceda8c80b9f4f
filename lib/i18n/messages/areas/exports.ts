import type { Catalog } from "../../types";

// Excel (XLSX) and CSV exports.
// vi is the source of truth; en mirrors it.

export const exportsVi = {
  title: "Xuất dữ liệu",
} as const;

export const exportsEn: Catalog<typeof exportsVi> = {
  title: "Export",
};
