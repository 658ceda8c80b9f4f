import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { storageStateFor } from "../accounts";

// Step 4 end to end, in one story: the coordination office records an inspection of Văn Quan and
// Hữu Lễ, adds two recommendations from it (one to Sở GTVT, one to the district), the department
// finds its task in its queue, and the generated DOCX carries the figures computed from the data
// on the inspection date and the recipients derived from the addressees.

test.describe.configure({ mode: "serial" });

const TITLE = "Kiểm tra tiến độ xây dựng NTM huyện Văn Quan (kiểm thử luồng)";
const TASK_DEPT = "Phối hợp với huyện hoàn thiện hồ sơ tiêu chí giao thông của xã Hữu Lễ (kiểm thử luồng)";
const TASK_DISTRICT = "Chỉ đạo xã Hữu Lễ hoàn thiện các tiêu chí gần đạt (kiểm thử luồng)";
let inspectionPath = "";

test("the coordination office records an inspection and adds two recommendations from it", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: storageStateFor("vpdp") });
  const page = await ctx.newPage();
  await page.goto("/inspections/new");
  const form = page.getByTestId("inspection-form");
  await form.getByLabel("Tên đợt kiểm tra").fill(TITLE);
  await form.getByLabel("Ngày kiểm tra").fill("2020-06-15");
  await form.getByLabel(/686\/KH-STTTT/).check();
  await form.getByLabel("Họ và tên").fill("Lê Thị C");
  await form.getByLabel("Chức vụ").fill("Phó Chánh Văn phòng Điều phối NTM tỉnh");
  await form.getByLabel("Cơ quan", { exact: true }).selectOption("VPDP");
  await form.getByTestId("team-member").first().getByLabel("Sở, ngành").selectOption("GTVT");
  await form.getByRole("checkbox", { name: /^Huyện Văn Quan\b/ }).check();
  await form.getByRole("checkbox", { name: /^Hữu Lễ(\s|$)/ }).check();
  await form.getByRole("button", { name: "Lưu đợt kiểm tra" }).click();
  await expect(page).toHaveURL(/\/inspections\/\d+$/);
  inspectionPath = new URL(page.url()).pathname;

  for (const [text, addressee, due] of [
    [TASK_DEPT, "department:GTVT", "trong tháng 7/2020"],
    [TASK_DISTRICT, "unit:184", "cuối năm 2020"],
  ] as const) {
    await page.goto(inspectionPath);
    await page.getByTestId("add-recommendation-link").click();
    await expect(page).toHaveURL(/\/recommendations\/new\?inspection=\d+$/);
    const rec = page.getByTestId("recommendation-create-form");
    await expect(rec.getByLabel(/Đợt kiểm tra/)).toHaveValue(inspectionPath.split("/").pop()!);
    await rec.getByLabel("Nội dung kiến nghị").fill(text);
    const options = await rec.getByLabel("Nơi thực hiện").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // The district's value is whatever the form calls it; pick by the unit code.
    await rec.getByLabel("Nơi thực hiện").selectOption(options.find((v) => v === addressee || v.endsWith(`:${addressee.split(":")[1]}`))!);
    await rec.getByLabel("Xã liên quan (không bắt buộc)").selectOption("06322");
    await rec.getByLabel("Thời hạn theo văn bản (không bắt buộc)").fill(due);
    await rec.getByRole("button", { name: "Thêm kiến nghị" }).click();
    await expect(page.getByTestId("recommendation-create-message")).toHaveText("Đã thêm kiến nghị.");
  }

  await page.goto(inspectionPath);
  const main = page.locator("main");
  await expect(main).toContainText(TASK_DEPT);
  await expect(main).toContainText(TASK_DISTRICT);
  await ctx.close();
});

test("Sở GTVT finds its recommendation in its work queue", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: storageStateFor("gtvt") });
  const page = await ctx.newPage();
  await page.goto("/queue");
  const rows = page.getByTestId("queue-recommendations").locator("tbody tr");
  await expect(rows.filter({ hasText: TASK_DEPT })).toHaveCount(1);
  await expect(rows.filter({ hasText: TASK_DISTRICT })).toHaveCount(0);
  await ctx.close();
});

test("the DOCX of the new inspection carries the computed figures as of its date and the recipients", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: storageStateFor("vpdp") });
  const page = await ctx.newPage();
  await page.goto(`${inspectionPath}/report`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-docx").click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-kiem-tra-\d+-2020-06-15\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = xml.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");
  // District figures computed from the data on 15/6/2020 (the report's own 10,9 is not copied).
  for (const s of ["Bình quân đạt 11,0 tiêu chí/xã", "Xã Hữu Lễ: theo kết quả thẩm tra, đạt 16/19 tiêu chí", "tiến độ xây dựng NTM huyện Văn Quan (kiểm thử luồng)", "Ngày 15/06/2020", "Lê Thị C"]) expect(text).toContain(s);
  expect(text).not.toContain("10,9");
  // Recipients derived from the two addressees.
  expect(text).toContain("Nơi nhận");
  expect(text).toContain("UBND huyện Văn Quan;");
  expect(text).toContain("Các sở, ngành: GTVT;");
  expect(text).toContain("UBND xã Hữu Lễ;");
  expect(text).toContain(TASK_DEPT);
  await ctx.close();
});
