import { describe, expect, it } from "vitest";
import { formatMeasured, reasonText, recordedValueText, thresholdText } from "@/components/commune/reason-text";
import { evaluateIndicator } from "@/lib/domain/indicator";
import { indicatorReason, reasonThreshold } from "@/lib/domain/reason";
import type { IndicatorValue, Target } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";

const target = (t: Partial<Target> = {}): Target => ({
  areaCode: "TDMNPB",
  year: null,
  provinceId: null,
  op: ">=",
  valueNumber: null,
  valueText: null,
  secondaryMin: null,
  unit: null,
  verified: true,
  ...t,
});

const value = (v: Partial<IndicatorValue & { referenceYear: number | null }> = {}) => ({
  valueNumber: null,
  denominator: null,
  valueBool: null,
  secondaryValue: null,
  status: null,
  overrideReason: null,
  referenceYear: null,
  ...v,
});

interface Case {
  kind: string;
  unit: string | null;
  target: Target | null;
  value: ReturnType<typeof value>;
  reference?: Target | null;
  areaCode?: string | null;
}

function render(c: Case, locale: Locale): string {
  const r = indicatorReason({
    kind: c.kind,
    unit: c.unit,
    value: c.value,
    result: evaluateIndicator(c.kind, c.target, c.value),
    areaCode: c.areaCode === undefined ? "TDMNPB" : c.areaCode,
    referenceTarget: c.reference ?? null,
  });
  if (!r) throw new Error("no reason");
  return reasonText(r, locale, translatorFor(locale));
}

const cases = {
  village16: {
    kind: "percent_min",
    unit: "% of villages",
    target: null,
    value: value({ valueNumber: 2, denominator: 7, referenceYear: 2019, status: "not_met" }),
    reference: target({ areaCode: "default", valueNumber: 70 }),
  },
  villageWithTarget: { kind: "percent_min", unit: "% of villages", target: target({ valueNumber: 70 }), value: value({ valueNumber: 2, denominator: 7 }) },
  house91: { kind: "absence", unit: "count of houses", target: target({ op: "==", valueText: "Không" }), value: value({ valueNumber: 1 }) },
  houses3: { kind: "absence", unit: "count of houses", target: target({ op: "==", valueText: "Không" }), value: value({ valueNumber: 3 }) },
  noHouse: { kind: "absence", unit: "count of houses", target: target({ op: "==", valueText: "Không" }), value: value({ valueNumber: 0 }) },
  income: {
    kind: "amount_min",
    unit: "million VND/person/year",
    target: target({ valueNumber: 36, year: 2020, unit: "million VND/person/year" }),
    value: value({ valueNumber: 36.5 }),
  },
  incomeOverride: {
    kind: "amount_min",
    unit: "million VND/person/year",
    target: target({ valueNumber: 36, year: 2020 }),
    value: value({ valueNumber: 36.5, status: "nearly_met", overrideReason: "số liệu chưa được thống kê xác nhận" }),
  },
  incomeIgnored: {
    kind: "amount_min",
    unit: "million VND/person/year",
    target: target({ valueNumber: 36, year: 2020 }),
    value: value({ valueNumber: 36.5, status: "not_met" }),
  },
  poor: { kind: "percent_max", unit: "% of households", target: target({ op: "<=", valueNumber: 6 }), value: value({ valueNumber: 7.25 }) },
  dual: {
    kind: "percent_min_dual",
    unit: "% of households",
    target: target({ valueNumber: 90, secondaryMin: 50 }),
    value: value({ valueNumber: 92, secondaryValue: 45 }),
  },
  boolYes: { kind: "boolean", unit: null, target: target({ op: "==", valueText: "Đạt" }), value: value({ valueBool: true }) },
  boolNoValue: { kind: "boolean", unit: null, target: target({ op: "==", valueText: "Đạt" }), value: value({ status: "not_met" }) },
  noTargetNoAssessor: { kind: "percent_min", unit: "% of households", target: null, value: value({ status: "not_met" }) },
  noTargetNoRegion: { kind: "percent_min", unit: "% of households", target: null, value: value({ valueNumber: 50 }), areaCode: null },
  unconfirmed: {
    kind: "percent_min_dual",
    unit: "% of households",
    target: target({ valueNumber: 90, secondaryMin: 50, verified: false }),
    value: value({ valueNumber: 92, secondaryValue: 55 }),
  },
  manual: { kind: "school_facility_tiered", unit: "% of schools", target: target({ valueNumber: 80 }), value: value({ status: "met" }) },
  nearlyEqual: { kind: "percent_min", unit: "% of households", target: target({ valueNumber: 70 }), value: value({ valueNumber: 69.96 }) },
} satisfies Record<string, Case>;

