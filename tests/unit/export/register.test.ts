import { describe, expect, it } from "vitest";
import { lastNoteAsOf, recommendationStatusAsOf, registerAsOf, type RegisterExportRow, type RegisterNote } from "@/lib/export/register";
import { describeRegisterFilters, passesStatusFilters, readRegisterExportFilters } from "@/lib/export/register-filters";
import { averageKind, metricLabel } from "@/lib/export/summary";
import { areaSummary } from "@/lib/domain/summary";

const at = (iso: string) => new Date(iso);
const note = (iso: string, from: RegisterNote["statusFrom"], to: RegisterNote["statusTo"], body = "n"): RegisterNote => ({ createdAt: at(iso), body, author: "A", statusFrom: from, statusTo: to });

describe("recommendation status on a date", () => {
  const notes = [note("2020-06-01T00:00:00Z", "open", "in_progress"), note("2020-07-01T00:00:00Z", null, null, "tiến độ"), note("2020-08-01T00:00:00Z", "in_progress", "done")];
  it("is the last change by the date, else where the first later change started", () => {
    expect(recommendationStatusAsOf("done", notes, at("2020-05-31T00:00:00Z"))).toBe("open");
    expect(recommendationStatusAsOf("done", notes, at("2020-06-01T00:00:00Z"))).toBe("in_progress");
    expect(recommendationStatusAsOf("done", notes, at("2020-07-15T00:00:00Z"))).toBe("in_progress");
    expect(recommendationStatusAsOf("done", notes, at("2021-01-01T00:00:00Z"))).toBe("done");
  });
  it("without recorded changes, the current status", () => {
    expect(recommendationStatusAsOf("open", [], at("2020-01-01T00:00:00Z"))).toBe("open");
  });
  it("the last note by the date, with its day and author", () => {
    expect(lastNoteAsOf(notes, at("2020-07-15T00:00:00Z"))).toBe("01/07/2020, A: tiến độ");
    expect(lastNoteAsOf(notes, at("2020-05-01T00:00:00Z"))).toBeNull();
  });
  it("overdue is judged on the date with the status of that date", () => {
    const row: RegisterExportRow = {
      id: 1, inspection: null, sourceSection: null, communeCode: null, communeName: null, criterionNumber: null, criterionName: null, indicatorCode: null,
      text: "t", addressee: "a", dueDate: at("2020-06-30T00:00:00Z"), dueText: null, status: "done", createdAt: at("2020-05-20T00:00:00Z"), notes,
    };
    const [july] = registerAsOf([row], at("2020-07-15T16:59:59Z"), at("2020-07-15T16:59:59Z"));
    expect(july).toMatchObject({ status: "in_progress", overdue: true });
    const [june] = registerAsOf([row], at("2020-06-30T16:59:59Z"), at("2020-06-30T16:59:59Z"));
    expect(june?.overdue).toBe(false);
    const [later] = registerAsOf([row], at("2020-09-01T00:00:00Z"), at("2020-09-01T00:00:00Z"));
    expect(later).toMatchObject({ status: "done", overdue: false });
  });
});

describe("register filters", () => {
  const read = (q: string) => readRegisterExportFilters((k) => new URLSearchParams(q).get(k));
  it("defaults to unfinished, like the register page", () => {
    const r = read("");
    expect(r).toMatchObject({ ok: true, filters: { status: "unfinished", overdueOnly: false, communeCode: null } });
  });
  it("reads every filter", () => {
    expect(read("status=done&addressee=department:GTVT&commune=06322&criterion=17&inspection=1&overdue=1")).toEqual({
      ok: true,
      filters: { status: "done", addressee: { kind: "department", code: "GTVT" }, communeCode: "06322", criterionNumber: 17, inspectionId: 1, overdueOnly: true },
    });
  });
  it.each([
    ["status=later", "status"],
    ["addressee=sở", "addressee"],
    ["addressee=district:abc", "addressee"],
    ["commune=x", "commune"],
    ["criterion=0", "criterion"],
    ["criterion=1e3", "criterion"],
    ["inspection=-1", "inspection"],
    ["overdue=yes", "overdue"],
  ])("%s → 400 naming %s", (q, parameter) => {
    expect(read(q)).toMatchObject({ ok: false, parameter });
  });
  it("status filters apply to the status of the date", () => {
    const f = (q: string) => {
      const r = read(q);
      if (!r.ok) throw new Error(r.message);
      return r.filters;
    };
    expect(passesStatusFilters(f(""), "in_progress", false)).toBe(true);
    expect(passesStatusFilters(f(""), "done", false)).toBe(false);
    expect(passesStatusFilters(f("status=all"), "cancelled", false)).toBe(true);
    expect(passesStatusFilters(f("overdue=1"), "open", false)).toBe(false);
    expect(describeRegisterFilters(f("status=done&criterion=2"))).toBe("trạng thái “Đã hoàn thành”; tiêu chí 2");
  });
});

describe("summary words", () => {
  it("names the kind of the average", () => {
    const s = areaSummary(
      [
        { unitCode: "1", unitName: "A", criteriaMet: 16, basis: "detailed" },
        { unitCode: "2", unitName: "B", criteriaMet: 8, basis: "document" },
        { unitCode: "3", unitName: "C", criteriaMet: null, basis: "none" },
      ],
      { totalCriteria: 19 },
    );
    expect(averageKind(s)).toBe("Hỗn hợp: tính trên 2/3 xã (1 xã theo đánh giá từng tiêu chí, 1 xã theo tổng số trong văn bản); 1 xã chưa có số liệu không được tính");
    expect(averageKind(areaSummary([], { totalCriteria: 19 }))).toMatch(/^Không tính được/);
  });
  it("labels metrics with their parameter", () => {
    expect(metricLabel("communes_with_criteria_met", 19)).toBe("Số xã đạt 19 tiêu chí");
    expect(metricLabel("average_criteria_met", null)).toBe("Bình quân tiêu chí/xã");
    expect(metricLabel("unknown", null)).toBe("unknown");
  });
});
