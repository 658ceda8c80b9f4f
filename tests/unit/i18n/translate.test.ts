import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, resolveLocale } from "@/lib/i18n/config";
import { clientMessages, translatorFor } from "@/lib/i18n/messages";
import { en } from "@/lib/i18n/messages/en";
import { createTranslator, interpolate, lookup } from "@/lib/i18n/translate";
import type { Messages } from "@/lib/i18n/types";

describe("resolveLocale", () => {
  it.each([
    ["vi", "vi"],
    ["en", "en"],
    [undefined, "vi"],
    ["", "vi"],
    ["fr", "vi"],
    ["EN", "vi"],
    [42, "vi"],
  ])("resolveLocale(%o) → %s", (raw, expected) => {
    expect(resolveLocale(raw)).toBe(expected);
  });

  it("defaults to Vietnamese", () => {
    expect(DEFAULT_LOCALE).toBe("vi");
    expect(isLocale("en")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });
});

describe("interpolate and lookup", () => {
  it("replaces every placeholder and leaves unknown ones visible", () => {
    expect(interpolate("{a} và {b}, {a}", { a: 1, b: "hai" })).toBe("1 và hai, 1");
    expect(interpolate("Tiêu chí {number}", {})).toBe("Tiêu chí {number}");
    expect(interpolate("Không có biến")).toBe("Không có biến");
  });

  it("finds strings only", () => {
    const tree = { a: { b: "x" } };
    expect(lookup(tree, "a.b")).toBe("x");
    expect(lookup(tree, "a")).toBeUndefined();
    expect(lookup(tree, "a.c")).toBeUndefined();
    expect(lookup(tree, "toString")).toBeUndefined();
  });
});

describe("t()", () => {
  const tVi = translatorFor("vi");
  const tEn = translatorFor("en");

  it.each([
    ["summary.average", "Bình quân tiêu chí/xã", "Average criteria met per commune"],
    ["summary.communeCount", "Số xã", "Communes"],
    ["summary.belowFive", "Số xã dưới 5 tiêu chí", "Communes with fewer than 5 criteria"],
    ["status.nearly_met", "Gần đạt", "Nearly met"],
    ["view.verified", "Kết quả thẩm định", "Verified"],
    ["consistency.reported", "Báo cáo ghi", "Reported"],
    ["consistency.computed", "Tính từ dữ liệu", "Computed from the data"],
    ["gaps.title", "Danh sách tiêu chí còn thiếu", "Criteria still to meet"],
    ["criteria.noTarget", "Chưa có chỉ tiêu được xác nhận", "No confirmed target recorded"],
  ] as const)("%s", (key, vi, en) => {
    expect(tVi(key)).toBe(vi);
    expect(tEn(key)).toBe(en);
  });

  it("interpolates variables", () => {
    expect(tVi("summary.metStandard", { total: 19 })).toBe("Số xã đạt chuẩn (19/19)");
    expect(tVi("criteria.criterionNumber", { number: 9 })).toBe("Tiêu chí 9");
    expect(tEn("consistency.averageMismatch", { reported: "10.9", computed: "11.0" })).toBe(
      "The report states an average of 10.9 criteria per commune; the data give 11.0.",
    );
  });

  it("accepts keys built from domain values", () => {
    const status = "not_met" as "met" | "not_met";
    expect(tVi(`status.${status}`)).toBe("Chưa đạt");
  });

  it("returns the key for a path that is not a text (only reachable by bypassing the types)", () => {
    const t = createTranslator<{ a: { b: "x" } }>({ a: { b: "x" } });
    expect(t("a.b")).toBe("x");
    expect((t as (k: string) => string)("a")).toBe("a");
  });

  it("gives the client only the areas it needs", () => {
    expect(Object.keys(clientMessages("en")).sort()).toEqual(["common", "errors", "language"]);
    expect(clientMessages("vi").errors.retry).toBe("Thử lại");
  });
});

// Compile-time checks (tsc --noEmit fails if any @ts-expect-error line stops being an error).
function typeChecks() {
  const t = translatorFor("vi");
  t("summary.average");
  // @ts-expect-error: unknown key
  t("summary.doesNotExist");
  // @ts-expect-error: an area is not a text
  t("summary");
  // @ts-expect-error: a text with placeholders needs its vars
  t("criteria.criterionNumber");
  // @ts-expect-error: wrong placeholder name
  t("criteria.criterionNumber", { num: 1 });
  // @ts-expect-error: a text without placeholders takes no vars
  t("summary.average", { x: 1 });

  // A catalog missing a key, or with an extra one, does not compile.
  const { appName: _dropped, ...commonWithoutAppName } = en.common;
  // @ts-expect-error: common.appName is missing
  const missing: Messages = { ...en, common: commonWithoutAppName };
  // @ts-expect-error: common.extra is not a key of vi
  const extra: Messages = { ...en, common: { ...en.common, extra: "x" } };
  return [missing, extra];
}
void typeChecks;
