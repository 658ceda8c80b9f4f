import { describe, expect, it } from "vitest";
import { addresseeSchema, readRegisterFilters, recommendationCreateSchema, recommendationStatusSchema } from "@/lib/validation/recommendation";

describe("recommendation forms", () => {
  const base = { text: "Hoàn thành tuyến đường trục xã", addressee: "department:GTVT" };

  it("reads a complete form; empty optional fields are null", () => {
    const r = recommendationCreateSchema.safeParse({ ...base, communeCode: "06277", criterionNumber: "2", indicatorCode: "", dueText: " trong tháng 6/2020 ", dueDate: "", inspectionId: "1" });
    expect(r.success && r.data).toEqual({
      text: "Hoàn thành tuyến đường trục xã",
      addressee: { kind: "department", code: "GTVT" },
      communeCode: "06277",
      criterionNumber: 2,
      indicatorCode: null,
      dueText: "trong tháng 6/2020",
      dueDate: null,
      sourceSection: null,
      inspectionId: 1,
    });
  });

  it.each([
    [{ text: "  " }, "text", "recommendations.errors.textRequired"],
    [{ addressee: "" }, "addressee", "recommendations.errors.addresseeRequired"],
    [{ addressee: "district:ABC" }, "addressee", "recommendations.errors.addresseeRequired"],
    [{ addressee: "province:20" }, "addressee", "recommendations.errors.addresseeRequired"],
    [{ criterionNumber: "2.5" }, "criterionNumber", "validation.invalid"],
    [{ criterionNumber: "100" }, "criterionNumber", "validation.invalid"],
    [{ indicatorCode: "9.a" }, "indicatorCode", "recommendations.errors.indicatorInvalid"],
    [{ dueDate: "30/06/2020" }, "dueDate", "recommendations.errors.dueDateInvalid"],
    [{ dueDate: "2020-02-30" }, "dueDate", "recommendations.errors.dueDateInvalid"],
    [{ dueText: "x".repeat(201) }, "dueText", "validation.tooLong"],
    [{ communeCode: "Tú Xuyên" }, "communeCode", "validation.invalid"],
  ])("refuses %j", (extra, field, message) => {
    const r = recommendationCreateSchema.safeParse({ ...base, ...extra });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("an explicit date becomes a calendar day", () => {
    const r = recommendationCreateSchema.safeParse({ ...base, dueDate: "2020-09-15" });
    expect(r.success && r.data.dueDate).toEqual({ year: 2020, month: 9, day: 15 });
  });

  it("addressees", () => {
    expect(addresseeSchema.parse("district:184")).toEqual({ kind: "district", code: "184" });
    expect(addresseeSchema.parse("commune:06277")).toEqual({ kind: "commune", code: "06277" });
  });

  it("status changes need a known status and a version; the note is optional here (the rules decide)", () => {
    expect(recommendationStatusSchema.safeParse({ id: "3", version: "2", status: "done", note: "" }).success).toBe(true);
    expect(recommendationStatusSchema.safeParse({ id: "3", version: "2", status: "closed" }).success).toBe(false);
    expect(recommendationStatusSchema.safeParse({ id: "3", version: "0", status: "done" }).success).toBe(false);
  });
});

describe("register filters from the URL", () => {
  it("defaults to unfinished, page 1", () => {
    expect(readRegisterFilters({})).toEqual({
      filters: { status: "unfinished", addressee: null, communeCode: null, criterionNumber: null, inspectionId: null, overdueOnly: false, page: 1 },
      invalid: [],
    });
  });

  it("reads every filter and names the bad ones (then ignores them)", () => {
    const ok = readRegisterFilters({ status: "done", addressee: "department:GTVT", commune: "06277", criterion: "2", inspection: "1", overdue: "1", page: "3" });
    expect(ok.invalid).toEqual([]);
    expect(ok.filters).toMatchObject({ status: "done", addressee: { kind: "department", code: "GTVT" }, communeCode: "06277", criterionNumber: 2, inspectionId: 1, overdueOnly: true, page: 3 });
    const bad = readRegisterFilters({ status: "late", addressee: "x", commune: "abc", criterion: "0", inspection: "-1", overdue: "true", page: "zero" });
    expect(bad.invalid.sort()).toEqual(["addressee", "commune", "criterion", "inspection", "overdue", "page", "status"]);
    expect(bad.filters).toMatchObject({ status: "unfinished", addressee: null, communeCode: null, criterionNumber: null, inspectionId: null, overdueOnly: false, page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(readRegisterFilters({ status: ["all", "done"] }).filters.status).toBe("all");
  });
});
