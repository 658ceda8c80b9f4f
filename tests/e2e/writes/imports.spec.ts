import { expect, test } from "@playwright/test";
import { storageStateFor } from "../accounts";
import { expectNoSeriousA11yViolations } from "../fixtures";

// Import of a commune's standing from a file: upload with progress → preview → apply → the
// commune page shows it; a malformed file is refused with a clear message and writes nothing.

const LABEL = { met: "Đạt", nearly_met: "Gần đạt", not_met: "Chưa đạt", not_assessed: "Chưa đánh giá" } as const;
type Status = keyof typeof LABEL;
const HEADER = ["Mã xã", "Tên xã", "Huyện", "Số tiêu chí đạt", "Nguồn số liệu", ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];

/** A one-row matrix CSV (the export's layout) setting one criterion; the other cells are empty (kept). */
function csv(criterion: number, label: string): Buffer {
  const row = ["06322", "Hữu Lễ", "Văn Quan", "", "", ...Array.from({ length: 19 }, (_, i) => (i + 1 === criterion ? label : ""))];
  return Buffer.from("\uFEFF" + [HEADER, row].map((r) => r.join(",")).join("\r\n") + "\r\n", "utf8");
}

test.describe("a commune official imports a file", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("uploads a CSV changing one criterion, sees the one change in the preview, applies it, and the commune page shows it", async ({ page }) => {
    await page.goto("/units/06322");
    const before = (await page.locator('li[data-criterion="7"]').getAttribute("data-self")) as Status;
    const next: Status = before === "met" ? "not_met" : "met";

    await page.goto("/units/06322/edit");
    await page.getByTestId("import-link").click();
    await expect(page).toHaveURL(/\/units\/06322\/import$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hữu Lễ");
    await expect(page.getByText("Tệp sẽ được ghi vào: kết quả xã tự đánh giá.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Tệp dữ liệu (XLSX hoặc CSV)").setInputFiles({ name: "huu-le-tc7.csv", mimeType: "text/csv", buffer: csv(7, LABEL[next]) });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    await expect(page).toHaveURL(/\/imports\/[0-9a-f]{32}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem trước dữ liệu nhập");
    await expect(page.getByTestId("count-status-changes")).toHaveText("1");
    await expect(page.getByTestId("count-errors")).toHaveText("0");
    const change = page.getByTestId("import-changes").locator("tbody tr");
    await expect(change).toHaveCount(1);
    await expect(change.first()).toHaveAttribute("data-subject", "c7");
    await expect(change.first()).toContainText(LABEL[before]);
    await expect(change.first()).toContainText(LABEL[next]);
    if (process.env.IMPORT_SCREENSHOT) await page.screenshot({ path: `${process.env.IMPORT_SCREENSHOT}-preview.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Áp dụng" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("Đã ghi 1 tiêu chí");
    await expect(page.getByTestId("import-summary")).toContainText("huu-le-tc7.csv");
    // The apply's progress: polled while it runs (a one-change file is too quick to catch), and
    // complete in the summary once applied.
    const bar = page.getByRole("progressbar", { name: "Tiến độ áp dụng" });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute("max", "1");
    await expect(bar).toHaveAttribute("value", "1");
    await expect(page.getByTestId("import-apply-progress-text")).toHaveText(/^Đã ghi 1 \/ 1 thay đổi \(100\s?%\)$/);
    if (process.env.IMPORT_SCREENSHOT) await page.screenshot({ path: `${process.env.IMPORT_SCREENSHOT}-applied.png`, fullPage: true });
    await expect(page.getByRole("button", { name: "Áp dụng" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Về trang Xã Hữu Lễ" }).click();
    await expect(page).toHaveURL(/\/units\/06322$/);
    await expect(page.locator('li[data-criterion="7"]')).toHaveAttribute("data-self", next);
  });

  test("a malformed file is refused with a clear message; a file with bad cells shows them by row and column and cannot be applied", async ({ page }) => {
    await page.goto("/units/06322/import");
    const input = page.getByLabel("Tệp dữ liệu (XLSX hoặc CSV)");
    await input.setInputFiles({ name: "bien-ban.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n") });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    await expect(page.getByTestId("import-upload-error")).toHaveText("Tệp không phải Excel (XLSX) hoặc CSV.");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    if (process.env.IMPORT_SCREENSHOT) await page.screenshot({ path: `${process.env.IMPORT_SCREENSHOT}-upload.png`, fullPage: true });
    await expect(page).toHaveURL(/\/units\/06322\/import$/);

    await input.setInputFiles({ name: "sai-cot.csv", mimeType: "text/csv", buffer: Buffer.from("Mã,Tên\r\n06322,Hữu Lễ\r\n") });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    await expect(page.getByTestId("import-upload-error")).toContainText("Các cột không đúng mẫu");

    await input.setInputFiles({ name: "o-loi.csv", mimeType: "text/csv", buffer: csv(3, "=HYPERLINK(\"http://x\")") });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    await expect(page).toHaveURL(/\/imports\/[0-9a-f]{32}$/);
    await expect(page.getByTestId("count-errors")).toHaveText("1");
    const error = page.getByTestId("import-errors").locator("tbody tr");
    await expect(error).toHaveAttribute("data-row", "2");
    await expect(error).toHaveAttribute("data-column", "TC3");
    await expect(error).toContainText("Công thức");
    await expect(page.getByRole("button", { name: "Áp dụng" })).toHaveCount(0);
    if (process.env.IMPORT_SCREENSHOT) await page.screenshot({ path: `${process.env.IMPORT_SCREENSHOT}-errors.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Huỷ" }).click();
    await expect(page.getByText("Đã huỷ lần nhập này; không ghi gì.")).toBeVisible();
  });
});
