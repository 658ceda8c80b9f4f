import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

// The recommendation register end to end: the coordination office records a recommendation to
// Sở GTVT for Tú Xuyên's criterion 2 due "trong tháng 6/2020"; signed in as gtvt it is in the
// department's queue (overdue first); gtvt adds a progress note and closes it with a note (not
// without); a commune official can read a department's recommendation but not change it.

test.describe.configure({ mode: "serial" });

const TEXT = "Đôn đốc hoàn thành tuyến đường trục xã Nà Quang – Bản Giềng (kiểm thử e2e)";
let recPath = "";

async function as(browser: Browser, user: DemoUser, path: string): Promise<Page> {
  const ctx = await browser.newContext({ storageState: storageStateFor(user) });
  const page = await ctx.newPage();
  await page.goto(path);
  return page;
}

test("the coordination office adds a recommendation to Sở GTVT for Tú Xuyên, criterion 2, due “trong tháng 6/2020”", async ({ browser }) => {
  const page = await as(browser, "vpdp", "/recommendations");
  await expect(page.getByRole("heading", { level: 1, name: "Sổ theo dõi kiến nghị" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Thêm kiến nghị" }).click();
  await expect(page).toHaveURL(/\/recommendations\/new$/);
  await expectNoSeriousA11yViolations(page);

  const form = page.getByTestId("recommendation-create-form");
  // Nothing filled: told next to the fields, nothing recorded.
  await form.getByRole("button", { name: "Thêm kiến nghị" }).click();
  await expect(form.getByText("Vui lòng nhập nội dung kiến nghị.")).toBeVisible();
  await expect(form.getByText("Vui lòng chọn nơi thực hiện.")).toBeVisible();
  await expect(form.getByLabel("Nội dung kiến nghị")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Nội dung kiến nghị").fill(TEXT);
  await form.getByLabel("Nơi thực hiện").selectOption("department:GTVT");
  await form.getByLabel("Xã liên quan (không bắt buộc)").selectOption("06277");
  await form.getByLabel("Tiêu chí (không bắt buộc)").selectOption("2");
  await form.getByLabel("Thời hạn theo văn bản (không bắt buộc)").fill("trong tháng 6/2020");
  await form.getByRole("button", { name: "Thêm kiến nghị" }).click();
  await expect(page.getByTestId("recommendation-create-message")).toHaveText("Đã thêm kiến nghị.");
  await page.getByTestId("open-created").click();
  await expect(page).toHaveURL(/\/recommendations\/\d+$/);
  recPath = new URL(page.url()).pathname;

  await expect(page.getByTestId("recommendation-text")).toHaveText(TEXT);
  await expect(page.getByTestId("recommendation-addressee")).toHaveText("Sở Giao thông vận tải");
  const due = page.getByTestId("recommendation-due");
  await expect(due).toContainText("30/06/2020");
  await expect(due).toContainText("Theo văn bản: “trong tháng 6/2020”");
  await expect(due.getByTestId("overdue-badge")).toHaveText("Quá hạn");
  await expectNoSeriousA11yViolations(page);

  // The register finds it with the overdue filter and the addressee filter.
  await page.goto("/recommendations?overdue=1&addressee=department:GTVT&commune=06277&criterion=2");
  await expect(page.getByTestId("recommendation-register").getByRole("link", { name: TEXT })).toBeVisible();
  await page.context().close();
});

test("signed in as gtvt, it is in the department's queue, overdue first", async ({ browser }) => {
  const page = await as(browser, "gtvt", "/queue");
  await expect(page.getByRole("heading", { level: 1, name: "Việc của sở" })).toBeVisible();
  await expect(page.getByTestId("queue-department")).toHaveText("Sở Giao thông vận tải");
  await expect(page.getByTestId("queue-criteria").locator('[data-queue-row="06277-2"]')).toContainText("Tú Xuyên");
  await expect(page.getByTestId("queue-criteria").locator('[data-queue-row="06277-2"]').getByRole("link", { name: "Danh sách thiếu hụt của xã Tú Xuyên" })).toHaveAttribute(
    "href",
    "/units/06277/gaps",
  );
  const rows = page.getByTestId("queue-recommendations").locator("tbody tr");
  await expect(rows.filter({ hasText: TEXT })).toHaveCount(1);
  await expect(rows.filter({ hasText: TEXT })).toHaveAttribute("data-overdue", "true");
  const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-overdue")));
  expect(flags[0]).toBe("true");
  expect(flags.indexOf("false") === -1 || flags.lastIndexOf("true") < flags.indexOf("false")).toBe(true);
  await expectNoSeriousA11yViolations(page);

  // The home page lists it among what is overdue.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Việc cần làm" })).toBeVisible();
  await expect(page.getByTestId("home-due").getByRole("link", { name: TEXT })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});

test("gtvt adds a progress note, then closes it — not without a note", async ({ browser }) => {
  const page = await as(browser, "gtvt", "/queue");
  await page.getByTestId("queue-recommendations").getByRole("link", { name: TEXT }).click();
  await expect(page).toHaveURL(new RegExp(`${recPath}$`));

  const noteForm = page.getByTestId("recommendation-note-form");
  await noteForm.getByLabel("Nội dung ghi nhận").fill("Đã làm việc với nhà thầu; dự kiến hoàn thành mặt đường trong tháng 8.");
  await noteForm.getByRole("button", { name: "Thêm ghi nhận" }).click();
  await expect(page.getByTestId("recommendation-note-message")).toHaveText("Đã thêm ghi nhận.");
  const notes = page.getByTestId("recommendation-notes");
  await expect(notes.locator("li").first()).toContainText("Đã làm việc với nhà thầu");
  await expect(notes.locator("li").first()).toContainText("Cán bộ Sở Giao thông vận tải");

  const statusForm = page.getByTestId("recommendation-status-form");
  await statusForm.getByLabel("Tình trạng mới").selectOption("done");
  await statusForm.getByRole("button", { name: "Cập nhật tình trạng" }).click();
  await expect(statusForm.getByText("Đóng hoặc mở lại kiến nghị cần ghi chú lý do.")).toBeVisible();
  await expect(statusForm.getByLabel("Ghi chú")).toHaveAttribute("aria-invalid", "true");

  await statusForm.getByLabel("Tình trạng mới").selectOption("done");
  await statusForm.getByLabel("Ghi chú").fill("Tuyến Nà Quang – Bản Giềng đã hoàn thành, nghiệm thu ngày 15/8.");
  await statusForm.getByRole("button", { name: "Cập nhật tình trạng" }).click();
  await expect(page.getByTestId("recommendation-status-message")).toHaveText("Đã cập nhật tình trạng.");
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Đã hoàn thành");
  await expect(notes.locator("li").first()).toContainText("Chuyển từ “Chưa thực hiện” sang “Đã hoàn thành”");
  await expect(page.getByTestId("recommendation-details")).toContainText("Tuyến Nà Quang – Bản Giềng đã hoàn thành");
  await expect(page.getByTestId("recommendation-due").getByTestId("overdue-badge")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Closed: no longer in the queue.
  await page.goto("/queue");
  await expect(page.getByTestId("queue-recommendations").getByRole("link", { name: TEXT })).toHaveCount(0);
  await page.context().close();
});

test("a commune official reads a department's recommendation about their commune but cannot change it", async ({ browser }) => {
  const page = await as(browser, "tuxuyen", recPath);
  await expect(page.getByTestId("recommendation-text")).toHaveText(TEXT);
  await expect(page.getByText("Tài khoản của bạn chỉ xem được kiến nghị này.")).toBeVisible();
  await expect(page.getByTestId("recommendation-status-form")).toHaveCount(0);
  await expect(page.getByTestId("recommendation-note-form")).toHaveCount(0);
  await expect(page.getByTestId("recommendation-edit-form")).toHaveCount(0);

  await page.goto("/queue");
  await expect(page.getByTestId("queue-not-department")).toBeVisible();
  await page.goto("/recommendations/new");
  await expect(page.getByText("Tài khoản của bạn không thêm được kiến nghị.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Another commune's official cannot even read it.
  const other = await as(browser, "huule", recPath);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await other.context().close();
  await page.context().close();
});
