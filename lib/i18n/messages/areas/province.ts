import type { Catalog } from "../../types";

// Province overview (home page and province page). vi is the source of truth; en mirrors it.

export const provinceVi = {
  title: "Tổng quan tỉnh",
  districtCount: "Số huyện",
  shareTitle: "Tỷ lệ xã đạt chuẩn nông thôn mới",
  shareValue: "{share} ({met}/{total} xã)",
  targetLabel: "Mục tiêu của tỉnh: {target}",
  targetReached: "Đã đạt mục tiêu",
  targetMissing: "Cần thêm {count} xã đạt chuẩn để đạt mục tiêu",
  noTarget: "Chưa đặt mục tiêu tỷ lệ xã đạt chuẩn. Văn phòng Điều phối đặt mục tiêu trong phần cài đặt của tỉnh.",
  progressLabel: "Tiến độ so với mục tiêu",
  rankingTitle: "Xếp hạng các huyện",
  rankingCaption: "Các huyện xếp theo bình quân tiêu chí/xã, rồi theo tỷ lệ xã đạt chuẩn",
  colRank: "Hạng",
  colShare: "Tỷ lệ xã đạt chuẩn",
  colDistribution: "Phân bố (số tiêu chí: số xã)",
  dissolved: "đã giải thể từ {date}",
} as const;

export const provinceEn: Catalog<typeof provinceVi> = {
  title: "Province overview",
  districtCount: "Districts",
  shareTitle: "Share of communes meeting the NTM standard",
  shareValue: "{share} ({met}/{total} communes)",
  targetLabel: "Province target: {target}",
  targetReached: "Target reached",
  targetMissing: "{count} more communes must meet the standard to reach the target",
  noTarget: "No target share has been set. The coordination office sets it in the province settings.",
  progressLabel: "Progress towards the target",
  rankingTitle: "District ranking",
  rankingCaption: "Districts by average criteria met per commune, then by share meeting the standard",
  colRank: "Rank",
  colShare: "Share meeting the standard",
  colDistribution: "Distribution (criteria: communes)",
  dissolved: "ceased on {date}",
};
