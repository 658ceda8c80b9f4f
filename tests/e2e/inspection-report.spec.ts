import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { storageStateFor } from "./accounts";
import { expectNoSeriousA11yViolations } from "./fixtures";

// The generated report of the demo inspection (id 1, 20/5/2020, Văn Quan) and the printable gap
// list of Tú Xuyên: computed figures on the page, in the downloaded DOCX, and on paper.

const TU_XUYEN_GAPS: [string, string][] = [
  ["2", "GTVT"], ["4", "Công Thương"], ["5", "GD&ĐT"], ["6", "VHTT&DL"], ["9", "Xây dựng"],
  ["11", "LĐTB&XH"], ["15", "Y tế"], ["16", "VHTT&DL"], ["17", "TN&MT"],
];

/** Pages of a PDF: the page tree's /Count (the largest /Count in the file). */
const pdfPages = (pdf: Buffer) => Math.max(0, ...[...pdf.toString("latin1").matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));

async function expectChromeHiddenInPrint(page: Page) {
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  // Back to no emulation (an explicit "screen" would make page.pdf() print the screen layout).
  await page.emulateMedia({ media: null });
  await expect(page.locator("body > header")).toBeVisible();
}

test.describe("generated inspection report", () => {
  test("the print page shows the computed figures, not the document's", async ({ page }) => {
    await page.goto("/inspections/1/report");
    await expect(page.getByRole("heading", { level: 1, name: "Báo cáo kết quả kiểm tra" })).toBeVisible();
    await expect(page.locator('main a[href="/inspections/1"]')).toHaveCount(1);
    const doc = page.getByTestId("report-document");
    await expect(doc).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await expect(doc).toContainText("Độc lập - Tự do - Hạnh phúc");
    await expect(doc).toContainText("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    await expect(doc).toContainText("Số:");
    await expect(doc).toContainText("Bình quân đạt 11,0 tiêu chí/xã");
    await expect(doc).not.toContainText("10,9");
    await expect(doc).toContainText("Số xã đạt 19 tiêu chí: 3 xã (Tân Đoàn, Tràng Phái, Yên Phúc)");
    await expect(doc).toContainText("Số xã đạt 10 tiêu chí: 4 xã");
    await expect(doc).toContainText("Không có xã nào đạt dưới 5 tiêu chí.");
    await expect(doc).toContainText("Xã Hữu Lễ: theo kết quả thẩm tra, đạt 16/19 tiêu chí; xã tự đánh giá đạt 19/19 tiêu chí.");
    await expect(doc).toContainText("Xã Tú Xuyên: theo kết quả thẩm tra, đạt 10/19 tiêu chí");
    await expect(doc).toContainText("Chưa đạt 9 tiêu chí:");
    await expect(doc).toContainText("1. Đối với UBND huyện Văn Quan");
    await expect(doc).toContainText("4. Đối với các sở, ngành của tỉnh");
    const recipients = page.getByTestId("report-recipients");
    await expect(recipients).toContainText("Nơi nhận:");
    await expect(recipients).toContainText("Các sở, ngành: GTVT, Công Thương, GD&ĐT, VHTT&DL, Xây dựng, LĐTB&XH, Y tế, TN&MT;");
    await expect(recipients).toContainText("UBND xã Tú Xuyên;");
    await expect(recipients).toContainText("Lưu: VT.");
    // The document's 10,9 is noted beside the data's 11,0, on screen only.
    await expect(page.getByTestId("report-differences")).toContainText("văn bản ghi 10,9, dữ liệu tính được 11,0");
    await expectNoSeriousA11yViolations(page);
  });

  test("the DOCX downloaded from the link carries the computed figures and the recipients", async ({ page }) => {
    await page.goto("/inspections/1/report");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-docx").click()]);
    expect(download.suggestedFilename()).toBe("bao-cao-kiem-tra-1-2020-05-20.docx");
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");
    for (const s of ["11,0", "16/19", "10/19", "UBND huyện Văn Quan;", "UBND xã Hữu Lễ;", "UBND xã Tú Xuyên;", "Các sở, ngành: GTVT, Công Thương, GD&ĐT", "Lưu: VT."]) expect(text).toContain(s);
    expect(text).not.toContain("10,9");
  });

  test("printing hides the navigation and the toolbar; the report prints on A4", async ({ page }) => {
    await page.goto("/inspections/1/report");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("report-toolbar")).toBeHidden();
    await expect(page.getByTestId("report-document")).toBeVisible();
    await expectChromeHiddenInPrint(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
  });

  test("a bad id shows a message; an unknown one is not found", async ({ page }) => {
    await page.goto("/inspections/abc/report");
    await expect(page.getByText("Mã đợt kiểm tra không hợp lệ.")).toBeVisible();
    const res = await page.goto("/inspections/999/report");
    expect(res?.status()).toBe(404);
  });
});

test.describe("commune official of a visited commune", () => {
  test.use({ storageState: storageStateFor("huule") });
  test("cannot open the report or its DOCX (they state the whole district's figures)", async ({ page }) => {
    const res = await page.goto("/inspections/1/report");
    expect(res?.status()).toBe(404);
    const api = await page.request.get("/api/v1/inspections/1/report.docx");
    expect(api.status()).toBe(404);
  });
});

test.describe("district officer of the inspected district", () => {
  test.use({ storageState: storageStateFor("vanquan") });
  test("reads the report and its DOCX, with the link back to the inspection they may open", async ({ page }) => {
    const res = await page.goto("/inspections/1/report");
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("report-docx")).toBeVisible();
    await expect(page.locator('main a[href="/inspections/1"]')).toHaveCount(1);
    expect((await page.request.get("/api/v1/inspections/1/report.docx")).status()).toBe(200);
  });
});

test.describe("printable gap list", () => {
  test("Tú Xuyên lists its 9 unmet criteria with departments and fits two A4 pages", async ({ page }) => {
    await page.goto("/units/06277");
    await page.getByTestId("gap-print-link").click();
    await expect(page).toHaveURL(/\/units\/06277\/gaps$/);
    await expect(page.getByRole("heading", { level: 1, name: "Danh sách tiêu chí còn thiếu – xã Tú Xuyên" })).toBeVisible();
    await expect(page.getByTestId("gap-standing")).toContainText("Kết quả thẩm tra: đạt 10/19 tiêu chí");
    const rows = page.getByTestId("gap-sheet").locator("tr[data-gap]");
    await expect(rows).toHaveCount(9);
    for (const [n, dept] of TU_XUYEN_GAPS) await expect(page.locator(`tr[data-gap="${n}"]`).getByTestId("gap-department")).toContainText(dept);
    await expect(page.locator('tr[data-gap="9"]')).toContainText("9.1");
    await expect(page.getByTestId("gap-sheet")).not.toContainText("còn thiếu còn"); // the gap's words once
    await expect(page.locator('tr[data-gap="2"]')).toContainText("31/12/2020");
    await expectNoSeriousA11yViolations(page);
    await expectChromeHiddenInPrint(page);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  });

  test("is as-of aware and tells a bad date apart", async ({ page }) => {
    await page.goto("/units/06277/gaps?asOf=2020-05-19");
    await expect(page.getByTestId("gap-standing")).toContainText("Chưa có kết quả thẩm tra");
    await page.goto("/units/06277/gaps?asOf=2020-02-31");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tú Xuyên");
    await expect(page.getByTestId("gap-sheet").locator("tr[data-gap]")).toHaveCount(9);
  });
});
