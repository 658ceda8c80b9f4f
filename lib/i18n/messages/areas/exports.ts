import type { Catalog } from "../../types";

// Excel (XLSX) and CSV exports.
// vi is the source of truth; en mirrors it.

export const exportsVi = {
  title: "Xuất dữ liệu",
  excel: "Tải Excel",
  csv: "Tải CSV",
  csvView: "Tải CSV ({view})",
  groupLabel: "Tải về {what}",
  linkSuffix: "{what}, số liệu đến ngày {date}",
  matrix: "ma trận xã × tiêu chí",
  summary: "tổng hợp kết quả",
  gaps: "danh sách tiêu chí còn thiếu",
  register: "sổ theo dõi kiến nghị",
  viewSelf: "tự đánh giá",
  viewVerified: "thẩm định",
  hint: "Tệp Excel có trang “Thông tin” ghi ngày số liệu, nguồn và người xuất.",
} as const;

export const exportsEn: Catalog<typeof exportsVi> = {
  title: "Export",
  excel: "Download Excel",
  csv: "Download CSV",
  csvView: "Download CSV ({view})",
  groupLabel: "Download {what}",
  linkSuffix: "{what}, figures as of {date}",
  matrix: "communes × criteria matrix",
  summary: "summary of results",
  gaps: "list of criteria still lacking",
  register: "recommendation register",
  viewSelf: "self-assessment",
  viewVerified: "verified",
  hint: "The Excel file has an “Thông tin” (information) sheet with the as-of date, the sources and who exported it.",
};
