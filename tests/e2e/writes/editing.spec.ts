import { expect, test } from "@playwright/test";
import { storageStateFor } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

test.describe("a commune official edits the self-assessment", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("sees only self-assessment forms for their commune, saves one, and it shows on the commune page", async ({ page }) => {
    await page.goto("/units/06322");
    await page.getByTestId("commune-work-links").getByRole("link", { name: "Cập nhật kết quả đánh giá" }).click();
    await expect(page).toHaveURL(/\/units\/06322\/edit$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hữu Lễ");
    await expect(page.getByTestId("self-form-1")).toBeVisible();
    await expect(page.getByTestId("verified-form-1")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const form = page.getByTestId("self-form-10");
    await form.getByLabel("Tình trạng").selectOption("nearly_met");
    await form.getByLabel("Ghi chú, minh chứng").fill("Thu nhập bình quân mới đạt 34 triệu đồng/người/năm");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("self-form-10-message")).toHaveText("Đã lưu.");

    await page.goto("/units/06322");
    await expect(page.getByTestId("self-standing")).toHaveText("18/19 tiêu chí");
    await expect(page.locator('li[data-criterion="10"]')).toHaveAttribute("data-self", "nearly_met");
  });

  test("a forged request for another commune is refused while the owner's own request succeeds", async ({ page }) => {
    await page.goto("/units/06322/edit");
    const form = page.getByTestId("self-form-3");
    await form.locator('input[name="communeCode"]').evaluate((el) => ((el as HTMLInputElement).value = "06277"));
    await form.getByLabel("Tình trạng").selectOption("not_met");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("self-form-3-message")).toHaveText("Bạn không có quyền thay đổi nội dung này.");

    await page.reload();
    const own = page.getByTestId("self-form-3");
    await own.getByLabel("Tình trạng").selectOption("not_met");
    await own.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("self-form-3-message")).toHaveText("Đã lưu.");
  });

  test("two sessions edit the same criterion: the first wins, the second is told who changed it", async ({ browser }) => {
    const a = await browser.newContext({ storageState: storageStateFor("huule") });
    const b = await browser.newContext({ storageState: storageStateFor("huule") });
    const pa = await a.newPage();
    const pb = await b.newPage();
    await pa.goto("/units/06322/edit");
    await pb.goto("/units/06322/edit");

    const fa = pa.getByTestId("self-form-12");
    await fa.getByLabel("Tình trạng").selectOption("not_met");
    await fa.getByRole("button", { name: "Lưu" }).click();
    await expect(pa.getByTestId("self-form-12-message")).toHaveText("Đã lưu.");

    const fb = pb.getByTestId("self-form-12");
    await fb.getByLabel("Tình trạng").selectOption("nearly_met");
    await fb.getByLabel("Ghi chú, minh chứng").fill("ý kiến của phiên thứ hai");
    await fb.getByRole("button", { name: "Lưu" }).click();
    const msg = pb.getByTestId("self-form-12-message");
    await expect(msg).toContainText("Người khác đã cập nhật tiêu chí này trước bạn");
    await expect(msg).toContainText("Chưa đạt");
    await expect(msg).toContainText("Hữu Lễ");
    // what the second session typed is still there
    await expect(fb.getByLabel("Ghi chú, minh chứng")).toHaveValue("ý kiến của phiên thứ hai");
    await expect(fb.getByLabel("Tình trạng")).toHaveValue("nearly_met");
    await a.close();
    await b.close();
  });
});

test.describe("verification", () => {
  test("the district officer must give a reason; the typed status is kept until then", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: storageStateFor("vanquan") });
    const page = await ctx.newPage();
    await page.goto("/units/06277/edit");
    await expect(page.getByTestId("self-form-4")).toHaveCount(0);
    const form = page.getByTestId("verified-form-4");
    await form.getByLabel("Tình trạng").selectOption("met");
    // no browser bubble: the field is announced as required, the server's message says why
    await expect(form.locator("textarea")).not.toHaveAttribute("required");
    await expect(form.locator("textarea")).toHaveAttribute("aria-required", "true");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(form.getByText("Vui lòng nêu lý do.")).toBeVisible();
    await expect(form.getByLabel("Lý do (bắt buộc)")).toBeFocused(); // the first invalid field
    await expect(form.getByLabel("Tình trạng")).toHaveValue("met");
    await form.getByLabel("Lý do (bắt buộc)").fill("Thôn cuối cùng đã có điện lưới quốc gia");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByTestId("verified-form-4-message")).toHaveText("Đã lưu.");
    await ctx.close();
  });

  test("a department inspector verifies only the criteria of their department", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: storageStateFor("gtvt") });
    const page = await ctx.newPage();
    await page.goto("/units/06277/edit");
    await expect(page.getByTestId("verified-form-2")).toBeVisible();
    await expect(page.getByTestId("verified-form-4")).toHaveCount(0);
    await expect(page.getByTestId("self-form-2")).toHaveCount(0);
    await ctx.close();
  });
});
