import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/i18n/format";
import { numberInputText, parseNumberInput } from "@/lib/i18n/number-input";

const value = (raw: string) => {
  const r = parseNumberInput(raw);
  return r.ok ? r.value : r.reason;
};

describe("parseNumberInput reads numbers the Vietnamese way", () => {
  it.each([
    ["1.500", 1500],
    ["1.500,5", 1500.5],
    ["12,5", 12.5],
    ["1 500", 1500],
    ["1\u00a0500", 1500],
    ["1\u202f500", 1500],
    ["1.234.567,891", 1234567.891],
    ["12.750", 12750],
    ["28,6", 28.6],
    [" 70 ", 70],
    ["0", 0],
    ["0,5", 0.5],
    ["-3", -3],
    ["-3,5", -3.5],
    ["\u22123,5", -3.5],
    ["-0", 0],
    ["007", 7],
    ["", null],
    ["   ", null],
  ])("%j → %j", (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it.each(["1.5", "1.5000", "12.75", "0.125", "0.5", "1000.5", "-2.5"])("refuses the decimal dot in %j (never guesses)", (raw) => {
    expect(parseNumberInput(raw)).toEqual({ ok: false, reason: "decimalDot" });
  });

  it.each(["1.50.0", "15.00.000", "1.500.5", "0.500.000", "1.5,3", "1 50", "10 00", "1. 500", "1.500 000", "1,2,3", ",5", "5,", "1e3", "12abc", "NaN", "Infinity", "--1", "0x10", "5%", "1".repeat(31)])(
    "refuses the malformed %j",
    (raw) => {
      expect(parseNumberInput(raw)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it("counts the digits after the decimal comma", () => {
    expect(parseNumberInput("1.500,125")).toEqual({ ok: true, value: 1500.125, decimals: 3 });
    expect(parseNumberInput("1.500")).toEqual({ ok: true, value: 1500, decimals: 0 });
  });
});

describe("round trips", () => {
  // Numbers as people type them: at most 3 decimals, up to a few billion.
  const typed = fc.tuple(fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => n / 10 ** d);

  it("the app's vi-VN formatter's text is read back as the same number", () => {
    fc.assert(
      fc.property(typed, (n) => {
        const text = formatNumber(n, "vi", { maximumFractionDigits: 3 });
        expect(parseNumberInput(text), text).toMatchObject({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it("a form field's text of a stored number is read back exactly", () => {
    fc.assert(
      fc.property(fc.oneof(typed, fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((n) => n === 0 || Math.abs(n) >= 1e-9)), (n) => {
        const text = numberInputText(n);
        expect(text).not.toContain(".");
        expect(parseNumberInput(text), text).toMatchObject({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
    expect(numberInputText(1500.5)).toBe("1500,5");
    expect(numberInputText(-0.0000001)).toBe("-0,0000001");
    expect(numberInputText(null)).toBe("");
  });
});
