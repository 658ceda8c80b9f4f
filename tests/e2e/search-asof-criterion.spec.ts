import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

const HEADER_SEARCH = "Tìm đơn vị hành chính theo tên hoặc mã";

test.describe("search from the header", () => {
  test("a name typed without diacritics leads to Hữu Lễ", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("search", { name: HEADER_SEARCH });
    await header.getByLabel(HEADER_SEARCH).fill("huu le");
    await header.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/\/search\?q=huu\+le$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tìm đơn vị hành chính" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("1 kết quả cho “huu le”");
    const result = page.getByTestId("search-results").getByRole("link", { name: "Xã Hữu Lễ" });
    await expect(page.getByTestId("search-results")).toContainText("Huyện Văn Quan");
    await expectNoSeriousA11yViolations(page);
    await result.click();
    await expect(page).toHaveURL(/\/units\/06322$/);
    await expect(page.getByRole("heading", { level: 1, name: "Xã Hữu Lễ" })).toBeVisible();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/units/184");
    const header = page.getByRole("search", { name: HEADER_SEARCH });
    await header.getByLabel(HEADER_SEARCH).fill("tu xuyen");
    await header.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/\/search\?q=tu\+xuyen$/);
    await expect(page.getByTestId("search-results").getByRole("link", { name: "Xã Tú Xuyên" })).toBeVisible();
    await context.close();
  });

  test("finds by alias and by code, and explains empty, unknown and too long queries", async ({ page }) => {
    await page.goto("/search?q=Di%E1%BB%81m%20He"); // "Diềm He", the report's spelling
    await expect(page.getByTestId("search-results").getByRole("link", { name: "Xã Điềm He" })).toBeVisible();
    await expect(page.getByTestId("search-results")).toContainText("Khớp với tên gọi khác: Diềm He");

    await page.goto("/search?q=06322");
    await expect(page.getByTestId("search-results").getByRole("link")).toHaveText(["Xã Hữu Lễ"]);
    await page.goto("/search?q=184");
    await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveText("Huyện Văn Quan");

    await page.goto("/search");
    await expect(page.getByText("Nhập tên hoặc mã đơn vị rồi bấm “Tìm”.")).toBeVisible();
    await page.goto("/search?q=khong%20co%20xa%20nay");
    await expect(page.getByText("Không tìm thấy đơn vị nào khớp với “khong co xa nay”.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const res = await page.goto(`/search?q=${"a".repeat(101)}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("note")).toContainText("Từ khoá quá dài (101 ký tự)");
  });

  test("the API answers results, and 400 naming q when it is missing or too long", async ({ request }) => {
    const ok = await request.get("/api/v1/search?q=huu%20le");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.query).toBe("huu le");
    expect(body.results[0]).toEqual({ code: "06322", name: "Hữu Lễ", kind: "commune", parentCode: "184", parentName: "Văn Quan", matchedAlias: null });
    const alias = await (await request.get("/api/v1/search?q=Di%E1%BB%81m%20He")).json();
    expect(alias.results[0]).toMatchObject({ code: "06280", matchedAlias: "Diềm He" });
    for (const url of ["/api/v1/search", "/api/v1/search?q=%20", `/api/v1/search?q=${"x".repeat(101)}`]) {
      const bad = await request.get(url);
      expect(bad.status()).toBe(400);
      expect(await bad.json()).toMatchObject({ error: "bad_request", parameter: "q" });
    }
  });
});

test.describe("the as-of date", () => {
  test("puts the date in the URL: 19/5/2020 shows no figures, 20/5/2020 the 11,0 average", async ({ page }) => {
    await page.goto("/units/184");
    const form = page.getByTestId("as-of-form");
    const date = form.getByLabel("Xem số liệu tại ngày");
    await expect(date).toHaveAttribute("max", /^\d{4}-\d{2}-\d{2}$/);
    await date.fill("2020-05-19");
    await form.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/\/units\/184\?asOf=2020-05-19$/);
    await expect(page.getByTestId("as-of-line")).toHaveText("Tính đến ngày 19/05/2020");
    await expect(page.getByText("Chưa có số liệu về các xã của đơn vị này tại ngày đã chọn.")).toBeVisible();
    await expect(page.getByTestId("average-computed")).toHaveText("—");
    await expect(page.getByTestId("as-of-form").getByLabel("Xem số liệu tại ngày")).toHaveValue("2020-05-19");

    await page.getByTestId("as-of-form").getByLabel("Xem số liệu tại ngày").fill("2020-05-20");
    await page.getByTestId("as-of-form").getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/\/units\/184\?asOf=2020-05-20$/);
    await expect(page.getByTestId("average-computed")).toHaveText("11,0");
    // Links to communes keep the date.
    await expect(page.getByTestId("commune-table").getByRole("link", { name: "Hữu Lễ" })).toHaveAttribute("href", "/units/06322?asOf=2020-05-20");

    await page.getByTestId("as-of-form").getByRole("link", { name: "Hôm nay" }).click();
    await expect(page).toHaveURL(/\/units\/184$/);
    await expect(page.getByTestId("as-of-form").getByRole("link", { name: "Hôm nay" })).toHaveCount(0);
  });

  test("an invalid date warns and falls back to today", async ({ page }) => {
    await page.goto("/units/184?asOf=2020-02-30");
    await expect(page.getByText("Ngày xem không hợp lệ; đang hiển thị số liệu đến hôm nay.")).toBeVisible();
    await expect(page.getByTestId("average-computed")).toHaveText("11,0");
  });
});

