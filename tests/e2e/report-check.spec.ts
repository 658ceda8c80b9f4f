import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { expectNoSeriousA11yViolations } from "./fixtures";

// The report-vs-data checker (read-only: it writes nothing). As the coordination office (default).

const EXCERPTS = readFileSync(path.resolve(process.cwd(), "tests/fixtures/report-check/van-quan-2020-excerpts.md"), "utf8");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const FILE_TYPE_MESSAGE = /Không nhận loại tệp này: chỉ nhận tệp văn bản \.txt, \.md \(UTF-8\) hoặc Word \.docx/;

async function open(page: Page) {
  await page.goto("/check");
  await expect(page.getByRole("heading", { level: 1, name: "Đối chiếu báo cáo với số liệu" })).toBeVisible();
  return page.getByTestId("report-check-form");
}

async function expectTheThreeFindings(page: Page) {
  const problems = page.getByTestId("report-check-problems");
  const average = problems.getByRole("row").filter({ hasText: "bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã" });
  await expect(average).toContainText("Bình quân 10,9 tiêu chí/xã");
  await expect(average).toContainText("Tính từ số liệu: Bình quân 11,0 tiêu chí/xã (khác)");
  const huuLe = problems.getByRole("row").filter({ hasText: "19/19 tiêu chí đạt (xã tự đánh giá)" });
  await expect(huuLe).toContainText("Xã tự đánh giá: 19/19 (khớp)");
  await expect(huuLe).toContainText("Kết quả thẩm định: 16/19 (khác)");
  await expect(huuLe).toContainText("Khớp với bản xã tự đánh giá, khác kết quả thẩm định.");
  await expect(huuLe.getByRole("link", { name: "Xem Hữu Lễ" })).toHaveAttribute("href", "/units/06322?asOf=2020-05-20");
  const vanLang = problems.getByRole("row").filter({ hasText: "huyện Văn Lãng" });
  await expect(vanLang).toContainText("Đơn vị lạ");
  await expect(vanLang).toContainText("Không có huyện nào tên “Văn Lãng” trong tỉnh Lạng Sơn.");
  await expect(vanLang).toContainText("Có thể là huyện Văn Quan?");
}

test.describe("report-vs-data checker", () => {
  test("pasted excerpts of the 2020 report: 10,9 vs 11,0, Hữu Lễ 19/19 vs 16/19, huyện Văn Lãng", async ({ page }) => {
    const form = await open(page);
    await expect(form.getByLabel("Huyện")).toHaveValue("184");
    await form.getByLabel("Nội dung báo cáo").fill(EXCERPTS);
    // The report's own date is offered as the as-of date.
    await form.getByTestId("use-suggested-date").click();
    await expect(form.getByLabel("Số liệu tính đến ngày")).toHaveValue("2020-05-20");
    await form.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(page.getByTestId("report-check-message")).toHaveText("Đã đối chiếu xong.");
    await expect(page.getByText("Số liệu của huyện Văn Quan tính đến hết ngày 20/05/2020.")).toBeVisible();
    await expect(page.getByTestId("report-check-summary")).toHaveText(
      "Tìm thấy 25 nhận định: 3 không khớp với số liệu, 1 tên đơn vị không có trong dữ liệu, 0 không đối chiếu được, 21 khớp.",
    );
    await expectTheThreeFindings(page);
    // What was typed is kept; agreements are collapsed, and open on demand.
    await expect(form.getByLabel("Nội dung báo cáo")).toHaveValue(EXCERPTS);
    const agreements = page.getByTestId("report-check-agreements");
    await expect(agreements.getByRole("table")).toBeHidden();
    await agreements.locator("summary").click();
    await expect(agreements.getByRole("row").filter({ hasText: "4 xã đạt 10 tiêu chí" })).toContainText("Điềm He: 10 tiêu chí");
    if (process.env.REPORT_CHECK_SCREENSHOT) await page.screenshot({ path: process.env.REPORT_CHECK_SCREENSHOT, fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });

  test("an uploaded DOCX is read and checked", async ({ page }) => {
    const doc = new Document({
      sections: [
        {
          children: [
            "Kết quả bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã, không còn xã dưới 05 tiêu chí.",
            "Tại thời điểm kiểm tra riêng xã Hữu Lễ tự đánh giá đã có đạt 19/19 tiêu chí đạt chuẩn; xã Tú Xuyên có 10/19 tiêu chí đạt chuẩn.",
            "Sở Thông tin và Truyền thông đề nghị hỗ trợ huyện Văn Lãng và xã Hữu Lễ.",
          ].map((p) => new Paragraph({ children: [new TextRun(p)] })),
        },
      ],
    });
    const buffer = await Packer.toBuffer(doc);
    const form = await open(page);
    await form.getByLabel("Số liệu tính đến ngày").fill("2020-05-20");
    await form.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: "Báo cáo kiểm tra.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
    await form.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(page.getByTestId("report-check-message")).toHaveText("Đã đọc tệp Báo cáo kiểm tra.docx; nội dung của tệp ở ô văn bản.");
    await expect(form.getByLabel("Nội dung báo cáo")).toHaveValue(/bình quân toàn huyện Văn Quan đạt 10,9/);
    await expect(page.getByTestId("report-check-summary")).toContainText("2 không khớp với số liệu, 1 tên đơn vị không có trong dữ liệu");
    await expectTheThreeFindings(page);
  });

  test("a PNG, a PDF or a PDF renamed .txt is refused next to the file field", async ({ page }) => {
    const form = await open(page);
    await form.getByLabel("Nội dung báo cáo").fill("giữ nguyên văn bản này");
    for (const file of [
      { name: "anh-chup.png", mimeType: "image/png", buffer: PNG },
      { name: "bao-cao.pdf", mimeType: "application/pdf", buffer: PDF },
      { name: "bao-cao.txt", mimeType: "text/plain", buffer: PDF },
    ]) {
      await form.getByLabel("Hoặc tải tệp lên").setInputFiles(file);
      await form.getByRole("button", { name: "Đối chiếu" }).click();
      await expect(page.getByTestId("report-check-message")).toHaveText("Chưa đối chiếu được: xem lỗi ở các ô được đánh dấu.");
      const field = form.getByLabel("Hoặc tải tệp lên");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(form.getByText(FILE_TYPE_MESSAGE)).toBeVisible();
      await expect(form.getByLabel("Nội dung báo cáo")).toHaveValue("giữ nguyên văn bản này");
    }
    await expect(page.getByTestId("report-check-results")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("a file over 2 MB is refused before it is sent; an empty text is refused", async ({ page }) => {
    const form = await open(page);
    await form.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(form.getByText("Hãy dán nội dung báo cáo hoặc chọn một tệp.")).toBeVisible();
    await form.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: "dai.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x61) });
    await form.getByRole("button", { name: "Đối chiếu" }).click();
    await expect(form.getByText("Tệp quá lớn: tối đa 2 MB.")).toBeVisible();
  });

  test("the API answers with the findings and 400 naming a bad parameter", async ({ request }) => {
    const ok = await request.post("/api/v1/report-check", { data: { district: "184", asOf: "2020-05-20", text: EXCERPTS } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.summary).toMatchObject({ disagrees: 3, unknownUnits: 1 });
    const bad = await request.post("/api/v1/report-check", { data: { district: "184", asOf: "hôm qua", text: "x" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).parameter).toBe("asOf");
  });
});
