import type { Catalog } from "../../types";

// The report-vs-data checker: statements found in a report's text compared with the recorded data.
// vi is the source of truth; en mirrors it.

export const reportCheckVi = {
  title: "Đối chiếu báo cáo với số liệu",
} as const;

export const reportCheckEn: Catalog<typeof reportCheckVi> = {
  title: "Check a report against the data",
};
