import { describe, expect, it } from "vitest";
import { readAsOf, unitCodeSchema } from "@/lib/validation/params";

const now = new Date("2026-11-26T03:00:00Z");

describe("asOf parameter", () => {
  it("defaults to today in Vietnam", () => {
    const r = readAsOf(null, now);
    expect(r).toMatchObject({ ok: true, asOf: { iso: "2026-11-26", isToday: true } });
  });
  it("accepts a past day and cuts off at its end", () => {
    const r = readAsOf("2020-05-20", now);
    expect(r.ok && r.asOf.cutoff.toISOString()).toBe("2020-05-20T16:59:59.999Z");
    expect(r.ok && r.asOf.isToday).toBe(false);
  });
  it.each([
    ["20/05/2020", "asOf must be a date written YYYY-MM-DD"],
    ["2020-02-30", "asOf is not a real calendar day"],
    ["2027-01-01", "asOf cannot be in the future"],
    ["yesterday", "asOf must be a date written YYYY-MM-DD"],
  ])("refuses %j with a message naming the parameter", (raw, message) => {
    expect(readAsOf(raw, now)).toEqual({ ok: false, message });
  });
});

describe("unit codes in URLs", () => {
  it.each([["20", true], ["184", true], ["06322", true], ["1", false], ["123456", false], ["abc", false], ["06 322", false]])(
    "%j → %s",
    (code, ok) => expect(unitCodeSchema.safeParse(code).success).toBe(ok),
  );
});
