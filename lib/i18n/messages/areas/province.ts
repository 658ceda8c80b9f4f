import type { Catalog } from "../../types";

// Message areas owned by one part of the app. vi is the source of truth; en must mirror it.

export const provinceVi = {
  title: "Tổng quan tỉnh",
} as const;

export const provinceEn: Catalog<typeof provinceVi> = {
  title: "Province overview",
};
