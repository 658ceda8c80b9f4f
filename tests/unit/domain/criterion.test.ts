import { describe, expect, it } from "vitest";
import { criterionStatusFromIndicators } from "@/lib/domain/criterion";
import { evaluateIndicator, type IndicatorResult } from "@/lib/domain/indicator";
import type { Target } from "@/lib/domain/types";

const t: Target = {
  areaCode: "default",
  year: null,
  provinceId: null,
  op: ">=",
  valueNumber: 50,
  valueText: null,
  secondaryMin: null,
  unit: null,
  verified: true,
};
const blank = { valueNumber: null, denominator: null, valueBool: null, secondaryValue: null, status: null, overrideReason: null };

const met = evaluateIndicator("percent_min", t, { ...blank, valueNumber: 60 });
const notMet = evaluateIndicator("percent_min", t, { ...blank, valueNumber: 40 });
const nearly = evaluateIndicator("percent_min", null, { ...blank, status: "nearly_met" });
const noTarget = evaluateIndicator("percent_min", null, blank);
const noValue = evaluateIndicator("percent_min", t, null);
const manual = evaluateIndicator("free_text", t, blank);
const manualMet = evaluateIndicator("free_text", t, { ...blank, status: "met" });

describe("criterionStatusFromIndicators", () => {
  it.each([
    ["no indicators", [], null, false],
    ["all met", [met, met, manualMet], "met", true],
    ["one not met among met", [met, notMet, met], "not_met", true],
    ["not met decides even with undecided ones", [noTarget, notMet, noValue], "not_met", true],
    ["met and no target", [met, noTarget], null, false],
    ["met and no value", [met, noValue], null, false],
    ["met and manual without status", [met, manual], null, false],
    ["nearly met and the rest met", [met, nearly], "nearly_met", true],
    ["nearly met and undecided", [nearly, noValue], null, false],
    ["nearly met and not met", [nearly, notMet], "not_met", true],
  ] as [string, IndicatorResult[], string | null, boolean][])("%s → %s", (_label, results, status, determined) => {
    expect(criterionStatusFromIndicators(results)).toEqual({ status, determined });
  });

  it("cannot prove a criterion met when its indicator list is known to be incomplete", () => {
    expect(criterionStatusFromIndicators([met, met], { indicatorsComplete: false })).toEqual({ status: null, determined: false });
    expect(criterionStatusFromIndicators([met, notMet], { indicatorsComplete: false })).toEqual({ status: "not_met", determined: true });
    expect(criterionStatusFromIndicators([met], { indicatorsComplete: true })).toEqual({ status: "met", determined: true });
  });
});
