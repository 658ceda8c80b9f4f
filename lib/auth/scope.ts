// The authorized scope every lib/data function takes. Only lib/auth mints one, so an unchecked
// request cannot reach a query. In this version reading is public (step 1: the read-only API
// and pages are open); sign-in and per-role scopes replace `publicReadScope` in step 3.

declare const scopeBrand: unique symbol;

export type ReadScope = {
  readonly [scopeBrand]: "ReadScope";
  /** Province codes the viewer may read, or "all". */
  readonly provinces: readonly string[] | "all";
};

export function publicReadScope(): ReadScope {
  return { provinces: "all" } as ReadScope;
}
