import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

const TITLE = "Kiểm tra NTM tại xã Tú Xuyên năm 2025";

test.describe("the coordination office records an inspection", () => {
  test.use({ storageState: storageStateFor("vpdp") });

  test("creates it through the form, records observations for Tú Xuyên, and sees them on the commune page", async ({ page }) => {
    await page.goto("/inspections");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các đợt kiểm tra");
    await expect(page.getByTestId("inspection-list")).toContainText("Kiểm tra tình hình thực hiện nhiệm vụ xây dựng NTM năm 2020");
    const demo = page.getByTestId("inspection-list").getByRole("row").filter({ hasText: "Kiểm tra tình hình thực hiện nhiệm vụ xây dựng NTM năm 2020" });
    await expect(demo.getByTestId("recommendation-counts")).toContainText(/\d+ kiến nghị/);
    await expect(demo).toContainText("20/05/2020");
    await expectNoSeriousA11yViolations(page);

    await page.getByTestId("new-inspection-link").click();
    await expect(page).toHaveURL(/\/inspections\/new$/);
    const form = page.getByTestId("inspection-form");
    await form.getByLabel("Tên đợt kiểm tra").fill(TITLE);
    await form.getByLabel("Ngày kiểm tra").fill("2025-06-10");
    await form.getByLabel(/447\/QĐ-UBND/).check();
    await form.getByRole("button", { name: "Thêm văn bản căn cứ" }).click();
    const doc = form.getByTestId("new-document").first();
    await doc.getByLabel("Loại văn bản").selectOption("plan");
    await doc.getByLabel("Số, ký hiệu").fill("15/KH-VPĐP");
    await doc.getByLabel("Ngày ban hành").fill("2025-05-30");
    await doc.getByLabel("Cơ quan ban hành").fill("Văn phòng Điều phối NTM tỉnh Lạng Sơn");
    await doc.getByLabel("Trích yếu").fill("Kế hoạch kiểm tra xây dựng NTM năm 2025");
    await form.getByLabel("Họ và tên").fill("Hoàng Văn B");
    await form.getByLabel("Chức vụ").fill("Chánh Văn phòng Điều phối NTM tỉnh");
    await form.getByLabel("Cơ quan", { exact: true }).selectOption("VPDP");
    await form.getByTestId("team-member").first().getByLabel("Sở, ngành").selectOption("GTVT");
    await form.getByRole("button", { name: "Thêm thành viên" }).click();
    const agency = form.getByTestId("team-member").nth(1);
    await agency.getByLabel("Hoặc cơ quan khác").fill("Hội Nông dân tỉnh");
    await agency.getByLabel("Vai trò").selectOption("coordinating");
    await form.getByRole("checkbox", { name: /^Huyện Văn Quan\b/ }).check();
    await form.getByRole("checkbox", { name: /^Tú Xuyên\b/ }).check();
    await form.getByLabel("Ưu điểm").fill("Xã tích cực huy động nguồn lực.");
    await form.getByLabel("Tồn tại, hạn chế").fill("Tiêu chí 9 còn chậm.");
    await expectNoSeriousA11yViolations(page);
    await form.getByRole("button", { name: "Lưu đợt kiểm tra" }).click();

    await expect(page).toHaveURL(/\/inspections\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page.getByTestId("inspection-date")).toContainText("10/06/2025");
    await expect(page.getByTestId("inspection-basis")).toContainText("447/QĐ-UBND");
    await expect(page.getByTestId("inspection-basis")).toContainText("15/KH-VPĐP");
    await expect(page.getByTestId("inspection-team")).toContainText("Sở Giao thông vận tải");
    await expect(page.getByTestId("inspection-team")).toContainText("Hội Nông dân tỉnh — Phối hợp");
    await expect(page.getByTestId("inspection-units")).toContainText("Huyện Văn Quan");
    await expect(page.getByTestId("inspection-units")).toContainText("Xã Tú Xuyên");
    await expect(page.getByTestId("inspection-strengths")).toHaveText("Xã tích cực huy động nguồn lực.");
    await expect(page.getByTestId("add-recommendation-link")).toHaveAttribute("href", /\/recommendations\/new\?inspection=\d+$/);
    await expect(page.getByTestId("report-link")).toHaveAttribute("href", /\/inspections\/\d+\/report$/);
    await expect(page.getByTestId("docx-link")).toHaveAttribute("href", /\/api\/v1\/inspections\/\d+\/report\.docx$/);
    await expectNoSeriousA11yViolations(page);
    const inspectionUrl = page.url();

    await page.getByRole("link", { name: "Kết quả quan sát tại Xã Tú Xuyên" }).click();
    await expect(page).toHaveURL(/\/observations\/06277$/);
    const obs = page.getByTestId("observations-form");
    await expect(obs.locator("tr[data-criterion]")).toHaveCount(19);
    await obs.getByLabel("Tình trạng quan sát, tiêu chí 9", { exact: true }).selectOption("met");
    await obs.getByLabel("Ghi chú của đoàn, tiêu chí 9", { exact: true }).fill("Nhà văn hóa xã đã hoàn thành");
    // the disagreement is named in words as soon as the status is chosen
    await expect(obs.locator('tr[data-criterion="9"]').getByTestId("observation-disagreement")).toContainText("xã tự đánh giá khác kết quả kiểm tra");
    await obs.getByLabel("Tình trạng quan sát, tiêu chí 1", { exact: true }).selectOption("met");
    await expectNoSeriousA11yViolations(page);
    await obs.getByRole("button", { name: "Lưu kết quả quan sát" }).click();
    await expect(page.getByTestId("observations-message")).toHaveText("Đã lưu 2 thay đổi.");

    await page.goto(inspectionUrl);
    await expect(page.getByTestId("inspection-observations")).toContainText("2 tiêu chí đã ghi");

    await page.goto("/units/06277");
    const nine = page.locator('li[data-criterion="9"]');
    await expect(nine).toHaveAttribute("data-inspection", "met");
    await expect(nine.getByTestId("view-disagreement")).toContainText("xã tự đánh giá khác kết quả kiểm tra");
    await expect(nine.getByTestId("view-disagreement")).toContainText("kết quả thẩm định khác kết quả kiểm tra");
    await expect(nine.getByTestId("inspection-view")).toContainText("10/06/2025");
    await expect(page.getByTestId("commune-inspections")).toContainText(TITLE);
    // as of a date before the inspection the team's view is not there
    await page.goto("/units/06277?asOf=2025-06-09");
    await expect(page.locator('li[data-criterion="9"]')).not.toHaveAttribute("data-inspection", "met");
  });
});

