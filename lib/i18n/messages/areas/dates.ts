import type { Catalog } from "../../types";

// Message areas owned by one part of the app. vi is the source of truth; en must mirror it.

export const asOfVi = {
  title: "Xem số liệu tại ngày",
} as const;

export const asOfEn: Catalog<typeof asOfVi> = {
  title: "Figures as of",
};

export const criterionPageVi = {
  title: "Tiêu chí theo từng xã",
} as const;

export const criterionPageEn: Catalog<typeof criterionPageVi> = {
  title: "Criterion across communes",
};

export const searchPageVi = {
  title: "Tìm đơn vị hành chính",
} as const;

export const searchPageEn: Catalog<typeof searchPageVi> = {
  title: "Find an administrative unit",
};
