import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

// The review of Tú Xuyên's self-assessment, end to end: the commune submits, the district returns
// it with a reason on criterion 2, the commune sees the reason where it edits and resubmits, the
// district approves (the commune's self-assessment forms disappear), then reopens. Tú Xuyên only:
// the read-only specs check its verified figures, which a review never changes.

test.describe.configure({ mode: "serial" });

const REVIEW = "/units/06277/review";
const REASON = "Chưa có số liệu tỷ lệ đường trục thôn được cứng hoá";

async function as(browser: Browser, user: DemoUser, path: string): Promise<Page> {
  const ctx = await browser.newContext({ storageState: storageStateFor(user) });
  const page = await ctx.newPage();
  await page.goto(path);
  return page;
}

const state = (page: Page) => page.getByTestId("review-status").locator("[data-review-state]");

test("the commune official submits for review from the editing page and is offered no decision", async ({ browser }) => {
  const page = await as(browser, "tuxuyen", "/units/06277/edit");
  await page.getByTestId("review-link").click();
  await expect(page).toHaveURL(/\/units\/06277\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tú Xuyên");
  await expect(state(page)).toHaveText("Chưa gửi thẩm định");
  await expect(page.getByTestId("review-decide")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Ghi chú gửi kèm (không bắt buộc)").fill("Xã đã hoàn thiện hồ sơ tự đánh giá");
  await page.getByRole("button", { name: "Gửi thẩm định" }).click();
  await expect(page.getByTestId("review-message")).toHaveText("Đã gửi thẩm định.");
  await expect(state(page)).toHaveText("Đã gửi, chờ thẩm định");
  // right after sending only the success message speaks; opened again, the page says why it cannot be sent again
  await expect(page.getByTestId("review-submit-unavailable")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("review-submit-unavailable")).toContainText("đang chờ thẩm định");
  await expect(page.getByTestId("review-log").locator("li")).toHaveCount(1);

  await page.context().close();
});

test("the district officer returns it with a reason on criterion 2", async ({ browser }) => {
  const page = await as(browser, "vanquan", REVIEW);
  await expect(state(page)).toHaveText("Đã gửi, chờ thẩm định");
  await expect(page.getByTestId("review-submit")).toHaveCount(0);
  const form = page.getByTestId("review-return-form");

  // no criterion chosen: told next to the list, nothing returned
  await form.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(form.getByText("Vui lòng chọn ít nhất một tiêu chí và nêu lý do.")).toBeVisible();
  await expect(state(page)).toHaveText("Đã gửi, chờ thẩm định");

  // the reason box of a criterion appears once it is ticked
  const reason = form.getByLabel("Lý do trả lại tiêu chí 2");
  await expect(reason).toBeHidden();
  await form.getByRole("checkbox", { name: /^Tiêu chí 2\./ }).check();
  await expect(reason).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await reason.fill(REASON);
  await form.getByLabel("Ý kiến chung (không bắt buộc)").fill("Đề nghị xã bổ sung");
  await form.getByRole("button", { name: "Trả lại cho xã" }).click();
  await expect(page.getByTestId("review-message")).toHaveText("Đã trả lại cho xã kèm lý do.");
  await expect(state(page)).toHaveText("Trả lại để sửa");
  await expect(page.getByTestId("review-return-reasons")).toContainText(REASON);
  await expect(page.getByTestId("review-decide")).toContainText("Chưa có kết quả nào chờ thẩm định.");
  await page.context().close();
});

test("the commune sees the reason where it edits, and resubmits", async ({ browser }) => {
  const page = await as(browser, "tuxuyen", "/units/06277/edit");
  const c2 = page.locator('li[data-criterion="2"]');
  await expect(c2).toContainText("Người thẩm định trả lại với lý do:");
  await expect(c2).toContainText(REASON);
  await expect(page.locator('li[data-criterion="3"]')).not.toContainText("Người thẩm định trả lại");

  await page.goto(REVIEW);
  await expect(state(page)).toHaveText("Trả lại để sửa");
  await page.getByLabel("Ghi chú gửi kèm (không bắt buộc)").fill("Đã bổ sung số liệu tiêu chí 2");
  await page.getByRole("button", { name: "Gửi thẩm định" }).click();
  await expect(page.getByTestId("review-message")).toHaveText("Đã gửi thẩm định.");
  await expect(state(page)).toHaveText("Đã gửi, chờ thẩm định");
  await expect(page.getByTestId("submission-table").locator("tbody tr")).toHaveCount(2);

  await page.goto("/units/06277/edit");
  await expect(page.locator('li[data-criterion="2"]')).not.toContainText("Người thẩm định trả lại");
  await page.context().close();
});

test("the district officer approves: the commune's self-assessment forms are gone", async ({ browser }) => {
  const page = await as(browser, "vanquan", REVIEW);
  await page.getByLabel("Ý kiến thẩm định (không bắt buộc)").fill("Đồng ý kết quả tự đánh giá");
  await page.getByRole("button", { name: "Duyệt kết quả tự đánh giá" }).click();
  await expect(page.getByTestId("review-message")).toHaveText("Đã duyệt. Kết quả tự đánh giá của xã được khoá.");
  await expect(state(page)).toHaveText("Đã duyệt");
  await expect(page.getByTestId("review-reopen-form")).toBeVisible();

  const commune = await as(browser, "tuxuyen", "/units/06277/edit");
  await expect(commune.getByText("Kết quả tự đánh giá đã được duyệt nên đang bị khoá.")).toBeVisible();
  await expect(commune.locator('[data-testid^="self-form-"]')).toHaveCount(0);
  await commune.goto(REVIEW);
  await expect(commune.getByTestId("review-submit-unavailable")).toContainText("đã được duyệt");
  await expect(commune.getByTestId("review-submit-form")).toHaveCount(0);
  await commune.context().close();
  await page.context().close();
});

test("the district officer reopens: the commune edits again; the review page passes axe", async ({ browser }) => {
  const page = await as(browser, "vanquan", REVIEW);
  await page.getByLabel("Lý do mở lại (không bắt buộc)").fill("Mở lại để cập nhật tiêu chí 1");
  await page.getByRole("button", { name: "Mở lại kết quả" }).click();
  await expect(page.getByTestId("review-message")).toHaveText("Đã mở lại. Xã có thể sửa và gửi lại.");
  await expect(state(page)).toHaveText("Đã mở lại");
  const log = page.getByTestId("review-log").locator("li");
  await expect(log).toHaveCount(5);
  await expect(log.first()).toContainText("Đã duyệt → Đã mở lại");
  await expect(log.first()).toContainText("Cán bộ huyện Văn Quan");
  await expectNoSeriousA11yViolations(page);

  const commune = await as(browser, "tuxuyen", "/units/06277/edit");
  await expect(commune.getByTestId("self-form-1")).toBeVisible();
  await commune.goto(REVIEW);
  await expect(commune.getByTestId("review-submit-form")).toBeVisible();
  await expectNoSeriousA11yViolations(commune);
  await commune.context().close();
  await page.context().close();
});

test("another commune's official cannot read Tú Xuyên's review", async ({ browser }) => {
  const page = await as(browser, "huule", REVIEW);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Tú Xuyên");
  await expect(page.getByTestId("review-status")).toHaveCount(0);
  await page.context().close();
});

test("a forged approval with the commune's session is refused; the same request from the reviewer goes through", async ({ browser }) => {
  const commune = await as(browser, "tuxuyen", REVIEW);
  await commune.getByRole("button", { name: "Gửi thẩm định" }).click();
  await expect(state(commune)).toHaveText("Đã gửi, chờ thẩm định");

  // The district officer's approve form as the browser would send it (action reference included).
  const officer = await as(browser, "vanquan", REVIEW);
  const fields = Object.fromEntries(
    await officer.getByTestId("review-approve-form").evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)])),
  );
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION"))).toBe(true);
  const origin = new URL(commune.url()).origin;

  await commune.request.post(REVIEW, { multipart: fields, headers: { Origin: origin } });
  await commune.reload();
  await expect(state(commune)).toHaveText("Đã gửi, chờ thẩm định");

  await officer.request.post(REVIEW, { multipart: fields, headers: { Origin: origin } });
  await commune.reload();
  await expect(state(commune)).toHaveText("Đã duyệt");

  // leave Tú Xuyên unlocked for whatever runs next
  await officer.reload();
  await officer.getByRole("button", { name: "Mở lại kết quả" }).click();
  await expect(state(officer)).toHaveText("Đã mở lại");
  await officer.context().close();
  await commune.context().close();
});
