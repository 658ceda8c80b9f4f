import type { ReadScope } from "@/lib/auth/scope";

/** True when the scope may read data of the province with this code. */
export function inScope(scope: ReadScope, provinceCode: string): boolean {
  return scope.provinces === "all" || scope.provinces.includes(provinceCode);
}
