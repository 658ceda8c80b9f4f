import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

// The coordination office's settings, end to end: the standard-share target shows on the province
// overview, a provincial target changes a commune's indicator result, an account is created,
// signs in, is deactivated and can no longer sign in; the audit log records it all; a commune
// official cannot open the settings. Demo accounts' passwords are never changed here.

test.describe.configure({ mode: "serial" });

const NEW_USER = "tx.vanhoa";
const NEW_PASSWORD = "mat-khau-e2e-01";

async function as(browser: Browser, user: DemoUser, path: string): Promise<Page> {
  const ctx = await browser.newContext({ storageState: storageStateFor(user) });
  const page = await ctx.newPage();
  await page.goto(path);
  return page;
}

/** Signs in through the real sign-in page in a fresh context (no stored cookies). */
async function signIn(browser: Browser, username: string, password: string): Promise<Page> {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  return page;
}

test("a commune official has no settings link and gets a 404 on every settings page", async ({ browser }) => {
  const page = await as(browser, "huule", "/");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(page.getByTestId("settings-link")).toHaveCount(0);
  await expect(page.getByTestId("account-link")).toBeVisible();
  for (const path of ["/settings", "/settings/targets", "/settings/targets/16", "/settings/users", "/settings/users/1", "/settings/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  }
  await page.context().close();
});

test("the office sets the standard-share target to 50 % and the province overview counts the communes still needed", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("settings-link").click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cài đặt");
  await expect(page.getByTestId("standard-share-current")).toContainText("Chưa đặt mục tiêu.");
  await expectNoSeriousA11yViolations(page);

  const form = page.getByTestId("standard-share-form");
  await form.getByLabel("Mục tiêu (%)").fill("150");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Nhập một tỷ lệ từ 0 đến 100")).toBeVisible();
  await expect(form.getByLabel("Mục tiêu (%)")).toHaveValue("150");
  await expect(form.getByLabel("Mục tiêu (%)")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Mục tiêu (%)").fill("50");
  await form.getByLabel("Lý do, ghi chú (không bắt buộc)").fill("Nghị quyết Đại hội Đảng bộ tỉnh");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByTestId("standard-share-message")).toHaveText("Đã lưu.");
  await expect(page.getByTestId("standard-share-current")).toContainText("Mục tiêu hiện tại: 50%");

  await page.goto("/units/20");
  const overview = page.getByTestId("province-overview");
  await expect(overview).toContainText("Mục tiêu của tỉnh: 50");
  await expect(overview).toContainText("Cần thêm 5 xã đạt chuẩn");
});

test("a provincial target for indicator 16 turns Tú Xuyên's 2/7 villages into a computed 'chưa đạt'", async ({ page }) => {
  await page.goto("/units/06277");
  const villages = () => page.locator('li[data-criterion="16"] li[data-indicator="16"]');
  await page.locator('li[data-criterion="16"]').getByText("Các chỉ tiêu của tiêu chí 16").click();
  await expect(villages().getByTestId("indicator-reason").first()).toContainText("chưa có chỉ tiêu được xác nhận cho vùng TDMNPB");

  await page.goto("/settings/targets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chỉ tiêu của tỉnh");
  const row = page.locator('tr[data-indicator="16"]');
  await expect(row.getByTestId("national-target")).toContainText("Chưa có chỉ tiêu được xác nhận");
  await expect(row.getByTestId("national-target")).toContainText("Mức chung toàn quốc ≥ 70%");
  await expect(row.getByTestId("province-target")).toHaveText("Chưa quy định");
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("link", { name: "Đặt mức của tỉnh cho chỉ tiêu 16" }).click();
  await expect(page).toHaveURL(/\/settings\/targets\/16$/);
  await expect(page.getByTestId("no-provincial-target")).toBeVisible();
  const add = page.getByTestId("add-target");
  await add.getByLabel("Mức (%)").fill("70");
  // the required basis left empty: the server explains it next to the field, which takes the focus
  await add.getByRole("button", { name: "Lưu" }).click();
  await expect(add.getByText("Vui lòng nêu căn cứ")).toBeVisible();
  await expect(add.getByLabel("Căn cứ (bắt buộc)")).toBeFocused();
  await expect(add.getByLabel("Mức (%)")).toHaveValue("70");
  await add.getByLabel("Căn cứ (bắt buộc)").fill("Quyết định số 1234/QĐ-UBND của UBND tỉnh Lạng Sơn");
  await add.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByTestId("add-target-message")).toHaveText("Đã lưu.");
  const saved = page.getByTestId("provincial-target");
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText("≥ 70%");
  await expect(saved).toContainText("Áp dụng mọi năm");
  await expect(saved).toContainText("Căn cứ: Quyết định số 1234/QĐ-UBND");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/units/06277");
  await page.locator('li[data-criterion="16"]').getByText("Các chỉ tiêu của tiêu chí 16").click();
  await expect(villages().getByTestId("indicator-target")).toHaveText("≥ 70%");
  const reason = villages().locator('[data-testid="indicator-reason"][data-view="verified"]');
  await expect(reason).toContainText("2/7 thôn = 28,6% (năm 2019) < 70% → chưa đạt");

  // the office removes it again, with a reason: the national level (none for TDMNPB) applies again
  await page.goto("/settings/targets/16");
  const remove = page.getByTestId("provincial-target").locator('form[data-testid^="remove-target-"]');
  await remove.getByLabel("Lý do bỏ (bắt buộc)").fill("Bãi bỏ theo Quyết định số 5/QĐ-UBND");
  await remove.getByRole("button", { name: "Bỏ mức này" }).click();
  await expect(page.getByTestId("target-removed-message")).toContainText("Đã bỏ mức của tỉnh");
  await expect(page.getByTestId("provincial-target")).toHaveCount(0);
  await page.goto("/units/06277");
  await page.locator('li[data-criterion="16"]').getByText("Các chỉ tiêu của tiêu chí 16").click();
  await expect(villages().getByTestId("indicator-reason").first()).toContainText("chưa có chỉ tiêu được xác nhận cho vùng TDMNPB");
});

