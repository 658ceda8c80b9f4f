import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

// Indicator values and evidence on Hữu Lễ's editing page, as its commune official. Only indicator
// values and evidence change here: Hữu Lễ's criterion statuses stay as the report says.

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function openCriterion(page: Page, code: string, criterion: number) {
  await page.goto(`/units/${code}/edit`);
  const details = page.getByTestId(`details-${criterion}`);
  await details.locator("summary").click();
  return details;
}

test.describe("indicator values and evidence", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("huule records a value, sees the computed result and reason; a different status needs a reason", async ({ page }) => {
    const details = await openCriterion(page, "06322", 15);
    const form = details.getByTestId("self-indicator-15.1");
    await form.getByLabel("Tỷ lệ (%)").fill("80");
    await form.getByLabel("Ghi chú").fill("Theo danh sách BHXH huyện");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(details.getByTestId("self-indicator-15.1-message")).toHaveText("Đã lưu. Kết quả: Chưa đạt.");
    const result = details.getByTestId("self-indicator-15.1-result");
    await expect(result).toHaveAttribute("data-outcome", "not_met");
    await expect(details.getByTestId("self-indicator-15.1-reason")).toContainText("80% < 85%");
    await expect(details.getByTestId("self-indicator-15.1-reason")).toContainText("chưa đạt");

    // "Đạt" although the figure is below the target, without a reason: refused, next to the field
    await form.getByLabel("Tình trạng theo người đánh giá").selectOption("met");
    await form.getByRole("button", { name: "Lưu" }).click();
    const reasonField = form.getByLabel("Lý do, khi ghi khác kết quả tính");
    await expect(form.getByText("Tình trạng bạn chọn khác kết quả tính từ số liệu: vui lòng nêu lý do.")).toBeVisible();
    await expect(form.getByText("Kết quả tính từ số liệu: Chưa đạt.")).toBeVisible();
    await expect(reasonField).toHaveAttribute("aria-invalid", "true");
    await expect(reasonField).toBeFocused();
    await expect(form.getByLabel("Tình trạng theo người đánh giá")).toHaveValue("met"); // what was typed is kept
    await expect(form.getByLabel("Tỷ lệ (%)")).toHaveValue("80");
    await expect(result).toHaveAttribute("data-outcome", "not_met");

    // with a reason it is accepted, and the reason says the assessor overrode the rules
    await reasonField.fill("Danh sách BHXH chưa tính học sinh tham gia BHYT tại trường");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(details.getByTestId("self-indicator-15.1-message")).toHaveText("Đã lưu. Kết quả: Đạt.");
    await expect(result).toHaveAttribute("data-outcome", "met");
    await expect(details.getByTestId("self-indicator-15.1-reason")).toContainText("Danh sách BHXH chưa tính học sinh");

    // the commune page shows the same result and reason; the criterion's own status is unchanged
    await page.goto("/units/06322");
    const row = page.locator('li[data-criterion="15"]');
    await expect(row).toHaveAttribute("data-self", "met");
    await row.locator("summary").click();
    await expect(row.locator('[data-indicator="15.1"] [data-testid="indicator-reason"][data-view="self"]')).toContainText("80% < 85%");
  });

  test("huule uploads a small PDF and downloads it; a wrong-type file is refused", async ({ page }) => {
    const details = await openCriterion(page, "06322", 15);
    const form = details.getByTestId("evidence-form-15");

    // a page of HTML named like a PDF is refused by its content
    await form.getByLabel("Tệp đính kèm").setInputFiles({ name: "bao-cao.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await form.getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(details.getByTestId("evidence-form-15").getByText("Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp).")).toBeVisible();
    await expect(details.getByTestId("evidence-form-15-message")).toHaveText("Chưa lưu: vui lòng sửa các ô được đánh dấu.");
    await expect(details.getByTestId("evidence-list-15")).toHaveCount(0);

    // a file over the 10 MB limit is refused before it is sent
    await details.getByTestId("evidence-form-15").getByLabel("Tệp đính kèm").setInputFiles({ name: "lon.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) });
    await details.getByTestId("evidence-form-15").getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(details.getByTestId("evidence-form-15").getByText("Tệp vượt quá dung lượng cho phép.")).toBeVisible();

    await details.getByTestId("evidence-form-15").getByLabel("Mô tả hoặc ghi chú").fill("Biên bản kiểm tra BHYT");
    await details.getByTestId("evidence-form-15").getByLabel("Tệp đính kèm").setInputFiles({ name: "Biên bản BHYT.pdf", mimeType: "application/pdf", buffer: PDF });
    await details.getByTestId("evidence-form-15").getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(details.getByTestId("evidence-form-15-message")).toHaveText("Đã thêm minh chứng.");
    const link = details.getByTestId("evidence-list-15").getByRole("link", { name: /Tải về Biên bản BHYT\.pdf/ });
    await expect(link).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("Biên bản BHYT.pdf");
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/api\/v1\/evidence\/\d+$/);
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).equals(PDF)).toBe(true);

    // shown read-only on the commune page too
    await page.goto("/units/06322");
    const row = page.locator('li[data-criterion="15"]');
    await row.locator("summary").click();
    await expect(row.getByTestId("evidence-list-15").getByRole("link", { name: /Tải về Biên bản BHYT\.pdf/ })).toBeVisible();
    await expect(row.getByRole("button", { name: /Gỡ/ })).toHaveCount(0);
  });

  test("huule types an income the Vietnamese way: 1.500 is fifteen hundred, a decimal dot is refused", async ({ page }) => {
    const details = await openCriterion(page, "06322", 10);
    const form = () => details.getByTestId("self-indicator-10");
    const amount = () => form().getByLabel(/^Giá trị/);
    await expect(form().getByText("Dấu phẩy ngăn phần thập phân, dấu chấm tách hàng nghìn. Ví dụ: 1.500 hoặc 12,5.")).toBeVisible();
    await amount().fill("1.5");
    await form().getByRole("button", { name: "Lưu" }).click();
    await expect(form().getByText("Dùng dấu phẩy cho phần thập phân, ví dụ 12,5")).toBeVisible();
    await expect(amount()).toHaveAttribute("aria-invalid", "true");
    await expect(amount()).toHaveValue("1.5");

    await amount().fill("1.500");
    await form().getByRole("button", { name: "Lưu" }).click();
    await expect(details.getByTestId("self-indicator-10-message")).toContainText("Đã lưu.");
    await expect(details.getByTestId("self-indicator-10-reason")).toContainText("1.500");
    await page.reload();
    await page.getByTestId("details-10").locator("summary").click();
    await expect(page.getByTestId("self-indicator-10").getByLabel(/^Giá trị/)).toHaveValue("1500");
  });

  test("huule adds evidence as a link only, or as a note only, without choosing a file", async ({ page }) => {
    const details = await openCriterion(page, "06322", 17);
    const form = () => details.getByTestId("evidence-form-17");
    const message = details.getByTestId("evidence-form-17-message");

    // nothing given: says what to give, next to the note
    await form().getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(message).toHaveText("Chưa lưu: vui lòng sửa các ô được đánh dấu.");
    await expect(form().getByText("Vui lòng nhập ghi chú, đường dẫn hoặc chọn tệp.")).toBeVisible();
    await expect(form().getByLabel("Mô tả hoặc ghi chú")).toHaveAttribute("aria-invalid", "true");

    await form().getByLabel("Đường dẫn (http hoặc https)").fill("https://vanquan.langson.gov.vn/qd-moi-truong-2020.pdf");
    await form().getByLabel("Mô tả hoặc ghi chú").fill("Quyết định về môi trường");
    await form().getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(message).toHaveText("Đã thêm minh chứng.");
    await expect(form().getByText("Tệp rỗng.")).toHaveCount(0);
    await expect(details.getByTestId("evidence-list-17")).toContainText("Quyết định về môi trường");

    await form().getByLabel("Mô tả hoặc ghi chú").fill("Biên bản kiểm tra vệ sinh môi trường thôn Nà Pàn");
    await form().getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(message).toHaveText("Đã thêm minh chứng.");
    await expect(details.getByTestId("evidence-list-17")).toContainText("Biên bản kiểm tra vệ sinh môi trường thôn Nà Pàn");
  });

  test("another commune's evidence is refused for huule", async ({ browser, page }) => {
    const other = await browser.newContext({ storageState: storageStateFor("tuxuyen") });
    const tp = await other.newPage();
    const details = await openCriterion(tp, "06277", 16);
    await details.getByTestId("evidence-form-16").getByLabel("Tệp đính kèm").setInputFiles({ name: "khu-dan-cu-van-hoa.pdf", mimeType: "application/pdf", buffer: PDF });
    await details.getByTestId("evidence-form-16").getByRole("button", { name: "Thêm minh chứng" }).click();
    await expect(details.getByTestId("evidence-form-16-message")).toHaveText("Đã thêm minh chứng.");
    const href = (await details.getByTestId("evidence-list-16").getByRole("link", { name: /khu-dan-cu-van-hoa\.pdf/ }).getAttribute("href"))!;
    expect((await tp.request.get(href)).status()).toBe(200);
    await other.close();

    const refused = await page.request.get(href);
    expect(refused.status()).toBe(404);
    expect(await refused.text()).not.toContain("%PDF");
    // and Tú Xuyên's editing page offers huule nothing to write
    await page.goto("/units/06277/edit");
    await expect(page.getByTestId("evidence-form-16")).toHaveCount(0);
    await expect(page.getByTestId("self-indicator-16")).toHaveCount(0);
  });

  test("the editing page with its indicator and evidence forms has no serious accessibility problem", async ({ page }) => {
    const details = await openCriterion(page, "06322", 15);
    await expect(details.getByTestId("self-indicator-15.1")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // with an error shown next to a field as well
    const form = details.getByTestId("self-indicator-15.2");
    await form.getByLabel("Kết quả thực hiện").selectOption("");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByText("Vui lòng nhập số liệu hoặc chọn tình trạng.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
