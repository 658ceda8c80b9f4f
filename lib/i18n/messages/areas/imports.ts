import type { Catalog } from "../../types";

// Importing commune standings from XLSX or CSV: upload, preview, apply.
// vi is the source of truth; en mirrors it.

export const importsVi = {
  title: "Nhập dữ liệu từ tệp",
} as const;

export const importsEn: Catalog<typeof importsVi> = {
  title: "Import from a file",
};
