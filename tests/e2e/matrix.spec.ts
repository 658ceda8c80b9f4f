import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

// The communes × criteria matrix and the share of communes meeting each criterion on the district
// page of Văn Quan, as the 2020 report describes it: Hữu Lễ and Tú Xuyên with per-criterion
// results, the 14 others only as document totals.

const matrix = (page: Page) => page.getByTestId("criteria-matrix");
const rows = (page: Page) => matrix(page).locator("tbody tr");
const row = (page: Page, code: string) => matrix(page).locator(`tbody tr[data-code="${code}"]`);
const codes = async (rowsLocator: Locator) => rowsLocator.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")));
const cellNumbers = async (r: Locator, selector: string) =>
  (await r.locator(selector).evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-criterion")))));

const HUU_LE = "06322";
const TU_XUYEN = "06277";
const AN_SON = "06283";
// The three communes meeting all 19 criteria, in Vietnamese name order: Tân Đoàn, Tràng Phái, Yên Phúc.
const DEFAULT_TOP = 3;

test.describe("communes × criteria matrix of Văn Quan", () => {
  test("one row per commune, verified cells with a shape and a name, document totals as one cell", async ({ page }) => {
    await page.goto("/units/184");
    await expect(page.getByRole("heading", { level: 2, name: "Bảng xã × tiêu chí" })).toBeVisible();
    await expect(rows(page)).toHaveCount(16);
    await expect(matrix(page).locator("thead th[data-criterion]")).toHaveCount(19);

    // Default order: most criteria met first (the three 19s by name), then Hữu Lễ (16).
    const order = await codes(rows(page));
    expect(order[DEFAULT_TOP]).toBe(HUU_LE);
    expect(order[15]).toBe(AN_SON);
    await expect(rows(page).nth(0).getByTestId("matrix-met")).toContainText("19/19");

    // Hữu Lễ: 10, 11, 17 nearly met, where the commune itself said "met".
    const huuLe = row(page, HUU_LE);
    await expect(huuLe.locator("td[data-criterion]")).toHaveCount(19);
    expect(await cellNumbers(huuLe, 'td[data-status="nearly_met"]')).toEqual([10, 11, 17]);
    expect(await cellNumbers(huuLe, "td[data-self]")).toEqual([10, 11, 17]);
    expect(await cellNumbers(huuLe, 'td[data-status="met"]')).toHaveLength(16);
    await expect(huuLe.getByRole("cell", { name: "Tiêu chí 10: Gần đạt; tự đánh giá: Đạt" })).toBeVisible();
    await expect(huuLe.getByRole("cell", { name: "Tiêu chí 1: Đạt", exact: true })).toBeVisible();
    await expect(huuLe.getByRole("rowheader")).toContainText("Hữu Lễ");
    await expect(huuLe.getByRole("rowheader").getByRole("link", { name: "Hữu Lễ" })).toHaveAttribute("href", `/units/${HUU_LE}`);

    // Tú Xuyên: nine criteria not met, no disagreement with its own assessment.
    const tuXuyen = row(page, TU_XUYEN);
    expect(await cellNumbers(tuXuyen, 'td[data-status="not_met"]')).toEqual([2, 4, 5, 6, 9, 11, 15, 16, 17]);
    await expect(tuXuyen.locator("td[data-self]")).toHaveCount(0);
    await expect(tuXuyen.getByRole("cell", { name: "Tiêu chí 16: Chưa đạt", exact: true })).toBeVisible();

    // An Sơn: only a document total, never invented cells.
    const anSon = row(page, AN_SON);
    await expect(anSon.locator("td")).toHaveCount(1);
    await expect(anSon.getByTestId("matrix-no-cells")).toHaveText("Chỉ có tổng số theo văn bản: 6/19");
    await expect(anSon.getByTestId("matrix-no-cells")).toHaveAttribute("colspan", "19");
    await expect(matrix(page).getByTestId("matrix-no-cells")).toHaveCount(14);

    // Column headers name the criterion and lead to its page; sorting by standing is active.
    const header10 = matrix(page).getByRole("link", { name: "Tiêu chí 10: Thu nhập" });
    await expect(header10).toHaveAttribute("href", "/units/184/criteria/10");
    await expect(matrix(page).locator("thead th").first()).toHaveAttribute("aria-sort", "descending");
    await expect(matrix(page).locator("thead th[aria-sort]")).toHaveCount(1);

    // The legend gives every status in words.
    for (const label of ["Đạt", "Gần đạt", "Chưa đạt", "Chưa đánh giá", "Xã tự đánh giá khác kết quả thẩm định"]) {
      await expect(page.locator("#criteria-matrix ul li", { hasText: label }).first()).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page);
  });

  test("?sort=c16 puts the communes meeting criterion 16 first; sort links keep the date", async ({ page }) => {
    await page.goto("/units/184?sort=c16");
    const order = await codes(rows(page));
    expect(order.slice(0, 2)).toEqual([HUU_LE, TU_XUYEN]); // met, then not met; document totals after
    await expect(matrix(page).locator('thead th[data-criterion="16"]')).toHaveAttribute("aria-sort", "descending");
    await expect(matrix(page).locator("thead th[aria-sort]")).toHaveCount(1);
    await expect(page.getByTestId("matrix-sorted")).toContainText("tiêu chí 16");
    await expect(page.getByTestId("invalid-sort")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Sorting links: by name, then back to the default; a chosen date is kept.
    await page.goto("/units/184?asOf=2020-05-20");
    await matrix(page).getByRole("link", { name: "Sắp xếp theo tên xã" }).click();
    await expect(page).toHaveURL(/\/units\/184\?asOf=2020-05-20&sort=name#criteria-matrix$/);
    await expect(matrix(page).locator("thead th").first()).toHaveAttribute("aria-sort", "ascending");
    await expect.poll(async () => (await codes(rows(page)))[0]).toBe(AN_SON);
    await expect(matrix(page).getByRole("link", { name: "Tiêu chí 10: Thu nhập" })).toHaveAttribute(
      "href",
      "/units/184/criteria/10?asOf=2020-05-20",
    );
    await matrix(page).getByRole("link", { name: "Sắp xếp theo tiêu chí 10, xã đạt trước" }).click();
    await expect(page).toHaveURL(/sort=c10#criteria-matrix$/);
    await expect.poll(async () => (await codes(rows(page))).slice(0, 2)).toEqual([TU_XUYEN, HUU_LE]); // 10: met, then nearly met
    await matrix(page).getByRole("link", { name: "Sắp xếp theo số tiêu chí đạt, nhiều nhất trước" }).click();
    await expect(page).toHaveURL(/\/units\/184\?asOf=2020-05-20#criteria-matrix$/);
    await expect.poll(async () => (await codes(rows(page)))[DEFAULT_TOP]).toBe(HUU_LE);
  });

  test("an invalid sort shows a warning and the default order", async ({ page }) => {
    for (const bad of ["bogus", "c20"]) {
      const res = await page.goto(`/units/184?sort=${bad}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId("invalid-sort")).toHaveText(`Cách sắp xếp “${bad}” không hợp lệ; đang sắp xếp theo số tiêu chí đạt.`);
      await expect(rows(page)).toHaveCount(16);
      const order = await codes(rows(page));
      expect(order[DEFAULT_TOP]).toBe(HUU_LE);
      expect(order[15]).toBe(AN_SON);
      await expect(matrix(page).locator("thead th").first()).toHaveAttribute("aria-sort", "descending");
    }
    await expectNoSeriousA11yViolations(page);
  });

  test("the share chart covers the 2 communes with detailed figures, with a 19-row data table", async ({ page }) => {
    await page.goto("/units/184");
    await expect(page.getByTestId("share-coverage")).toHaveText("2 xã có số liệu chi tiết");
    const chart = page.getByTestId("criterion-share-chart");
    const tableRows = chart.locator("table tbody tr");
    await expect(tableRows).toHaveCount(19);
    const byNumber = async (n: number) => (await tableRows.nth(n - 1).locator("th, td").allTextContents()).map((s) => s.trim());
    expect(await byNumber(1)).toEqual(["1. Quy hoạch", "2/2", "100%"]);
    expect(await byNumber(10)).toEqual(["10. Thu nhập", "1/2", "50%"]);
    expect(await byNumber(11)).toEqual(["11. Hộ nghèo", "0/2", "0%"]);
    await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(19); // 0% still draws a sliver with its "0/2" label
  });

  test("before the inspection: no cells, no shares", async ({ page }) => {
    await page.goto("/units/184?asOf=2020-05-19");
    await expect(rows(page)).toHaveCount(16);
    await expect(matrix(page).locator("td[data-criterion]")).toHaveCount(0);
    await expect(matrix(page).getByTestId("matrix-no-cells").first()).toHaveText("Chưa có số liệu");
    await expect(page.getByText("Chưa có xã nào có kết quả từng tiêu chí tại ngày đã chọn.")).toBeVisible();
  });

  test("on a phone the matrix scrolls sideways in a focusable region with the commune column kept", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/units/184");
    const region = page.getByRole("region", { name: "Kết quả thẩm định từng tiêu chí của các xã" });
    await expect(region).toHaveAttribute("tabindex", "0");
    const scrollable = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrollable).toBe(true);
    const nameCell = row(page, HUU_LE).getByRole("rowheader");
    await nameCell.scrollIntoViewIfNeeded();
    const before = await nameCell.boundingBox();
    await region.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(async () => (await nameCell.boundingBox())?.x).toBe(before?.x);
    await expect(nameCell).toBeInViewport();
  });
});

test.describe("GET /api/v1/units/{code}/matrix", () => {
  test("criteria, communes in the asked order, cells only where per-criterion data exists", async ({ request }) => {
    const res = await request.get("/api/v1/units/184/matrix?asOf=2020-05-20");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ code: "184", asOf: "2020-05-20", sort: "standing" });
    expect(body.criteria).toHaveLength(19);
    expect(body.criteria[9]).toEqual({ number: 10, name: "Thu nhập" });
    expect(body.communes).toHaveLength(16);
    const huuLe = body.communes.find((c: { code: string }) => c.code === HUU_LE);
    expect(huuLe).toMatchObject({ name: "Hữu Lễ", basis: "detailed", criteriaMet: 16 });
    expect(Object.keys(huuLe.cells)).toHaveLength(19);
    expect(huuLe.cells["10"]).toBe("nearly_met");
    expect(huuLe.cells["1"]).toBe("met");
    const anSon = body.communes.find((c: { code: string }) => c.code === AN_SON);
    expect(anSon).toEqual({ code: AN_SON, name: "An Sơn", basis: "document", criteriaMet: 6, cells: null });

    const sorted = await (await request.get("/api/v1/units/184/matrix?sort=c16")).json();
    expect(sorted.sort).toBe("c16");
    expect(sorted.communes.slice(0, 2).map((c: { code: string }) => c.code)).toEqual([HUU_LE, TU_XUYEN]);
    const province = await request.get("/api/v1/units/20/matrix?sort=name");
    expect(province.status()).toBe(200);
    expect((await province.json()).communes[0].name).toBe("An Sơn");
  });

  test("400 naming sort or asOf; 404 for unknown units and communes", async ({ request }) => {
    for (const sort of ["bogus", "c0", "c20", "C16"]) {
      const res = await request.get(`/api/v1/units/184/matrix?sort=${sort}`);
      expect(res.status(), sort).toBe(400);
      expect(await res.json()).toMatchObject({ error: "bad_request", parameter: "sort" });
    }
    const badDate = await request.get("/api/v1/units/184/matrix?asOf=2020-02-30&sort=name");
    expect(badDate.status()).toBe(400);
    expect(await badDate.json()).toMatchObject({ error: "bad_request", parameter: "asOf" });
    for (const code of ["99999", "06322", "abc"]) {
      const res = await request.get(`/api/v1/units/${code}/matrix`);
      expect(res.status(), code).toBe(404);
      expect(await res.json()).toMatchObject({ error: "not_found" });
    }
  });
});
