import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackPath("/units/184")).toBe("/units/184");
    expect(safeCallbackPath("/units/06322/edit?asOf=2020-05-20#c10")).toBe("/units/06322/edit?asOf=2020-05-20#c10");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it("falls back to the overview when nothing usable is given", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
    expect(safeCallbackPath(["/units/184"])).toBe("/");
    expect(safeCallbackPath("units/184")).toBe("/");
  });

  it("never leaves the site", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      " /units/184",
    ]) {
      expect(safeCallbackPath(raw), raw).toBe("/");
    }
  });

  it("does not send the user back to the sign-in page", () => {
    expect(safeCallbackPath("/sign-in")).toBe("/");
    expect(safeCallbackPath("/sign-in?callbackUrl=/units/184")).toBe("/");
  });
});