test.describe("a commune official and inspections", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("reads only the inspections that visited their commune, records none, and a forged save is refused", async ({ page, browser }) => {
    const response = await page.goto("/inspections/new");
    expect(response?.status()).toBe(404);
    // the demo inspection visited Hữu Lễ; the one recorded above visited Văn Quan and Tú Xuyên only
    expect((await page.goto("/inspections"))?.status()).toBe(200);
    await expect(page.getByTestId("inspection-list")).toContainText("Kiểm tra tình hình thực hiện nhiệm vụ xây dựng NTM năm 2020");
    await expect(page.getByTestId("inspection-list")).not.toContainText(TITLE);
    await expect(page.getByTestId("new-inspection-link")).toHaveCount(0);

    // The coordination office's form, submitted with the commune official's session.
    const office = await browser.newContext({ storageState: storageStateFor("vpdp") });
    const forged = await office.newPage();
    await forged.goto("/inspections/new");
    const form = forged.getByTestId("inspection-form");
    await form.getByLabel("Tên đợt kiểm tra").fill("Đợt kiểm tra giả mạo");
    await form.getByLabel("Họ và tên").fill("Người giả mạo");
    await form.getByRole("checkbox", { name: /^Tú Xuyên\b/ }).check();
    const huule = JSON.parse(readFileSync(storageStateFor("huule"), "utf8")) as { cookies: Parameters<typeof office.addCookies>[0] };
    await office.clearCookies();
    await office.addCookies(huule.cookies);
    await form.getByRole("button", { name: "Lưu đợt kiểm tra" }).click();
    await expect(forged.getByTestId("inspection-form-message")).toHaveText("Bạn không có quyền ghi đợt kiểm tra này.");
    await expect(form.getByLabel("Tên đợt kiểm tra")).toHaveValue("Đợt kiểm tra giả mạo");
    await office.close();
  });
});
