import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

test.describe("commune pages", () => {
  test("Hữu Lễ: 19/19 self-assessed beside 16/19 verified, with 10, 11 and 17 nearly met", async ({ page }) => {
    await page.goto("/units/184");
    await page.getByRole("link", { name: "Hữu Lễ" }).first().click();
    await expect(page).toHaveURL(/\/units\/06322$/);
    await expect(page.getByRole("heading", { level: 1, name: "Xã Hữu Lễ" })).toBeVisible();
    await expect(page.getByTestId("self-standing")).toHaveText("19/19 tiêu chí");
    await expect(page.getByTestId("verified-standing")).toHaveText("16/19 tiêu chí");
    await expect(page.getByText("Xã đặc biệt khó khăn", { exact: true })).toBeVisible();

    const criteria = page.getByTestId("criteria-table").locator("li[data-criterion]");
    await expect(criteria).toHaveCount(19);
    for (const n of ["10", "11", "17"]) {
      const row = page.locator(`li[data-criterion="${n}"]`);
      await expect(row).toHaveAttribute("data-self", "met");
      await expect(row).toHaveAttribute("data-verified", "nearly_met");
      await expect(row.getByText("Khác nhau")).toBeVisible();
    }
    await expect(page.locator('li[data-criterion="11"]')).toContainText("Sở Lao động - Thương binh và Xã hội");

    const gaps = page.getByTestId("gap-list").locator("li[data-gap]");
    await expect(gaps).toHaveCount(3);
    await expect(page.locator('li[data-gap="10"]')).toContainText("Chưa có sở phụ trách được ghi nhận");
    await expect(page.locator('li[data-gap="10"]')).toContainText("30/06/2020");
    await expectNoSeriousA11yViolations(page);
  });

  test("Tú Xuyên: 10/19 met, nine gaps with departments, 2/7 villages shown against no confirmed target", async ({ page }) => {
    await page.goto("/units/06277");
    await expect(page.getByTestId("verified-standing")).toHaveText("10/19 tiêu chí");
    await expect(page.getByTestId("gap-list").locator("li[data-gap]")).toHaveCount(9);
    await expect(page.locator('li[data-gap="2"]')).toContainText("GTVT");
    const culture = page.locator('li[data-criterion="16"]');
    await culture.getByText("Các chỉ tiêu của tiêu chí 16").click();
    const indicator = culture.locator('li[data-indicator="16"]');
    await expect(indicator).toContainText("Chưa có chỉ tiêu được xác nhận");
    await expect(indicator).toContainText("2/7 thôn = 28,6%");
    await expect(indicator).toContainText("năm 2019");
    // the criterion's own history, dated by the inspection
    await expect(culture.getByTestId("criterion-history")).toContainText("20/05/2020");
    await expectNoSeriousA11yViolations(page);
  });

  test("a commune known only by a document total invents no criteria", async ({ page }) => {
    await page.goto("/units/06283");
    await expect(page.getByText(/Chỉ có tổng số theo văn bản: 6\/19 tiêu chí/)).toBeVisible();
    const criteria = page.getByTestId("criteria-table").locator("li[data-criterion]");
    await expect(criteria).toHaveCount(19);
    await expect(page.locator('li[data-verified="not_assessed"]')).toHaveCount(19);
  });
});
