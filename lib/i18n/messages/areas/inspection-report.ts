import type { Catalog } from "../../types";

// The generated inspection report (print page and DOCX) and the printable gap list of a commune.
// vi is the source of truth; en mirrors it.

export const inspectionReportVi = {
  title: "Báo cáo kết quả kiểm tra",
} as const;

export const inspectionReportEn: Catalog<typeof inspectionReportVi> = {
  title: "Inspection report",
};
