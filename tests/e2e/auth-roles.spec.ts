import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoSeriousA11yViolations } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages lead to the sign-in page and come back after signing in", async ({ page }) => {
    await page.goto("/units/184");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Funits%2F184$/);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Tên đăng nhập").fill("vanquan");
    await page.getByLabel("Mật khẩu").fill("ntm-demo");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/units\/184$/);
    await expect(page.getByRole("heading", { level: 1, name: "Huyện Văn Quan" })).toBeVisible();
  });

  test("a wrong password gets one generic message, next to a form that keeps the username", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Vui lòng nhập tên đăng nhập.")).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("huule");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("sign-in-error")).toContainText("Tên đăng nhập hoặc mật khẩu không đúng");
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("huule");
  });

  test("the API answers 401 without a session or token", async ({ request }) => {
    const res = await request.get("/api/v1/units/184/summary");
    expect(res.status()).toBe(401);
    expect(await res.json()).toMatchObject({ error: "unauthorized" });
  });
});

test.describe("a commune official sees only their commune", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("own commune yes; another commune, the district and their API no", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Xã Hữu Lễ" }).click();
    await expect(page.getByTestId("verified-standing")).toHaveText("16/19 tiêu chí");
    expect((await page.goto("/units/06277"))?.status()).toBe(404);
    expect((await page.goto("/units/184"))?.status()).toBe(404);
    expect((await page.goto("/units/06277/edit"))?.status()).toBe(404);
    expect((await request.get("/api/v1/units/06322/standing")).status()).toBe(200);
    expect((await request.get("/api/v1/units/06277/standing")).status()).toBe(404);
    expect((await request.get("/api/v1/units/184/summary")).status()).toBe(404);
  });

  test("search finds only what the official may read", async ({ page }) => {
    await page.goto("/search?q=xuyen");
    await expect(page.getByRole("link", { name: /Tú Xuyên/ })).toHaveCount(0);
    await page.goto("/search?q=huu le");
    await expect(page.getByRole("link", { name: /Hữu Lễ/ }).first()).toBeVisible();
  });
});

test.describe("a district officer", () => {
  test.use({ storageState: storageStateFor("vanquan") });

  test("reads the district and its communes but not the province", async ({ page }) => {
    await page.goto("/units/184");
    await expect(page.getByTestId("average-computed")).toHaveText("11,0");
    expect((await page.goto("/units/06277"))?.status()).toBe(200);
    expect((await page.goto("/units/20"))?.status()).toBe(404);
  });
});

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("reads everything and reaches the settings, but does not assess communes", async ({ page }) => {
    await page.goto("/units/20");
    await expect(page.getByRole("heading", { level: 1, name: "Tỉnh Lạng Sơn" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cài đặt" })).toBeVisible();
    await page.goto("/units/06277");
    await expect(page.getByTestId("verified-standing")).toHaveText("10/19 tiêu chí");
    await expect(page.getByTestId("commune-work-links")).toHaveCount(0);
    await page.goto("/units/06277/edit");
    await expect(page.getByText("Tài khoản của bạn chỉ xem được")).toBeVisible();
    await expect(page.locator('[data-testid^="self-form-"]')).toHaveCount(0);
    await expect(page.locator('[data-testid^="verified-form-"]')).toHaveCount(0);
  });
});
