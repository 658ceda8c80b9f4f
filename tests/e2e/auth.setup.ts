import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS, storageStateFor } from "./accounts";

// Signs each demo account in once through the real sign-in page and keeps its cookies, so specs
// run as a given role without signing in again (and without tripping the rate limits).
for (const username of DEMO_USERS) {
  setup(`sign in as ${username}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill("ntm-demo");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    await page.context().storageState({ path: storageStateFor(username) });
  });
}
