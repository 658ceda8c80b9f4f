import type { Catalog } from "../../types";

// The recommendation register, progress notes, the department work queue and the per-user home list.
// vi is the source of truth; en mirrors it.

export const recommendationsVi = {
  title: "Sổ theo dõi kiến nghị",
} as const;

export const recommendationsEn: Catalog<typeof recommendationsVi> = {
  title: "Recommendation register",
};
