import { describe, expect, it } from "vitest";
import { criterionTally, orderCriterionRows, parseCriterionNumber, type CriterionRowInput } from "@/lib/domain/criterion-across";
import type { Status } from "@/lib/domain/types";

const row = (name: string, basis: CriterionRowInput["basis"], verified: Status = "not_assessed", self: Status = "not_assessed") => ({
  name,
  basis,
  verified: { status: verified },
  self: { status: self },
});

// Criterion 16 (culture) in Văn Quan as the 2020 report gives it: Hữu Lễ met, Tú Xuyên not met,
// the 14 other communes known only by their total of criteria met.
const vanQuan16 = [
  row("Hữu Lễ", "detailed", "met", "met"),
  row("Tú Xuyên", "detailed", "not_met", "not_met"),
  ...["An Sơn", "Bình Phúc", "Điềm He", "Đồng Giáp", "Hòa Bình", "Khánh Khê", "Liên Hội", "Lương Năng", "Tân Đoàn", "Tràng Các", "Tràng Phái", "Trấn Ninh", "Tri Lễ", "Yên Phúc"].map((n) =>
    row(n, "document"),
  ),
];

describe("criterionTally", () => {
  it("counts Văn Quan's criterion 16: 1 met, 1 not met, 14 known only by a document total", () => {
    expect(criterionTally(vanQuan16)).toEqual({
      met: 1,
      nearlyMet: 0,
      notMet: 1,
      notAssessed: 0,
      documentOnly: 14,
      communeCount: 16,
      self: { met: 1, nearlyMet: 0, notMet: 1, notAssessed: 0 },
    });
  });

  it("counts nothing as assessed before any data (as of 19/5/2020)", () => {
    const before = vanQuan16.map((r) => row(r.name, "none"));
    expect(criterionTally(before)).toMatchObject({ met: 0, nearlyMet: 0, notMet: 0, notAssessed: 16, documentOnly: 0, communeCount: 16 });
  });

  it("never reads a status for a commune known only by a document total", () => {
    expect(criterionTally([row("X", "document", "met", "met")])).toMatchObject({ met: 0, documentOnly: 1, self: { met: 0 } });
  });

  it("counts nearly met apart and a detailed commune without this criterion as not assessed", () => {
    const t = criterionTally([row("A", "detailed", "nearly_met", "met"), row("B", "detailed", "not_assessed", "not_met")]);
    expect(t).toMatchObject({ met: 0, nearlyMet: 1, notMet: 0, notAssessed: 1, self: { met: 1, notMet: 1 } });
  });

  it("adds up to the number of communes", () => {
    const t = criterionTally([...vanQuan16, row("Y", "none"), row("Z", "detailed", "nearly_met")]);
    expect(t.met + t.nearlyMet + t.notMet + t.notAssessed + t.documentOnly).toBe(t.communeCount);
  });

  it("is all zeros for no commune", () => {
    expect(criterionTally([])).toEqual({ met: 0, nearlyMet: 0, notMet: 0, notAssessed: 0, documentOnly: 0, communeCount: 0, self: { met: 0, nearlyMet: 0, notMet: 0, notAssessed: 0 } });
  });
});

describe("orderCriterionRows", () => {
  it("lists assessed communes furthest from the target first, then document totals, then no data", () => {
    const rows = [
      row("Yên Phúc", "document"),
      row("Z none", "none"),
      row("Hữu Lễ", "detailed", "met"),
      row("An Sơn", "document"),
      row("B", "detailed", "not_assessed"),
      row("Tú Xuyên", "detailed", "not_met"),
      row("C", "detailed", "nearly_met"),
    ];
    expect(orderCriterionRows(rows).map((r) => r.name)).toEqual(["Tú Xuyên", "C", "Hữu Lễ", "B", "An Sơn", "Yên Phúc", "Z none"]);
  });

  it("sorts names the Vietnamese way (Đ after D)", () => {
    const rows = [row("Đồng Giáp", "document"), row("Điềm He", "document"), row("Diễn", "document"), row("Bình Phúc", "document")];
    expect(orderCriterionRows(rows).map((r) => r.name)).toEqual(["Bình Phúc", "Diễn", "Điềm He", "Đồng Giáp"]);
  });
});

describe("parseCriterionNumber", () => {
  it.each([
    ["1", 1],
    ["16", 16],
    ["19", 19],
    ["100", 100],
  ])("%j → %d", (raw, n) => expect(parseCriterionNumber(raw)).toBe(n));

  it.each(["0", "01", "-1", "1.5", "16a", "abc", "", " 16", "1e1", "1000"])("%j is not a criterion number", (raw) => {
    expect(parseCriterionNumber(raw)).toBeNull();
  });
});