test("the office creates a commune official for Tú Xuyên, who signs in; deactivated, the account cannot sign in", async ({ page, browser }) => {
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tài khoản người dùng");
  await expect(page.locator('tr[data-username="tuxuyen"]')).toContainText("Cán bộ cấp xã");
  await expect(page.locator('tr[data-username="admin"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(/\/settings\/users\/new$/);
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Tên đăng nhập").fill("Tu Xuyen");
  await form.getByLabel("Họ tên hoặc tên đơn vị").fill("Cán bộ văn hóa xã Tú Xuyên");
  await form.getByLabel("Vai trò").selectOption("commune_official");
  await form.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Tú Xuyên (Văn Quan)" });
  await form.getByLabel("Mật khẩu ban đầu").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText("Tên đăng nhập gồm 3–40 ký tự")).toBeVisible();
  // what was typed is kept (except the password, which is never sent back)
  await expect(form.getByLabel("Họ tên hoặc tên đơn vị")).toHaveValue("Cán bộ văn hóa xã Tú Xuyên");
  await expect(form.getByLabel("Đơn vị", { exact: true })).toHaveValue("06277");
  await expect(form.getByLabel("Mật khẩu ban đầu")).toHaveValue("");
  await expectNoSeriousA11yViolations(page);

  await form.getByLabel("Tên đăng nhập").fill(NEW_USER);
  await form.getByLabel("Mật khẩu ban đầu").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByTestId("create-user-form-message")).toContainText(`Đã tạo tài khoản ${NEW_USER}.`);

  const user = await signIn(browser, NEW_USER, NEW_PASSWORD);
  await expect(user.getByTestId("signed-in-as")).toContainText("Cán bộ văn hóa xã Tú Xuyên");
  await expect(user.getByTestId("settings-link")).toHaveCount(0);
  await user.goto("/units/06277/edit");
  await expect(user.getByTestId("self-form-1")).toBeVisible();
  await user.context().close();

  await page.getByRole("link", { name: "Mở tài khoản vừa tạo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tài khoản ${NEW_USER}`);
  await expectNoSeriousA11yViolations(page);
  const status = page.getByTestId("user-status-form");
  await status.getByLabel("Lý do, ghi chú (không bắt buộc)").fill("Chuyển công tác");
  await status.getByRole("button", { name: "Khoá tài khoản" }).click();
  await expect(page.getByTestId("user-status-message")).toHaveText("Đã khoá tài khoản.");
  await expect(page.getByTestId("user-status")).toContainText("Tài khoản đã bị khoá");
  await expect(status.getByRole("button", { name: "Mở lại tài khoản" })).toBeVisible();

  const refused = await signIn(browser, NEW_USER, NEW_PASSWORD);
  await expect(refused.getByTestId("sign-in-error")).toHaveText(
    "Tên đăng nhập hoặc mật khẩu không đúng, hoặc bạn đã thử quá nhiều lần. Vui lòng kiểm tra lại hoặc thử lại sau ít phút.",
  );
  await expect(refused.getByTestId("signed-in-as")).toHaveCount(0);
  await refused.context().close();

  // the office cannot lock itself out
  await page.goto("/settings/users");
  await page.locator('tr[data-username="vpdp"]').getByRole("link", { name: "Quản lý tài khoản vpdp" }).click();
  await expect(page.getByTestId("user-status-form")).toContainText("Bạn không thể tự khoá tài khoản của mình.");
  await expect(page.getByTestId("user-status-form").getByRole("button")).toHaveCount(0);
});

test("the audit log lists who changed what, old → new and why, and can be filtered", async ({ page }) => {
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhật ký thay đổi");
  const rows = page.locator("tr[data-audit-entry]");
  await expect(rows.filter({ hasText: "Khoá tài khoản" }).first()).toContainText("Chuyển công tác");
  await expect(rows.filter({ hasText: "Bỏ chỉ tiêu của tỉnh" }).first()).toContainText("Bãi bỏ theo Quyết định số 5/QĐ-UBND");
  await expect(rows.filter({ hasText: "Đặt cài đặt" }).first()).toContainText("standard_share_target");
  await expect(rows.filter({ hasText: "Đặt cài đặt" }).first()).toContainText("Nghị quyết Đại hội Đảng bộ tỉnh");
  await expect(page.locator("tbody")).not.toContainText("$2");
  await expectNoSeriousA11yViolations(page);
  // nothing on the page edits or deletes an entry
  await expect(page.locator("main form")).toHaveCount(1);

  await page.getByLabel("Lọc theo đối tượng").selectOption("indicator_target");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/entity=indicator_target/);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Bỏ chỉ tiêu của tỉnh");
  await expect(rows.nth(1)).toContainText("Đặt chỉ tiêu của tỉnh");

  await page.goto("/settings/audit?entity=nonsense");
  await expect(page.getByText("Bộ lọc không hợp lệ; đang hiển thị tất cả thay đổi.")).toBeVisible();
});

test("each signed-in user makes their own API token, shown once, which reads the API until revoked", async ({ browser }) => {
  // API calls without any cookie: only the token identifies the caller
  const bare = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const request = bare.request;
  const page = await as(browser, "vanquan", "/");
  await page.getByTestId("account-link").click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tài khoản của tôi");
  await expect(page.getByTestId("token-state")).toHaveText("Bạn chưa có mã API.");
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("create-token").click();
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^ntm_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("token-state")).toContainText("Bạn đã có một mã API");

  const ok = await request.get("/api/v1/units/184", { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  // the token reads what the account reads: not another district's data
  expect((await request.get("/api/v1/units/20", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(404);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await page.getByTestId("revoke-token").click();
  await expect(page.getByTestId("revoke-token-message")).toHaveText("Đã thu hồi mã API.");
  expect((await request.get("/api/v1/units/184", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  await page.context().close();
  await bare.close();
});
