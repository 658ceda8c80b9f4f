import type { Catalog } from "../../types";

// Message areas owned by one part of the app. vi is the source of truth; en must mirror it.

export const timelineVi = {
  title: "Lịch sử thay đổi",
} as const;

export const timelineEn: Catalog<typeof timelineVi> = {
  title: "History of changes",
};

export const reasonVi = {
  title: "Lý do",
} as const;

export const reasonEn: Catalog<typeof reasonVi> = {
  title: "Reason",
};
