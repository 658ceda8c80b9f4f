import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";

// Signing in from the ordinary entry points (the home page's redirect, or /sign-in typed by hand)
// must land on the overview, not leave the sign-in form on screen.

async function signIn(page: Page, username: string) {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill("ntm-demo");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("opening / and signing in lands on the overview", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await signIn(page, "vpdp");
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel("Tên đăng nhập")).toHaveCount(0);
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  });

  test("opening /sign-in directly and signing in lands on the overview", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, "vpdp");
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel("Tên đăng nhập")).toHaveCount(0);
  });

  test("a callback leaving the site is not followed", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2F%5Cexample.com");
    await signIn(page, "vpdp");
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("vpdp") });

  test("opening /sign-in goes on to the overview (or the callback)", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await page.goto("/sign-in?callbackUrl=%2Funits%2F184");
    await expect(page).toHaveURL(/\/units\/184$/);
  });
});