describe("reasonText", () => {
  it.each([
    [
      "village16",
      "2/7 thôn = 28,6% (năm 2019) · chưa có chỉ tiêu được xác nhận cho vùng TDMNPB (mức chung toàn quốc: ≥ 70%, không áp dụng cho vùng này) · người đánh giá ghi: chưa đạt",
      "2/7 villages = 28.6% (in 2019) · no confirmed target for region TDMNPB (national general level: ≥ 70%, not applicable to this region) · assessor's result: not met",
    ],
    ["villageWithTarget", "2/7 thôn = 28,6% < 70% → chưa đạt", "2/7 villages = 28.6% < 70% → not met"],
    ["house91", "1 nhà tạm > 0 → chưa đạt", "1 temporary house > 0 → not met"],
    ["houses3", "3 nhà tạm > 0 → chưa đạt", "3 temporary houses > 0 → not met"],
    ["noHouse", "0 nhà tạm = 0 → đạt", "0 temporary houses = 0 → met"],
    [
      "income",
      "36,5 ≥ 36 triệu đồng/người/năm (mức năm 2020) → đạt",
      "36.5 ≥ 36 million VND/person/year (level for 2020) → met",
    ],
    [
      "incomeOverride",
      "36,5 ≥ 36 triệu đồng/người/năm (mức năm 2020) → theo quy tắc: đạt · người đánh giá điều chỉnh thành “gần đạt”: số liệu chưa được thống kê xác nhận",
      "36.5 ≥ 36 million VND/person/year (level for 2020) → by the rules: met · the assessor changed it to “nearly met”: số liệu chưa được thống kê xác nhận",
    ],
    [
      "incomeIgnored",
      "36,5 ≥ 36 triệu đồng/người/năm (mức năm 2020) → đạt · người đánh giá ghi “chưa đạt” nhưng không nêu lý do, nên giữ kết quả tính",
      "36.5 ≥ 36 million VND/person/year (level for 2020) → met · the assessor wrote “not met” without giving a reason, so the computed result stands",
    ],
    ["poor", "7,3% > 6% → chưa đạt", "7.3% > 6% → not met"],
    [
      "dual",
      "92% ≥ 90%; nước sạch 45% < 50% → chưa đạt",
      "92% ≥ 90%; clean water 45% < 50% → not met",
    ],
    ["boolYes", "Đáp ứng yêu cầu → đạt", "Requirement fulfilled → met"],
    [
      "boolNoValue",
      "Chưa có số liệu (yêu cầu Đạt) · người đánh giá ghi: chưa đạt",
      "No figure recorded (target Met) · assessor's result: not met",
    ],
    [
      "noTargetNoAssessor",
      "Chưa có chỉ tiêu được xác nhận cho vùng TDMNPB · người đánh giá ghi: chưa đạt",
      "No confirmed target for region TDMNPB · assessor's result: not met",
    ],
    ["noTargetNoRegion", "50% · chưa có chỉ tiêu được xác nhận · chưa kết luận được", "50% · no confirmed target · no conclusion possible"],
    [
      "unconfirmed",
      "92%; nước sạch 55% · mức ≥ 90%; trong đó nước sạch ≥ 50% cho vùng TDMNPB chưa được xác nhận (các nguồn không thống nhất) · chưa kết luận được",
      "92%; clean water 55% · the level ≥ 90%, of which clean water ≥ 50% for region TDMNPB is not confirmed (sources disagree) · no conclusion possible",
    ],
    ["manual", "Chỉ tiêu đánh giá thủ công · người đánh giá ghi: đạt", "Indicator assessed by hand · assessor's result: met"],
    ["nearlyEqual", "69,96% < 70% → chưa đạt", "69.96% < 70% → not met"],
  ] as const)("%s", (name, vi, en) => {
    expect(render(cases[name], "vi")).toBe(vi);
    expect(render(cases[name], "en")).toBe(en);
  });
});

