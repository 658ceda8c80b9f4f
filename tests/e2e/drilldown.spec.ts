import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

test("drill-down: province → district → commune → criterion, keeping the as-of date", async ({ page }) => {
  await page.goto("/units/20?asOf=2020-06-01");
  await expect(page.getByRole("heading", { level: 1, name: "Tỉnh Lạng Sơn" })).toBeVisible();
  await page.getByTestId("district-ranking").getByRole("link", { name: "Huyện Văn Quan" }).click();
  await expect(page).toHaveURL(/\/units\/184\?asOf=2020-06-01$/);
  await expect(page.getByTestId("average-computed")).toHaveText("11,0");
  await page.getByTestId("commune-table").getByRole("link", { name: "Tú Xuyên" }).click();
  await expect(page).toHaveURL(/\/units\/06277\?asOf=2020-06-01$/);
  await expect(page.getByTestId("verified-standing")).toHaveText("10/19 tiêu chí");
  await page.locator('li[data-criterion="16"]').getByRole("link").first().click();
  await expect(page).toHaveURL(/\/units\/184\/criteria\/16\?asOf=2020-06-01$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("16");
  await expect(page.getByText("Tú Xuyên").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/units/184", "/api/v1/units/184", "/sign-in"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});
