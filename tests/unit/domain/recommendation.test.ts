import { describe, expect, it } from "vitest";
import {
  addDays,
  allowedTransitions,
  checkStatusChange,
  closingSuggestion,
  dueSoonHorizon,
  dueState,
  isDueSoon,
  isOverdue,
  noteRequired,
  sortForQueue,
  startOfVietnamDay,
  storedDueDate,
} from "@/lib/domain/recommendation";
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from "@/lib/domain/types";

const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const due = (y: number, m: number, d: number) => storedDueDate({ year: y, month: m, day: d });
const rec = (id: number, dueDate: Date | null, status: RecommendationStatus = "open") => ({ id, dueDate, status });

describe("status transitions", () => {
  it.each([
    ["open", ["in_progress", "done", "cancelled"]],
    ["in_progress", ["done", "cancelled"]],
    ["done", ["open"]],
    ["cancelled", ["open"]],
  ] as const)("from %s", (from, to) => {
    expect([...allowedTransitions(from)].sort()).toEqual([...to].sort());
  });

  it("refuses staying in the same status and moves not in the table", () => {
    for (const s of RECOMMENDATION_STATUSES) expect(checkStatusChange(s, s, "x")).toEqual({ ok: false, reason: "same_status" });
    expect(checkStatusChange("in_progress", "open", "x")).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkStatusChange("done", "cancelled", "x")).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkStatusChange("cancelled", "in_progress", "x")).toEqual({ ok: false, reason: "not_allowed" });
  });

  it("closing needs a note; blank notes do not count", () => {
    for (const to of ["done", "cancelled"] as const) {
      expect(checkStatusChange("open", to, null)).toEqual({ ok: false, reason: "note_required" });
      expect(checkStatusChange("in_progress", to, "   ")).toEqual({ ok: false, reason: "note_required" });
      expect(checkStatusChange("in_progress", to, "Đã hoàn thành tuyến Bó Pia – Lũng Phúc")).toEqual({ ok: true });
    }
  });

  it("reopening needs a note, starting work does not", () => {
    expect(noteRequired("done", "open")).toBe(true);
    expect(checkStatusChange("cancelled", "open", "")).toEqual({ ok: false, reason: "note_required" });
    expect(checkStatusChange("open", "in_progress", null)).toEqual({ ok: true });
  });
});

describe("overdue and due soon (now is a parameter, Vietnamese calendar days)", () => {
  const june30 = rec(1, due(2020, 6, 30));

  it("is not overdue on the due day, and is from the next day in Vietnam", () => {
    expect(isOverdue(june30, vn("2020-06-30T23:59:59"))).toBe(false);
    expect(isOverdue(june30, vn("2020-07-01T00:00:00"))).toBe(true);
    // 17:30 UTC on 30/6 is already 1/7 in Vietnam.
    expect(isOverdue(june30, new Date("2020-06-30T17:30:00Z"))).toBe(true);
  });

  it("finished or undated recommendations are never overdue", () => {
    expect(isOverdue(rec(2, due(2020, 6, 30), "done"), vn("2021-01-01T08:00:00"))).toBe(false);
    expect(isOverdue(rec(3, due(2020, 6, 30), "cancelled"), vn("2021-01-01T08:00:00"))).toBe(false);
    expect(isOverdue(rec(4, null), vn("2021-01-01T08:00:00"))).toBe(false);
    expect(isOverdue(rec(5, due(2020, 6, 30), "in_progress"), vn("2021-01-01T08:00:00"))).toBe(true);
  });

  it("due soon covers today to 14 days ahead", () => {
    const now = vn("2020-06-16T09:00:00");
    expect(dueState(june30, now)).toBe("due_soon"); // 14 days ahead
    expect(dueState(rec(6, due(2020, 7, 1)), now)).toBe("later");
    expect(dueState(rec(7, due(2020, 6, 16)), now)).toBe("due_soon"); // today
    expect(dueState(rec(8, due(2020, 6, 15)), now)).toBe("overdue");
    expect(dueState(rec(9, null), now)).toBe("no_date");
    expect(dueState(rec(10, due(2020, 6, 20), "done"), now)).toBe("closed");
    expect(isDueSoon(june30, now)).toBe(true);
    expect(isDueSoon(june30, now, 7)).toBe(false);
  });

  it("the query horizon is the start of the day after the window, in Vietnam", () => {
    const now = vn("2020-06-16T23:30:00");
    expect(dueSoonHorizon(now).toISOString()).toBe("2020-06-30T17:00:00.000Z");
    expect(due(2020, 6, 30).getTime()).toBeLessThan(dueSoonHorizon(now).getTime());
    expect(due(2020, 7, 1).getTime()).toBeGreaterThanOrEqual(dueSoonHorizon(now).getTime());
    expect(startOfVietnamDay({ year: 2020, month: 7, day: 1 }).toISOString()).toBe("2020-06-30T17:00:00.000Z");
  });

  it("adds days across months and leap years", () => {
    expect(addDays({ year: 2020, month: 2, day: 20 }, 14)).toEqual({ year: 2020, month: 3, day: 5 });
    expect(addDays({ year: 2020, month: 12, day: 25 }, 14)).toEqual({ year: 2021, month: 1, day: 8 });
  });
});

