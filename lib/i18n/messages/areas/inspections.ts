import type { Catalog } from "../../types";

// Inspections: recording an inspection (basis, team, units visited, findings) and the team's observed status per commune and criterion.
// vi is the source of truth; en mirrors it.

export const inspectionsVi = {
  title: "Đợt kiểm tra",
} as const;

export const inspectionsEn: Catalog<typeof inspectionsVi> = {
  title: "Inspections",
};
