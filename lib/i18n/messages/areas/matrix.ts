import type { Catalog } from "../../types";

// Message areas owned by one part of the app. vi is the source of truth; en must mirror it.

export const matrixVi = {
  title: "Bảng xã × tiêu chí",
} as const;

export const matrixEn: Catalog<typeof matrixVi> = {
  title: "Communes × criteria",
};
