import { describe, expect, it } from "vitest";
import { criterionAreaOf } from "@/components/commune/links";
import { communeCriterionHref, communeCriterionId, criterionHref, unitHref } from "@/components/units/links";
import { groupByDay, splitTimeline } from "@/components/commune/timeline-groups";

const at = (iso: string, id: number) => ({ id, effectiveAt: new Date(iso) });

describe("timeline grouping", () => {
  it("groups consecutive entries by Vietnamese calendar day", () => {
    // 2020-05-19T18:00Z is already 20/5 in Vietnam (UTC+7).
    const groups = groupByDay([at("2020-05-20T00:00:00Z", 3), at("2020-05-19T18:00:00Z", 2), at("2020-05-19T10:00:00Z", 1)]);
    expect(groups.map((g) => [g.day, g.entries.map((e) => e.id), g.continued])).toEqual([
      ["2020-05-20", [3, 2], false],
      ["2020-05-19", [1], false],
    ]);
  });

  it("shows the first entries and puts the rest behind the disclosure, marking a day that continues", () => {
    const entries = Array.from({ length: 44 }, (_, i) => at("2020-05-20T00:00:00Z", 44 - i));
    const { shown, hidden, hiddenCount } = splitTimeline(entries, 20);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.entries).toHaveLength(20);
    expect(hiddenCount).toBe(24);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ day: "2020-05-20", continued: true });
    expect(hidden[0]!.entries[0]!.id).toBe(24);
  });

  it("has no hidden part when everything fits", () => {
    const { hidden, hiddenCount } = splitTimeline([at("2020-05-20T00:00:00Z", 1)], 20);
    expect(hidden).toEqual([]);
    expect(hiddenCount).toBe(0);
  });
});

describe("criterion links", () => {
  const ancestors = [
    { code: "20", name: "Lạng Sơn", kind: "province" as const },
    { code: "184", name: "Văn Quan", kind: "district" as const },
  ];

  const all = new Set(["20", "184"]);

  it("links to the commune's district, keeping a chosen date", () => {
    const area = criterionAreaOf({ ancestors }, all);
    expect(area?.code).toBe("184");
    expect(criterionHref("184", 16, { iso: "2026-11-26", isToday: true })).toBe("/units/184/criteria/16");
    expect(criterionHref("184", 16, { iso: "2020-05-20", isToday: false })).toBe("/units/184/criteria/16?asOf=2020-05-20");
  });

  it("falls back to the province where no district exists, and to nothing without parent", () => {
    expect(criterionAreaOf({ ancestors: [ancestors[0]!] }, all)?.code).toBe("20");
    expect(criterionAreaOf({ ancestors: [] }, all)).toBeNull();
  });

  it("links nowhere when the viewer may not read the area (a commune official and their district)", () => {
    expect(criterionAreaOf({ ancestors }, new Set())).toBeNull();
    expect(criterionAreaOf({ ancestors }, new Set(["20"]))).toBeNull();
  });

  it("links one commune's criterion to its row on the commune page, never to a commune's criterion page", () => {
    expect(communeCriterionId(10)).toBe("criterion-10");
    expect(communeCriterionHref("06322", 10)).toBe("/units/06322#criterion-10");
    expect(communeCriterionHref("06322", 10, { iso: "2026-11-26", isToday: true })).toBe("/units/06322#criterion-10");
    expect(communeCriterionHref("06322", 10, { iso: "2020-05-20", isToday: false })).toBe("/units/06322?asOf=2020-05-20#criterion-10");
    expect(unitHref("06322", { iso: "2020-05-20", isToday: false })).toBe("/units/06322?asOf=2020-05-20");
  });
});