describe("thresholdText", () => {
  const vi = translatorFor("vi");
  const en = translatorFor("en");
  it.each([
    ["percent_min", "% of villages", target({ valueNumber: 70 }), "≥ 70%", "≥ 70%"],
    ["percent_max", "% of children under 5", target({ op: "<=", valueNumber: 26.7 }), "≤ 26,7%", "≤ 26.7%"],
    ["amount_min", "million VND/person/year", target({ valueNumber: 36, year: 2020 }), "≥ 36 triệu đồng/người/năm (mức năm 2020)", "≥ 36 million VND/person/year (level for 2020)"],
    ["boolean", null, target({ op: "==", valueText: "Đạt" }), "Đạt", "Met"],
    ["absence", "count of houses", target({ op: "==", valueText: "Không" }), "Không còn (0)", "None left (0)"],
    ["percent_min_dual", "% of households", target({ valueNumber: 90, secondaryMin: 50 }), "≥ 90%; trong đó nước sạch ≥ 50%", "≥ 90%, of which clean water ≥ 50%"],
  ] as const)("%s %s", (kind, unit, t, textVi, textEn) => {
    expect(thresholdText(reasonThreshold(kind, unit, t), "vi", vi)).toBe(textVi);
    expect(thresholdText(reasonThreshold(kind, unit, t), "en", en)).toBe(textEn);
  });
});

describe("recordedValueText (history)", () => {
  it("formats a value with its status, and says when there is none", () => {
    const v = value({ valueNumber: 2, denominator: 7, referenceYear: 2019, status: "not_met" });
    expect(recordedValueText("percent_min", "% of villages", v, "vi", translatorFor("vi"))).toBe("2/7 thôn = 28,6% (năm 2019) · người đánh giá ghi: chưa đạt");
    expect(recordedValueText("percent_min", "% of villages", v, "en", translatorFor("en"))).toBe("2/7 villages = 28.6% (in 2019) · assessor's result: not met");
    expect(recordedValueText("absence", "count of houses", value({ valueNumber: 1 }), "vi", translatorFor("vi"))).toBe("1 nhà tạm");
    expect(recordedValueText("boolean", null, value({ status: "not_met" }), "vi", translatorFor("vi"))).toBe("Người đánh giá ghi: chưa đạt");
    expect(recordedValueText("boolean", null, null, "vi", translatorFor("vi"))).toBe("Không có số liệu");
    expect(recordedValueText("boolean", null, value(), "en", translatorFor("en"))).toBe("No figure");
  });
});

describe("formatMeasured", () => {
  it.each([
    [28.5714, 70, "28,6"],
    [69.96, 70, "69,96"],
    [70.04, 70, "70,04"],
    [70, 70, "70"],
    [36.5, 36, "36,5"],
    [12.34, null, "12,3"],
    // Beyond three decimals a difference is noise: the value is shown rounded.
    [69.9996, 70, "70"],
  ] as const)("%s beside %s → %s", (value, threshold, expected) => {
    expect(formatMeasured(value, threshold, "vi")).toBe(expected);
  });
});

describe("vietnameseUnit", () => {
  it("spells the reference data's English income unit in Vietnamese, leaves other units alone", async () => {
    const { vietnameseUnit } = await import("@/components/criterion/indicator-values");
    expect(vietnameseUnit("million VND/person/year")).toBe("triệu đồng/người/năm");
    expect(vietnameseUnit("triệu đồng/người/năm")).toBe("triệu đồng/người/năm");
    expect(vietnameseUnit(null)).toBeNull();
  });
});
