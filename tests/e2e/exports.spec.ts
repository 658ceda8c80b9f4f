import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

// Downloads from the pages (read-only): the Văn Quan matrix as XLSX and CSV, a commune's gap list,
// and a commune official's scope on the export API.

test("Văn Quan: 'Tải Excel' by the matrix downloads an XLSX with 16 communes and a frozen header", async ({ page }) => {
  await page.goto("/units/184");
  const matrixLinks = page.getByRole("group", { name: "Tải về ma trận xã × tiêu chí" });
  await expect(matrixLinks).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), matrixLinks.getByRole("link", { name: /^Tải Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ntm-ma-tran-184-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path()) as string);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Tự đánh giá", "Thẩm định", "Thông tin"]);
  const ws = wb.getWorksheet("Thẩm định")!;
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(ws.getRow(1).getCell(1).value).toBe("Mã xã");
  expect(ws.getRow(1).getCell(6).value).toBe("TC1");
  expect(ws.actualRowCount - 1).toBe(16);
  await expectNoSeriousA11yViolations(page);
});

test("Văn Quan: the matrix CSV starts with a UTF-8 BOM", async ({ page }) => {
  await page.goto("/units/184");
  const matrixLinks = page.getByRole("group", { name: "Tải về ma trận xã × tiêu chí" });
  const [download] = await Promise.all([page.waitForEvent("download"), matrixLinks.getByRole("link", { name: /^Tải CSV \(thẩm định\)/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ntm-ma-tran-tham-dinh-184-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.split("\r\n")[0]).toMatch(/^Mã xã,Tên xã,Huyện,Số tiêu chí đạt,Nguồn số liệu,TC1,/);
  expect(text.split("\r\n").filter((l) => l !== "")).toHaveLength(17);
});

test("the summary and the links keep a chosen date", async ({ page }) => {
  await page.goto("/units/184?asOf=2020-05-20");
  const summary = page.getByRole("group", { name: "Tải về tổng hợp kết quả" });
  await expect(summary.getByRole("link", { name: /^Tải Excel/ })).toHaveAttribute("href", "/api/v1/units/184/export?kind=summary&format=xlsx&asOf=2020-05-20");
  const [download] = await Promise.all([page.waitForEvent("download"), summary.getByRole("link", { name: /^Tải Excel/ }).click()]);
  expect(download.suggestedFilename()).toBe("ntm-tong-hop-184-2020-05-20.xlsx");
});

test("Tú Xuyên: the gap list downloads as XLSX", async ({ page }) => {
  await page.goto("/units/06277");
  const gaps = page.getByRole("group", { name: "Tải về danh sách tiêu chí còn thiếu" });
  const [download] = await Promise.all([page.waitForEvent("download"), gaps.getByRole("link", { name: /^Tải Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ntm-con-thieu-06277-/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path()) as string);
  expect(wb.getWorksheet("Danh sách còn thiếu")?.getRow(1).getCell(2).value).toBe("Tiêu chí");
});

test.describe("as a commune official", () => {
  test.use({ storageState: "playwright/.auth/huule.json" });
  test("another commune's and the district's exports answer 404", async ({ request }) => {
    expect((await request.get("/api/v1/units/06322/export?kind=gaps&format=csv")).status()).toBe(200);
    expect((await request.get("/api/v1/units/06277/export?kind=gaps&format=csv")).status()).toBe(404);
    expect((await request.get("/api/v1/units/184/export?kind=matrix&format=xlsx")).status()).toBe(404);
  });
});

test("the register page downloads the register with its filters", async ({ page }) => {
  await page.goto("/recommendations?criterion=17");
  const links = page.getByRole("group", { name: "Tải về sổ theo dõi kiến nghị" });
  await expect(links.getByRole("link", { name: /^Tải Excel/ })).toHaveAttribute("href", "/api/v1/recommendations/export?format=xlsx&status=unfinished&criterion=17");
  const [download] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: /^Tải Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ntm-kien-nghi-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path()) as string);
  const ws = wb.getWorksheet("Kiến nghị")!;
  expect(ws.getRow(1).getCell(9).value).toBe("Nội dung kiến nghị");
  for (let r = 2; r <= ws.actualRowCount; r++) expect(ws.getRow(r).getCell(6).value).toBe(17);
});
