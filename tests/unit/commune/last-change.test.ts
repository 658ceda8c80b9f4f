import { describe, expect, it } from "vitest";
import { lastChangeAt } from "@/components/commune/last-change";

describe("lastChangeAt", () => {
  it("an edit made in the app: the moment, in Vietnam time", () => {
    const at = new Date("2026-11-20T03:15:00Z");
    expect(lastChangeAt({ at, effectiveAt: at }, "vi")).toBe("10:15 20/11/2026");
  });
  it("loaded from a document: the document's day, not the loading time", () => {
    expect(lastChangeAt({ at: new Date("2026-11-26T13:39:00Z"), effectiveAt: new Date("2020-05-20T00:00:00Z") }, "vi")).toBe("20/05/2020");
  });
  it("nothing recorded", () => {
    expect(lastChangeAt({ at: null, effectiveAt: null }, "vi")).toBe("—");
  });
});
