import { describe, expect, it } from "vitest";
import { decideInputOf, decideReviewSchema, reviewFieldErrors, reviewFormValues, submitInputOf, submitReviewSchema } from "@/lib/validation/review";

function form(entries: [string, string | Blob][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("submitReviewSchema", () => {
  it("reads a first submission (no submission yet) and trims the note", () => {
    const r = submitReviewSchema.safeParse(submitInputOf(form([["communeCode", "06277"], ["submissionId", ""], ["version", "0"], ["note", "  Hồ sơ đầy đủ  "]])));
    expect(r.success && r.data).toEqual({ communeCode: "06277", submissionId: null, version: 0, note: "Hồ sơ đầy đủ" });
  });

  it.each([
    ["version", "-1"],
    ["version", "1.5"],
    ["version", "1e3"],
    ["version", ""],
    ["submissionId", "abc"],
    ["submissionId", "0"],
    ["communeCode", "06277x"],
  ])("refuses %s = %j", (field, value) => {
    const entries: Record<string, string> = { communeCode: "06277", submissionId: "3", version: "1", [field]: value };
    const f = form(Object.entries(entries));
    const r = submitReviewSchema.safeParse(submitInputOf(f));
    expect(r.success).toBe(false);
    if (!r.success) expect(reviewFieldErrors(r.error)[field]).toEqual(["validation.invalid"]);
  });

  it("refuses a file where text is expected", () => {
    const r = submitReviewSchema.safeParse(submitInputOf(form([["communeCode", "06277"], ["submissionId", ""], ["version", "0"], ["note", new Blob(["x"])]])));
    expect(r.success).toBe(false);
  });
});

describe("decideReviewSchema", () => {
  const base: [string, string][] = [
    ["communeCode", "06277"],
    ["submissionId", "4"],
    ["version", "2"],
  ];

  it("a return carries the ticked criteria with their reasons; reasons of unticked ones are dropped", () => {
    const f = form([...base, ["decision", "return"], ["criterion", "2"], ["criterion", "2"], ["reason-2", " Thiếu số liệu "], ["reason-5", "không chọn"]]);
    const r = decideReviewSchema.safeParse(decideInputOf(f));
    expect(r.success && r.data).toEqual({ communeCode: "06277", submissionId: 4, version: 2, decision: "return", note: null, reasons: [{ criterionNumber: 2, reason: "Thiếu số liệu" }] });
    expect(reviewFormValues(f)).toMatchObject({ criterion: "2", "reason-2": " Thiếu số liệu ", "reason-5": "không chọn" });
  });

  it("an approval ignores reasons", () => {
    const r = decideReviewSchema.safeParse(decideInputOf(form([...base, ["decision", "approve"], ["criterion", "2"]])));
    expect(r.success && r.data.reasons).toEqual([]);
  });

  it("a return without a criterion, or with a blank reason, says where", () => {
    const none = decideInputOf(form([...base, ["decision", "return"]]));
    const r1 = decideReviewSchema.safeParse(none);
    expect(!r1.success && reviewFieldErrors(r1.error, none)).toEqual({ criterion: ["review.validation.reasonsRequired"] });
    const blank = decideInputOf(form([...base, ["decision", "return"], ["criterion", "7"], ["reason-7", "  "]]));
    const r2 = decideReviewSchema.safeParse(blank);
    expect(!r2.success && reviewFieldErrors(r2.error, blank)).toEqual({ "reason-7": ["validation.reasonRequired"] });
    const bad = decideInputOf(form([...base, ["decision", "return"], ["criterion", "x"]]));
    const r3 = decideReviewSchema.safeParse(bad);
    expect(!r3.success && reviewFieldErrors(r3.error, bad).criterion).toContain("validation.invalid");
  });

  it("refuses an unknown decision and a too long text", () => {
    const r = decideReviewSchema.safeParse(decideInputOf(form([...base, ["decision", "delete"], ["note", "x".repeat(2001)]])));
    expect(!r.success && reviewFieldErrors(r.error)).toEqual({ decision: ["validation.invalid"], note: ["validation.tooLong"] });
  });
});
