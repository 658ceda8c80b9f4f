import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

// Tú Xuyên (06277): the reasons behind indicator results, the history timeline, the target year
// and the links to the district's criterion pages.

test.describe("commune detail: reasons, history, target year", () => {
  test("Tú Xuyên: reasons for 9.1 and 16, the 20/05/2020 history, target year 2020, criterion links", async ({ page }) => {
    await page.goto("/units/06277");

    const target = page.getByTestId("target-year");
    await expect(target).toContainText("Còn 9 tiêu chí chưa đạt; phấn đấu đạt chuẩn năm 2020.");
    await expect(page.getByTestId("target-year-passed")).toHaveText("Năm phấn đấu 2020 đã qua; chưa có quyết định công nhận trong dữ liệu.");

    const housing = page.locator('li[data-criterion="9"]');
    await housing.getByText("Các chỉ tiêu của tiêu chí 9").click();
    const house = housing.locator('li[data-indicator="9.1"]');
    await expect(house.getByTestId("indicator-target")).toHaveText("Không còn (0)");
    await expect(house.getByTestId("indicator-reason")).toContainText("1 nhà tạm > 0 → chưa đạt");

    const culture = page.locator('li[data-criterion="16"]');
    await culture.getByText("Các chỉ tiêu của tiêu chí 16").click();
    const villages = culture.locator('li[data-indicator="16"]');
    await expect(villages.getByTestId("indicator-target")).toContainText("Chưa có chỉ tiêu được xác nhận");
    await expect(villages.getByTestId("reference-target")).toContainText("Mức chung toàn quốc ≥ 70%: chỉ để tham khảo, không áp dụng cho vùng TDMNPB");
    const reason = villages.getByTestId("indicator-reason");
    await expect(reason).toContainText("2/7 thôn = 28,6% (năm 2019)");
    await expect(reason).toContainText("chưa có chỉ tiêu được xác nhận cho vùng TDMNPB");
    await expect(reason).toContainText("người đánh giá ghi: chưa đạt");

    await expect(culture.getByTestId("criterion-link")).toHaveAttribute("href", "/units/184/criteria/16");
    await expect(page.locator('li[data-criterion="2"]').getByTestId("criterion-link")).toHaveAttribute("href", "/units/184/criteria/2");

    const timeline = page.getByTestId("history-timeline");
    await expect(timeline.getByRole("heading", { level: 2, name: "Lịch sử thay đổi" })).toBeVisible();
    await expect(timeline).toContainText("44 thay đổi");
    await expect(timeline.locator("time[datetime='2020-05-20']").first()).toHaveText("20/05/2020");
    const entries = timeline.locator("li[data-history-entry]");
    await expect(entries.filter({ visible: true })).toHaveCount(20);
    await timeline.getByText("Xem thêm 24 thay đổi").click();
    await expect(entries.filter({ visible: true })).toHaveCount(44);
    await expect(timeline.locator('li[data-history-entry][data-field="value"]').first()).toContainText("Người cập nhật");
    await expect(timeline).toContainText("Tiêu chí 2: Giao thông");

    await expectNoSeriousA11yViolations(page);
  });

  test("as of a past date: links keep the date, no 'year passed' note on the inspection day, nothing before it", async ({ page }) => {
    await page.goto("/units/06277?asOf=2020-05-20");
    await expect(page.getByTestId("target-year")).toContainText("Còn 9 tiêu chí chưa đạt; phấn đấu đạt chuẩn năm 2020.");
    await expect(page.getByTestId("target-year-passed")).toHaveCount(0);
    await expect(page.locator('li[data-criterion="16"]').getByTestId("criterion-link")).toHaveAttribute("href", "/units/184/criteria/16?asOf=2020-05-20");
    await expect(page.getByTestId("history-timeline")).toContainText("44 thay đổi đến ngày 20/05/2020");

    await page.goto("/units/06277?asOf=2020-05-19");
    await expect(page.getByTestId("history-empty")).toHaveText("Chưa có thay đổi nào được ghi nhận đến ngày 19/05/2020.");
    await expectNoSeriousA11yViolations(page);
  });

  test("in English the reasons read in English with English number formats", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "ntm-locale", value: "en", url: baseURL! }]);
    await page.goto("/units/06277");
    const culture = page.locator('li[data-criterion="16"]');
    await culture.locator("summary").click();
    await expect(culture.locator('li[data-indicator="16"]').getByTestId("indicator-reason")).toContainText(
      "2/7 villages = 28.6% (in 2019) · no confirmed target for region TDMNPB",
    );
    await expect(page.getByTestId("target-year")).toContainText("Criteria still not met: 9; target year for meeting the standard: 2020.");
  });
});
