import { describe, expect, it } from "vitest";
import { communeStanding, standingAsOf, standingFigure } from "@/lib/domain/standing";
import { huuLe2020, tuXuyen2020 } from "./fixtures/van-quan-2020";

describe("communeStanding", () => {
  it("Hữu Lễ verified: 16 met, 3 nearly met, not all met", () => {
    expect(communeStanding(huuLe2020.verified, 19)).toEqual({
      met: 16,
      nearlyMet: 3,
      notMet: 0,
      notAssessed: 0,
      total: 19,
      meetsAll: false,
    });
  });

  it("Hữu Lễ self-assessment: 19/19 meets all", () => {
    expect(communeStanding(huuLe2020.self, 19)).toMatchObject({ met: 19, meetsAll: true, notAssessed: 0 });
  });

  it("Tú Xuyên: 10 met, 9 not met", () => {
    expect(communeStanding(tuXuyen2020.verified, 19)).toMatchObject({ met: 10, notMet: 9, nearlyMet: 0, notAssessed: 0 });
  });

  it("counts criteria without a row, and not_assessed rows, as not assessed", () => {
    const s = communeStanding(
      [
        { criterionNumber: 1, status: "met" },
        { criterionNumber: 2, status: "not_assessed" },
        { criterionNumber: 3, status: "not_met" },
      ],
      19,
    );
    expect(s).toEqual({ met: 1, nearlyMet: 0, notMet: 1, notAssessed: 17, total: 19, meetsAll: false });
  });

  it("counts a repeated criterion once (last row wins) and ignores numbers outside the set", () => {
    const s = communeStanding(
      [
        { criterionNumber: 5, status: "not_met" },
        { criterionNumber: 5, status: "met" },
        { criterionNumber: 0, status: "met" },
        { criterionNumber: 20, status: "met" },
        { criterionNumber: 2.5, status: "met" },
      ],
      19,
    );
    expect(s).toMatchObject({ met: 1, notMet: 0, notAssessed: 18 });
  });

  it("an empty list is all not assessed; an empty set never meets all", () => {
    expect(communeStanding([], 19)).toEqual({ met: 0, nearlyMet: 0, notMet: 0, notAssessed: 19, total: 19, meetsAll: false });
    expect(communeStanding([], 0).meetsAll).toBe(false);
  });
});

describe("standingFigure", () => {
  const asOf = new Date("2020-05-20T00:00:00+07:00");
  const documentTotal = { criteriaMet: 8, documentLabel: "Báo cáo Sở TT&TT 6/2020", asOf };

  it("uses the detailed assessment when at least one criterion is assessed", () => {
    expect(standingFigure({ detailed: { met: 16, assessedCount: 19 }, documentTotal, total: 19 })).toEqual({
      basis: "detailed",
      criteriaMet: 16,
      total: 19,
      assessedCount: 19,
    });
  });

  it("falls back to the document total when nothing is assessed in detail (Tràng Các: 8)", () => {
    expect(standingFigure({ detailed: { met: 0, assessedCount: 0 }, documentTotal, total: 19 })).toEqual({
      basis: "document",
      criteriaMet: 8,
      total: 19,
      documentLabel: "Báo cáo Sở TT&TT 6/2020",
      asOf,
    });
    expect(standingFigure({ detailed: null, documentTotal, total: 19 }).basis).toBe("document");
  });

  it("gives no figure when there is neither", () => {
    expect(standingFigure({ detailed: null, documentTotal: null, total: 19 })).toEqual({ basis: "none", criteriaMet: null, total: 19 });
    expect(standingFigure({ detailed: { met: 0, assessedCount: 0 }, documentTotal: null, total: 19 }).criteriaMet).toBeNull();
  });

  it("a detailed assessment with 0 met but some assessed is still detailed", () => {
    expect(standingFigure({ detailed: { met: 0, assessedCount: 2 }, documentTotal, total: 19 })).toMatchObject({
      basis: "detailed",
      criteriaMet: 0,
    });
  });
});

describe("standingAsOf", () => {
  const d = (iso: string) => new Date(iso);
  const row = (id: number, subjectKey: string, effectiveAt: string, recordedAt: string, newValue: string | null) => ({
    id,
    subjectKey,
    effectiveAt: d(effectiveAt),
    recordedAt: d(recordedAt),
    newValue,
  });
  const history = [
    row(1, "verified:10", "2020-05-20T00:00:00+07:00", "2024-01-01T00:00:00Z", "nearly_met"),
    row(2, "verified:10", "2020-06-30T00:00:00+07:00", "2024-01-02T00:00:00Z", "met"),
    row(3, "verified:11", "2020-05-20T00:00:00+07:00", "2024-01-01T00:00:00Z", "nearly_met"),
    row(4, "self:10", "2020-05-01T00:00:00+07:00", "2024-01-01T00:00:00Z", "met"),
  ];

  it("gives the standing on the inspection day", () => {
    const m = standingAsOf(history, d("2020-05-20T23:59:59.999+07:00"));
    expect(m.get("verified:10")?.id).toBe(1);
    expect(m.get("verified:11")?.id).toBe(3);
    expect(m.get("self:10")?.id).toBe(4);
    expect(m.size).toBe(3);
  });

  it("includes a row effective exactly at asOf and excludes later ones", () => {
    expect(standingAsOf(history, d("2020-06-30T00:00:00+07:00")).get("verified:10")?.id).toBe(2);
    expect(standingAsOf(history, d("2020-06-29T23:59:59.999+07:00")).get("verified:10")?.id).toBe(1);
  });

  it("before any row: empty; empty history: empty", () => {
    expect(standingAsOf(history, d("2020-01-01T00:00:00+07:00")).size).toBe(0);
    expect(standingAsOf([], d("2020-06-30T00:00:00+07:00")).size).toBe(0);
  });

  it("breaks ties on effectiveAt by recordedAt, whatever the array order", () => {
    const same = "2020-05-20T00:00:00+07:00";
    const late = row(2, "k", same, "2024-03-01T00:00:00Z", "met");
    const early = row(1, "k", same, "2024-02-01T00:00:00Z", "not_met");
    const asOf = d("2020-12-31T00:00:00+07:00");
    expect(standingAsOf([late, early], asOf).get("k")?.id).toBe(2);
    expect(standingAsOf([early, late], asOf).get("k")?.id).toBe(2);
  });

  it("breaks full ties by array order (the later row wins)", () => {
    const a = row(1, "k", "2020-05-20T00:00:00+07:00", "2024-02-01T00:00:00Z", "met");
    const b = row(2, "k", "2020-05-20T00:00:00+07:00", "2024-02-01T00:00:00Z", "not_met");
    const asOf = d("2020-12-31T00:00:00+07:00");
    expect(standingAsOf([a, b], asOf).get("k")?.id).toBe(2);
    expect(standingAsOf([b, a], asOf).get("k")?.id).toBe(1);
  });

  it("keeps a row whose newValue is null (a cleared value is still the latest fact)", () => {
    const cleared = row(9, "verified:10", "2020-07-01T00:00:00+07:00", "2024-01-03T00:00:00Z", null);
    expect(standingAsOf([...history, cleared], d("2020-07-01T12:00:00+07:00")).get("verified:10")?.newValue).toBeNull();
  });

  it("skips rows with an invalid date and returns nothing for an invalid asOf", () => {
    const bad = row(9, "verified:10", "not a date", "2024-01-03T00:00:00Z", "met");
    expect(standingAsOf([...history, bad], d("2020-05-21T00:00:00+07:00")).get("verified:10")?.id).toBe(1);
    expect(standingAsOf(history, d("nope")).size).toBe(0);
  });
});
