import { describe, expect, it } from "vitest";
import { gapList, isOverdue, type GapCriterionInput, type RecommendationInput } from "@/lib/domain/gaps";
import { evaluateIndicator } from "@/lib/domain/indicator";
import type { IndicatorValue, RecommendationStatus, Target } from "@/lib/domain/types";
import { CRITERION_NAMES, huuLe2020, TU_XUYEN_DEPARTMENTS, TU_XUYEN_NOT_MET, tuXuyen2020 } from "./fixtures/van-quan-2020";

const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

const target = (t: Partial<Target>): Target => ({
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
const value = (v: Partial<IndicatorValue>): IndicatorValue => ({
  valueNumber: null,
  denominator: null,
  valueBool: null,
  secondaryValue: null,
  status: null,
  overrideReason: null,
  ...v,
});

/** Indicators the report gives numbers for (9.1: one temporary house; 15.2: insurance; 16: 2 of 7 villages). */
const TU_XUYEN_INDICATORS: Record<number, GapCriterionInput["indicators"]> = {
  9: [
    { code: "9.1", result: evaluateIndicator("absence", target({ op: "==", valueText: "Không" }), value({ valueNumber: 1 })) },
    { code: "9.2", result: evaluateIndicator("percent_min", null, value({ valueNumber: 75 })) },
  ],
  15: [{ code: "15.2", result: evaluateIndicator("boolean", target({ op: "==", valueText: "Đạt" }), value({ valueBool: false })) }],
  // No confirmed TDMNPB target for 16: measured, but not counted as failing.
  16: [{ code: "16", result: evaluateIndicator("percent_min", null, value({ valueNumber: 2, denominator: 7 })) }],
};

const tuXuyenCriteria: GapCriterionInput[] = tuXuyen2020.verified.map(({ criterionNumber: n, status }) => {
  const dept = TU_XUYEN_DEPARTMENTS[n];
  return {
    number: n,
    name: CRITERION_NAMES[n] ?? "",
    status,
    departments: dept ? [{ ...dept, role: "lead" as const }] : [],
    indicators: TU_XUYEN_INDICATORS[n],
  };
});

const rec = (
  id: number,
  criterionNumber: number | null,
  due: string | null,
  status: RecommendationStatus = "open",
  addressee = "UBND xã Tú Xuyên",
): RecommendationInput => ({
  id,
  criterionNumber,
  text: `Kiến nghị ${id}`,
  dueDate: due === null ? null : vn(`${due}T00:00:00`),
  dueText: due,
  status,
  addressee,
});

const recommendations = [
  rec(1, 2, "2020-12-31", "open", "Sở GTVT"), // "hoàn thiện tiêu chí số 2", cuối năm 2020
  rec(2, 4, null, "open", "Sở Công Thương"),
  rec(3, 17, "2020-12-31", "in_progress", "Sở TN&MT"), // "17.3; 17.6 đạt năm 2020"
  rec(4, 2, "2020-09-30"), // an earlier deadline on the same criterion
  rec(5, null, "2020-06-30", "open", "UBND huyện Văn Quan"), // Hữu Lễ dossier "trong tháng 6/2020"
  rec(6, 16, "2020-12-31", "done", "Sở VHTT&DL"),
  rec(7, 1, "2020-06-30"), // criterion 1 is met: still an open task
  rec(8, 6, "2020-06-30", "cancelled"),
];

describe("gapList: Tú Xuyên (10 of 19 met)", () => {
  const now = vn("2020-07-01T08:00:00");
  const list = gapList({ criteria: tuXuyenCriteria, recommendations, now });

  it("lists the 9 criteria not met, by number", () => {
    expect(list.items.map((i) => i.number)).toEqual([...TU_XUYEN_NOT_MET]);
    expect(list.items.every((i) => i.status === "not_met")).toBe(true);
  });

  it("names the department in charge of each", () => {
    expect(list.items.map((i) => [i.number, i.departments.map((d) => d.code)])).toEqual([
      [2, ["GTVT"]],
      [4, ["CT"]],
      [5, ["GDDT"]],
      [6, ["VHTTDL"]],
      [9, ["XD"]],
      [11, ["LDTBXH"]],
      [15, ["YT"]],
      [16, ["VHTTDL"]],
      [17, ["TNMT"]],
    ]);
  });

  it("shows failing indicators with their gap (9.1: one temporary house), not undecided ones", () => {
    const housing = list.items.find((i) => i.number === 9);
    expect(housing?.failingIndicators.map((f) => [f.code, f.outcome, f.gap])).toEqual([["9.1", "not_met", 1]]);
    expect(list.items.find((i) => i.number === 15)?.failingIndicators.map((f) => f.code)).toEqual(["15.2"]);
    expect(list.items.find((i) => i.number === 16)?.failingIndicators).toEqual([]);
    expect(list.items.find((i) => i.number === 4)?.failingIndicators).toEqual([]);
  });

  it("attaches open recommendations by due date, undated last, with overdue flags", () => {
    expect(list.items.find((i) => i.number === 2)?.recommendations.map((r) => [r.id, r.overdue])).toEqual([
      [4, false],
      [1, false],
    ]);
    expect(list.items.find((i) => i.number === 4)?.recommendations.map((r) => r.id)).toEqual([2]);
    expect(list.items.find((i) => i.number === 17)?.recommendations.map((r) => r.id)).toEqual([3]);
    expect(list.items.find((i) => i.number === 16)?.recommendations).toEqual([]); // done
    expect(list.items.find((i) => i.number === 6)?.recommendations).toEqual([]); // cancelled
  });

  it("keeps general recommendations apart; the June deadline is overdue on 1 July", () => {
    expect(list.general.map((r) => [r.id, r.overdue])).toEqual([[5, true]]);
  });

  it("does not hide open recommendations on criteria that are met", () => {
    expect(list.otherCriteria.map((r) => [r.id, r.criterionNumber, r.overdue])).toEqual([[7, 1, true]]);
  });
});

describe("gapList: ordering and edge cases", () => {
  const now = vn("2020-06-01T00:00:00");
  const crit = (number: number, status: GapCriterionInput["status"], departments: GapCriterionInput["departments"] = []): GapCriterionInput => ({
    number,
    name: CRITERION_NAMES[number] ?? "",
    status,
    departments,
  });

  it("Hữu Lễ: nearly met 10, 11, 17 with no department named", () => {
    const list = gapList({
      criteria: huuLe2020.verified.map((c) => crit(c.criterionNumber, c.status)),
      recommendations: [],
      now,
    });
    expect(list.items.map((i) => [i.number, i.status, i.departments])).toEqual([
      [10, "nearly_met", []],
      [11, "nearly_met", []],
      [17, "nearly_met", []],
    ]);
  });

  it("puts not met before nearly met, then by number, and leaves out met and not assessed", () => {
    const list = gapList({
      criteria: [crit(17, "nearly_met"), crit(3, "not_assessed"), crit(12, "not_met"), crit(1, "met"), crit(2, "nearly_met"), crit(5, "not_met")],
      recommendations: [],
      now,
    });
    expect(list.items.map((i) => i.number)).toEqual([5, 12, 2, 17]);
  });

  it("lists the lead department first", () => {
    const list = gapList({
      criteria: [
        crit(17, "not_met", [
          { code: "YT", shortName: "Y tế", role: "supporting" },
          { code: "TNMT", shortName: "TN&MT", role: "lead" },
          { code: "NNPTNT", shortName: "NN&PTNT", role: "supporting" },
        ]),
      ],
      recommendations: [],
      now,
    });
    expect(list.items[0]?.departments.map((d) => d.code)).toEqual(["TNMT", "YT", "NNPTNT"]);
  });

  it("counts a nearly-met indicator as failing", () => {
    const nearly = evaluateIndicator("amount_min", null, value({ valueNumber: 30, status: "nearly_met" }));
    const list = gapList({ criteria: [{ ...crit(10, "nearly_met"), indicators: [{ code: "10", result: nearly }] }], recommendations: [], now });
    expect(list.items[0]?.failingIndicators.map((f) => [f.code, f.outcome])).toEqual([["10", "nearly_met"]]);
  });

  it("keeps input order for equal due dates and does not mutate its input", () => {
    const recs = [rec(3, 2, null), rec(1, 2, "2020-12-31"), rec(2, 2, "2020-12-31")];
    const snapshot = recs.map((r) => r.id);
    const list = gapList({ criteria: [crit(2, "not_met")], recommendations: recs, now });
    expect(list.items[0]?.recommendations.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(recs.map((r) => r.id)).toEqual(snapshot);
  });

  it("empty input: empty lists", () => {
    expect(gapList({ criteria: [], recommendations: [], now })).toEqual({ items: [], general: [], otherCriteria: [] });
  });
});

describe("isOverdue", () => {
  const dueVnMidnight = vn("2020-06-30T00:00:00");
  const dueUtcMidnight = new Date("2020-06-30T00:00:00Z"); // 07:00 in Vietnam, same day
  it.each([
    ["due day, late evening", dueVnMidnight, "open", vn("2020-06-30T23:59:59"), false],
    ["next day, first minute", dueVnMidnight, "open", vn("2020-07-01T00:00:00"), true],
    ["stored as UTC midnight, due day evening", dueUtcMidnight, "open", vn("2020-06-30T23:59:59"), false],
    ["stored as UTC midnight, next day", dueUtcMidnight, "open", vn("2020-07-01T00:00:01"), true],
    ["in progress counts as unfinished", dueVnMidnight, "in_progress", vn("2020-07-02T00:00:00"), true],
    ["done is never overdue", dueVnMidnight, "done", vn("2021-01-01T00:00:00"), false],
    ["cancelled is never overdue", dueVnMidnight, "cancelled", vn("2021-01-01T00:00:00"), false],
    ["before the due date", dueVnMidnight, "open", vn("2020-06-01T00:00:00"), false],
    ["no due date", null, "open", vn("2030-01-01T00:00:00"), false],
    ["invalid due date", new Date("nope"), "open", vn("2030-01-01T00:00:00"), false],
  ] as [string, Date | null, RecommendationStatus, Date, boolean][])("%s → %s", (_label, dueDate, status, now, expected) => {
    expect(isOverdue({ dueDate, status }, now)).toBe(expected);
  });

  it("does not depend on the process time zone (instants 17:00 UTC = midnight in Vietnam)", () => {
    expect(isOverdue({ dueDate: new Date("2020-06-29T17:00:00Z"), status: "open" }, new Date("2020-06-30T16:59:59Z"))).toBe(false);
    expect(isOverdue({ dueDate: new Date("2020-06-29T17:00:00Z"), status: "open" }, new Date("2020-06-30T17:00:00Z"))).toBe(true);
  });
});
