import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoSeriousA11yViolations } from "./fixtures";

// The officials of an inspected district and commune read the inspection that visited them (the
// demo inspection of 20/5/2020: Văn Quan, Hữu Lễ, Tú Xuyên), read-only. The district officer
// reads everything about it, report included; a commune official reads only their commune's
// observations and tasks, and not the report (it states the whole district's figures).

const DEMO = "Kiểm tra tình hình thực hiện nhiệm vụ xây dựng NTM năm 2020 trên địa bàn huyện Văn Quan";

test.describe("the district officer of Văn Quan", () => {
  test.use({ storageState: storageStateFor("vanquan") });

  test("finds the inspection in the list, opens it without edit buttons, and opens its report", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đợt kiểm tra" }).click();
    await expect(page).toHaveURL(/\/inspections$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các đợt kiểm tra");
    await expect(page.getByText("Các đợt kiểm tra đã đến huyện Văn Quan hoặc một xã của huyện")).toBeVisible();
    await expect(page.getByTestId("new-inspection-link")).toHaveCount(0);
    const row = page.getByTestId("inspection-list").getByRole("row").filter({ hasText: DEMO });
    await expect(row).toContainText("20/05/2020");
    await expect(row.getByTestId("recommendation-counts")).toContainText("32 kiến nghị");
    await expectNoSeriousA11yViolations(page);

    await row.getByRole("link", { name: DEMO }).click();
    await expect(page).toHaveURL(/\/inspections\/1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO);
    await expect(page.getByTestId("inspection-date")).toContainText("20/05/2020");
    await expect(page.getByTestId("edit-inspection-link")).toHaveCount(0);
    await expect(page.getByTestId("add-recommendation-link")).toHaveCount(0);
    await expect(page.locator('main a[href$="/edit"], main a[href^="/recommendations/new"]')).toHaveCount(0);
    // both communes visited are the district's: both sets of observations, every task
    const observations = page.getByTestId("inspection-observations");
    await expect(observations.getByRole("link")).toHaveCount(2);
    await expect(page.getByTestId("observations-limited")).toHaveCount(0);
    await expect(page.getByTestId("inspection-recommendations").locator("tbody tr")).toHaveCount(32);
    await expect(page.getByTestId("recommendations-limited")).toHaveCount(0);
    await expect(page.getByTestId("docx-link")).toHaveAttribute("href", "/api/v1/inspections/1/report.docx");
    await expectNoSeriousA11yViolations(page);

    // the observations read-only: no field to change, no save
    await observations.getByRole("link", { name: "Kết quả quan sát tại Xã Tú Xuyên" }).click();
    await expect(page).toHaveURL(/\/inspections\/1\/observations\/06277$/);
    await expect(page.getByText("Tài khoản của bạn chỉ xem được kết quả quan sát, không ghi được.")).toBeVisible();
    await expect(page.getByTestId("observations-form").locator("tr[data-criterion]")).toHaveCount(19);
    await expect(page.getByRole("button", { name: "Lưu kết quả quan sát" })).toHaveCount(0);
    await expect(page.getByTestId("observations-form").locator("select, textarea")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto("/inspections/1");
    await page.getByTestId("report-link").click();
    await expect(page).toHaveURL(/\/inspections\/1\/report$/);
    await expect(page.getByRole("heading", { level: 1, name: "Báo cáo kết quả kiểm tra" })).toBeVisible();
    await expect(page.getByTestId("report-document")).toContainText("Bình quân đạt 11,0 tiêu chí/xã");
    // the way back to the inspection, now that they may open it
    await expect(page.locator('main a[href="/inspections/1"]')).toHaveCount(1);
    expect((await page.request.get("/api/v1/inspections/1/report.docx")).status()).toBe(200);
    await expectNoSeriousA11yViolations(page);

    // the edit page stays the inspectors'
    expect((await page.goto("/inspections/1/edit"))?.status()).toBe(404);
    expect((await page.goto("/inspections/new"))?.status()).toBe(404);
  });
});

test.describe("the commune official of Hữu Lễ", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("finds the inspection that visited Hữu Lễ and reads Hữu Lễ's part of it, without the report", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đợt kiểm tra" }).click();
    await expect(page).toHaveURL(/\/inspections$/);
    await expect(page.getByText("Các đợt kiểm tra đã đến xã Hữu Lễ, mới nhất trước")).toBeVisible();
    const row = page.getByTestId("inspection-list").getByRole("row").filter({ hasText: DEMO });
    await expect(row).toContainText("20/05/2020");
    await expectNoSeriousA11yViolations(page);

    await row.getByRole("link", { name: DEMO }).click();
    await expect(page).toHaveURL(/\/inspections\/1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO);
    await expect(page.getByTestId("edit-inspection-link")).toHaveCount(0);
    await expect(page.getByTestId("add-recommendation-link")).toHaveCount(0);
    // no report: it states the district's figures and Tú Xuyên's standing
    await expect(page.getByTestId("report-link")).toHaveCount(0);
    await expect(page.getByTestId("docx-link")).toHaveCount(0);
    await expect(page.getByTestId("report-not-readable")).toBeVisible();
    // units they cannot read are named, not linked
    const units = page.getByTestId("inspection-units");
    await expect(units).toContainText("Xã Tú Xuyên");
    await expect(units.getByRole("link")).toHaveCount(1);
    await expect(units.getByRole("link", { name: "Xã Hữu Lễ" })).toHaveAttribute("href", "/units/06322");
    // only Hữu Lễ's observations, and only the tasks about or addressed to Hữu Lễ
    const observations = page.getByTestId("inspection-observations");
    await expect(observations.getByRole("link")).toHaveCount(1);
    await expect(observations.getByRole("link")).toHaveText("Kết quả quan sát tại Xã Hữu Lễ");
    await expect(page.getByTestId("observations-limited")).toBeVisible();
    await expect(page.getByTestId("recommendations-limited")).toBeVisible();
    const tasks = page.getByTestId("inspection-recommendations").locator("tbody tr");
    expect(await tasks.count()).toBeGreaterThan(0);
    expect(await tasks.count()).toBeLessThan(32);
    for (const text of await tasks.allInnerTexts()) expect(text).toContain("Hữu Lễ");
    await expectNoSeriousA11yViolations(page);
    if (process.env.INSPECTIONS_READ_SCREENSHOT) await page.screenshot({ path: process.env.INSPECTIONS_READ_SCREENSHOT, fullPage: true });

    await observations.getByRole("link").click();
    await expect(page).toHaveURL(/\/inspections\/1\/observations\/06322$/);
    await expect(page.getByTestId("observations-form").locator("tr[data-criterion]")).toHaveCount(19);
    await expect(page.getByRole("button", { name: "Lưu kết quả quan sát" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Xã khác trong đợt kiểm tra" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // another commune's observations and the report are not found, like an unknown inspection
    expect((await page.goto("/inspections/1/observations/06277"))?.status()).toBe(404);
    expect((await page.goto("/inspections/1/report"))?.status()).toBe(404);
    expect((await page.request.get("/api/v1/inspections/1/report.docx")).status()).toBe(404);
    expect((await page.goto("/inspections/999"))?.status()).toBe(404);
  });
});

test.describe("in English", () => {
  test.use({ storageState: storageStateFor("tuxuyen") });

  test("the commune official of Tú Xuyên reads the list and the inspection", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "ntm-locale", value: "en", url: baseURL! }]);
    await page.goto("/inspections");
    await expect(page.getByText("The inspections that visited Tú Xuyên commune, newest first")).toBeVisible();
    await page.getByTestId("inspection-list").getByRole("link").first().click();
    await expect(page.getByTestId("report-not-readable")).toHaveText(/whole area inspected/);
    await expect(page.getByTestId("inspection-observations").getByRole("link")).toHaveText("Observations in Commune Tú Xuyên");
    await expectNoSeriousA11yViolations(page);
  });
});
