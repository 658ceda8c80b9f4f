import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

/** Whether the scripts a page's HTML loads contain the charting library (links to other pages
 * may prefetch their code later; that is not code shipped to this page). */
async function loadsChartCode(request: APIRequestContext, path: string): Promise<boolean> {
  const html = await (await request.get(path)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  // Chunks of lazily loaded client components (next/dynamic) are preloaded, not <script src>.
  const preloads = [...html.matchAll(/<link(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  const sources = [...new Set([...scripts, ...preloads])];
  const bodies = await Promise.all(sources.map(async (src) => (await request.get(src)).text()));
  return bodies.some((b) => b.includes("recharts-bar-rectangle"));
}

test.describe("province overview, consistency page, language, states", () => {
  test("the province page ranks its districts and shows the share meeting the standard", async ({ page }) => {
    await page.goto("/units/20");
    await expect(page.getByRole("heading", { level: 1, name: "Tỉnh Lạng Sơn" })).toBeVisible();
    const overview = page.getByTestId("province-overview");
    await expect(overview.getByTestId("standard-share")).toHaveText("18,8% (3/16 xã)");
    await expect(overview).toContainText("Chưa đặt mục tiêu");
    const ranking = page.getByTestId("district-ranking").locator("tbody tr");
    await expect(ranking).toHaveCount(1);
    await expect(ranking.first()).toContainText("Huyện Văn Quan");
    await expect(ranking.first()).toContainText("11,0");
    await expectNoSeriousA11yViolations(page);
  });

  test("the coordination office's home: ten of the province's overdue tasks, then a link to the register; no submission waiting", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("home-due").locator("li")).toHaveCount(10);
    await page.getByTestId("home-due-more").click();
    await expect(page).toHaveURL(/\/recommendations$/);
    await page.goto("/");
    await expect(page.getByTestId("home-awaiting-empty")).toHaveText("Không có xã nào đang chờ thẩm định.");
  });

  test("the consistency page lists the report's mismatches with links to the units", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Kiểm tra số liệu" }).click();
    await expect(page).toHaveURL(/\/consistency$/);
    const rows = page.getByTestId("consistency-table").locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("10,9");
    await expect(rows.nth(1)).toContainText("Hữu Lễ");
    await rows.nth(1).getByRole("link", { name: "Hữu Lễ" }).click();
    await expect(page).toHaveURL(/\/units\/06322$/);
    await page.goto("/consistency");
    await expectNoSeriousA11yViolations(page);
  });

  test("switching to English is remembered and formats numbers the English way", async ({ page }) => {
    await page.goto("/units/184");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "District Văn Quan" })).toBeVisible();
    await expect(page.getByTestId("average-computed")).toHaveText("11.0");
    await page.goto("/units/06322");
    await expect(page.getByTestId("verified-standing")).toContainText("16/19");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Xã Hữu Lễ" })).toBeVisible();
  });

  test("chart code ships only to the pages that draw charts", async ({ request }) => {
    expect(await loadsChartCode(request, "/units/184")).toBe(true);
    expect(await loadsChartCode(request, "/")).toBe(false);
    expect(await loadsChartCode(request, "/units/06322")).toBe(false);
  });

  test("the home page, 404 page and an empty township page pass axe", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);
    const res = await page.goto("/units/00000");
    expect(res?.status()).toBe(404);
    await expectNoSeriousA11yViolations(page);
    await page.goto("/units/06253");
    await expect(page.getByText("Thị trấn không được đánh giá")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("keyboard: the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/units/184");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});
