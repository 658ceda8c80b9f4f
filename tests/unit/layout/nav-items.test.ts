import { describe, expect, it } from "vitest";
import { isNavItemCurrent, navItemsFor } from "@/components/layout/nav-items";
import { ROLES } from "@/lib/auth/permissions";

const hrefs = (role: string | null) => navItemsFor(role).map((i) => i.href);

describe("main navigation per role", () => {
  it("shows only the overview when signed out", () => {
    expect(hrefs(null)).toEqual(["/"]);
  });

  it("shows the department queue only to those who work from it", () => {
    for (const role of ROLES) {
      expect(hrefs(role).includes("/queue")).toBe(role === "coordination_office" || role === "department_inspector");
    }
  });

  it("gives commune officials no link to the report checker (they cannot read a district)", () => {
    expect(hrefs("commune_official")).not.toContain("/check");
    expect(hrefs("district_officer")).toContain("/check");
  });

  it("shows the recommendations and the inspections to every role (district and commune officials read those that visited their unit)", () => {
    for (const role of ROLES) expect(hrefs(role)).toEqual(expect.arrayContaining(["/", "/inspections", "/recommendations", "/consistency"]));
    expect(hrefs("intern")).not.toContain("/inspections");
  });

  it("marks sub-pages as current except for the overview", () => {
    expect(isNavItemCurrent({ href: "/recommendations" }, "/recommendations/12")).toBe(true);
    expect(isNavItemCurrent({ href: "/", exact: true }, "/units/184")).toBe(false);
    expect(isNavItemCurrent({ href: "/queue" }, "/queued")).toBe(false);
  });
});