describe("queue order", () => {
  it("overdue first, then by due date, undated last, finished at the end, ties by id", () => {
    const now = vn("2020-07-15T10:00:00");
    const list = [
      rec(1, null),
      rec(2, due(2020, 12, 31)),
      rec(3, due(2020, 6, 30)), // overdue
      rec(4, due(2020, 5, 31), "done"),
      rec(5, due(2020, 7, 20)),
      rec(6, due(2020, 6, 30)), // overdue, same day as 3
      rec(7, due(2020, 5, 31)), // overdue, earliest
      rec(8, null, "in_progress"),
    ];
    expect(sortForQueue(list, now).map((r) => r.id)).toEqual([7, 3, 6, 5, 2, 1, 8, 4]);
    expect(list.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]); // input untouched
  });

  it("the same list read a year earlier has nothing overdue", () => {
    const list = [rec(1, null), rec(2, due(2020, 12, 31)), rec(3, due(2020, 6, 30))];
    expect(sortForQueue(list, vn("2019-07-01T10:00:00")).map((r) => r.id)).toEqual([3, 2, 1]);
  });
});

describe("closing suggestion", () => {
  const open = { status: "open" as const, criterionNumber: 2 };

  it("suggests closing when the criterion is met in the verified view", () => {
    expect(closingSuggestion(open, { criterion: { self: "not_met", verified: "met" } })).toEqual({ subject: "criterion", view: "verified" });
  });

  it("a verified status that is not met wins over a met self-assessment", () => {
    expect(closingSuggestion(open, { criterion: { self: "met", verified: "nearly_met" } })).toBeNull();
  });

  it("falls back to the self-assessment when nothing is verified", () => {
    expect(closingSuggestion(open, { criterion: { self: "met", verified: "not_assessed" } })).toEqual({ subject: "criterion", view: "self" });
    expect(closingSuggestion(open, { criterion: { self: "not_assessed", verified: "not_assessed" } })).toBeNull();
  });

  it("an indicator with its own status decides; without one its criterion does", () => {
    expect(closingSuggestion(open, { criterion: { self: "not_met", verified: "not_met" }, indicator: { self: null, verified: "met" } })).toEqual({
      subject: "indicator",
      view: "verified",
    });
    expect(closingSuggestion(open, { criterion: { self: "met", verified: "met" }, indicator: { self: "not_met", verified: null } })).toBeNull();
    expect(closingSuggestion(open, { criterion: { self: "met", verified: "met" }, indicator: { self: null, verified: null } })).toEqual({
      subject: "criterion",
      view: "verified",
    });
  });

  it("never for finished recommendations or ones without a criterion", () => {
    const met = { criterion: { self: "met", verified: "met" } } as const;
    expect(closingSuggestion({ status: "done", criterionNumber: 2 }, met)).toBeNull();
    expect(closingSuggestion({ status: "cancelled", criterionNumber: 2 }, met)).toBeNull();
    expect(closingSuggestion({ status: "in_progress", criterionNumber: null }, met)).toBeNull();
    expect(closingSuggestion({ status: "in_progress", criterionNumber: 2 }, met)).not.toBeNull();
    expect(closingSuggestion(open, { criterion: null })).toBeNull();
  });
});