test.describe("one criterion across the communes", () => {
  test("criterion 16 in Văn Quan: Tú Xuyên not met (2/7 villages), Hữu Lễ met, 14 communes known only by a total", async ({ page }) => {
    await page.goto("/units/184/criteria/16");
    await expect(page.getByRole("heading", { level: 1, name: "Tiêu chí 16: Văn hóa" })).toBeVisible();
    await expect(page.getByTestId("tally-met").getByTestId("tally-value")).toHaveText("1");
    await expect(page.getByTestId("tally-not_met").getByTestId("tally-value")).toHaveText("1");
    await expect(page.getByTestId("tally-nearly_met").getByTestId("tally-value")).toHaveText("0");
    await expect(page.getByTestId("tally-document").getByTestId("tally-value")).toHaveText("14");

    const rows = page.getByTestId("criterion-table").locator("tbody tr");
    await expect(rows).toHaveCount(16);
    const tx = rows.filter({ hasText: "Tú Xuyên" });
    await expect(tx).toHaveAttribute("data-verified", "not_met");
    await expect(tx.getByTestId("indicator-values")).toContainText("2/7 = 28,6% (năm 2019)");
    await expect(tx.getByTestId("indicator-values")).toContainText("Chưa đạt");
    const hl = rows.filter({ hasText: "Hữu Lễ" });
    await expect(hl).toHaveAttribute("data-verified", "met");
    await expect(hl.getByTestId("verified-status")).toHaveText("Đạt");
    await expect(rows.filter({ hasText: "Chỉ có tổng số theo văn bản" })).toHaveCount(14);
    await expect(rows.filter({ hasText: "Tràng Các" })).toContainText("8/19 tiêu chí");
    await expect(page.getByTestId("criterion-departments")).toContainText("Sở Văn hóa, Thể thao và Du lịch");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("navigation", { name: "Các tiêu chí khác" }).getByRole("link", { name: /^Tiêu chí 17:/ }).click();
    await expect(page).toHaveURL(/\/units\/184\/criteria\/17$/);
    await expect(page.getByTestId("tally-nearly_met").getByTestId("tally-value")).toHaveText("1");
  });

  test("honours the as-of date: nothing is assessed on 19/5/2020", async ({ page }) => {
    await page.goto("/units/184/criteria/16");
    const form = page.getByTestId("as-of-form");
    await form.getByLabel("Xem số liệu tại ngày").fill("2020-05-19");
    await form.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/\/units\/184\/criteria\/16\?asOf=2020-05-19$/);
    await expect(page.getByText("Chưa có xã nào được đánh giá tiêu chí này tại ngày đã chọn.")).toBeVisible();
    await expect(page.getByTestId("tally-not_assessed").getByTestId("tally-value")).toHaveText("16");
    await expect(page.getByTestId("criterion-table").locator("tbody tr").filter({ hasText: "Chưa có số liệu tại ngày đã chọn." })).toHaveCount(16);
    await expect(page.getByRole("link", { name: "Huyện Văn Quan" })).toHaveAttribute("href", "/units/184?asOf=2020-05-19");
  });

  test("an invalid criterion number, or a commune, gives a 404 page", async ({ page }) => {
    for (const url of ["/units/184/criteria/20", "/units/184/criteria/abc", "/units/184/criteria/0", "/units/06322/criteria/16", "/units/99999/criteria/16"]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
    }
    await page.goto("/units/184/criteria/20");
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy tiêu chí" })).toBeVisible();
  });
});
