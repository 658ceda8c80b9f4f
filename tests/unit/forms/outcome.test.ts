import { describe, expect, it } from "vitest";
import { outcomeText, staleBy } from "@/components/forms/outcome";

// Which message an action's result shows under a form: the per-status text wins, then the
// common refusals; idle (and any status nobody words) shows nothing.

type State =
  | { status: "idle" }
  | { status: "saved"; changed: boolean }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "stale"; current: { by: string | null; at: string | null } }
  | { status: "gone" }
  | { status: "forbidden" }
  | { status: "error" };

const common = { fixFields: "Sửa các ô được đánh dấu.", forbidden: "Bạn không có quyền.", error: "Có lỗi xảy ra." };

describe("outcomeText", () => {
  const byStatus = { saved: (s: { changed: boolean }) => (s.changed ? "Đã lưu." : "Không có gì thay đổi."), stale: "Đã có người sửa." };
  const cases: [State, string | null][] = [
    [{ status: "idle" }, null],
    [{ status: "saved", changed: true }, "Đã lưu."],
    [{ status: "saved", changed: false }, "Không có gì thay đổi."],
    [{ status: "invalid", fieldErrors: { note: ["validation.required"] } }, common.fixFields],
    [{ status: "stale", current: { by: null, at: null } }, "Đã có người sửa."],
    [{ status: "gone" }, null],
    [{ status: "forbidden" }, common.forbidden],
    [{ status: "error" }, common.error],
  ];
  it.each(cases)("%o → %s", (state, text) => {
    expect(outcomeText<State>(state, common, byStatus)).toBe(text);
  });

  it("lets a form word a common refusal its own way, or not at all", () => {
    expect(outcomeText<State>({ status: "forbidden" }, common, { forbidden: "Chỉ văn phòng điều phối." })).toBe("Chỉ văn phòng điều phối.");
    expect(outcomeText<State>({ status: "invalid", fieldErrors: {} }, common, { invalid: null })).toBeNull();
    expect(outcomeText<State>({ status: "invalid", fieldErrors: {} }, { forbidden: "x", error: "y" })).toBeNull();
  });
});

describe("staleBy", () => {
  it("names who changed the record and when, in Vietnam's time", () => {
    expect(staleBy({ by: "Nguyễn Văn A", at: "2020-05-20T03:04:00.000Z" }, "ai đó", "vi")).toEqual({ by: "Nguyễn Văn A", at: expect.stringContaining("20/05/2020") });
  });
  it("falls back to 'someone' and a dash when unknown", () => {
    expect(staleBy({ by: null, at: null }, "ai đó", "vi")).toEqual({ by: "ai đó", at: "—" });
  });
});
