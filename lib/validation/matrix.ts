import { z } from "zod";
import { DEFAULT_MATRIX_SORT, type MatrixSort } from "@/lib/domain/matrix";

// The matrix's `sort` URL parameter (pages and the matrix API).

/**
 * The `sort` URL parameter: `standing`, `name` or `c{n}` (c1 … c999, no leading zero).
 * Whether criterion n exists in the set is checked by readMatrixSort.
 */
export const matrixSortKeySchema = z
  .string()
  .regex(/^(standing|name|c[1-9]\d{0,2})$/, "sort must be standing, name or c followed by a criterion number (c1, c2 …)")
  .transform((key): MatrixSort => {
    if (key === "standing") return { by: "standing" };
    if (key === "name") return { by: "name" };
    return { by: "criterion", number: Number(key.slice(1)) };
  });

export type MatrixSortResult = { ok: true; sort: MatrixSort } | { ok: false; sort: MatrixSort; message: string };

/**
 * Reads an optional sort key. Absent or empty → the default. A malformed key, or a criterion the
 * set does not have (when `criterionNumbers` is given), → not ok, with the default to fall back to.
 */
export function readMatrixSort(raw: string | null | undefined, criterionNumbers?: readonly number[]): MatrixSortResult {
  if (raw === null || raw === undefined || raw === "") return { ok: true, sort: DEFAULT_MATRIX_SORT };
  const parsed = matrixSortKeySchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, sort: DEFAULT_MATRIX_SORT, message: parsed.error.issues[0]?.message ?? "invalid sort" };
  }
  const sort = parsed.data;
  if (sort.by === "criterion" && criterionNumbers && !criterionNumbers.includes(sort.number)) {
    return { ok: false, sort: DEFAULT_MATRIX_SORT, message: `sort names criterion ${sort.number}, which the criteria set does not have` };
  }
  return { ok: true, sort };
}

