import { expect, test } from "@playwright/test";
import { distributionRows, expectNoSeriousA11yViolations } from "./fixtures";

test.describe("Văn Quan district as the 2020 report describes it", () => {
  test("home leads to the province and its district", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tỉnh Lạng Sơn" })).toBeVisible();
    await page.getByRole("link", { name: "Huyện Văn Quan" }).click();
    await expect(page).toHaveURL(/\/units\/184$/);
    await expect(page.getByRole("heading", { level: 1, name: "Huyện Văn Quan" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("shows 16 communes, the computed average 11,0 beside the stated 10,9 flagged, and the distribution", async ({ page }) => {
    await page.goto("/units/184");
    await expect(page.getByTestId("average-computed")).toHaveText("11,0");
    const stated = page.getByTestId("average-stated");
    await expect(stated).toContainText("Báo cáo ghi 10,9");
    await expect(stated).toContainText("Không khớp");

    const mismatches = page.getByTestId("consistency-table").locator("tbody tr");
    await expect(mismatches).toHaveCount(2);
    await expect(mismatches.first()).toContainText("Bình quân tiêu chí/xã");
    // the stated and computed averages both with their decimal, as on the summary card
    await expect(mismatches.first().locator("td").nth(1)).toHaveText("10,9");
    await expect(mismatches.first().locator("td").nth(2)).toHaveText("11,0");

    const rows = page.getByTestId("commune-table").locator("tbody tr");
    await expect(rows).toHaveCount(16);
    await expect(rows.nth(0).getByTestId("criteria-met")).toHaveText("19/19");
    await expect(rows.nth(3)).toContainText("Hữu Lễ");
    await expect(rows.nth(3).getByTestId("criteria-met")).toHaveText("16/19");
    await expect(rows.nth(15)).toContainText("An Sơn");
    await expect(rows.nth(15).getByTestId("criteria-met")).toHaveText("6/19");
    await expect(page.getByTestId("commune-table")).not.toContainText("Thị trấn Văn Quan");

    const bands = Object.fromEntries((await distributionRows(page)).filter(([, n]) => n !== "0"));
    expect(bands).toEqual({ "19": "3", "16": "1", "10": "4", "9": "3", "8": "2", "7": "2", "6": "1" });
    await expect(page.locator("figure .recharts-bar-rectangle")).toHaveCount(7); // one bar per non-empty band (the distribution chart is the page's figure)
    await expectNoSeriousA11yViolations(page);
  });

  test("a date before the inspection shows no figures yet", async ({ page }) => {
    await page.goto("/units/184?asOf=2020-05-19");
    await expect(page.getByText("Chưa có số liệu về các xã của đơn vị này tại ngày đã chọn.")).toBeVisible();
    await expect(page.getByTestId("average-computed")).toHaveText("—");
  });

  test("an unknown unit code gives a Vietnamese 404 page", async ({ page }) => {
    const res = await page.goto("/units/99999");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy đơn vị" })).toBeVisible();
  });
});
