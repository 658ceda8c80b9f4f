import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkReport, closestUnit, editDistance, suggestAsOf, type CheckCommune, type CheckSnapshot, type Finding } from "@/lib/domain/report-check";

// The checker on verbatim excerpts of the Văn Quan 2020 report (tests/fixtures/report-check),
// against a snapshot shaped like the demo data on 20/5/2020: Hữu Lễ self 19/19 and verified 16/19
// (10, 11, 17 nearly met), Tú Xuyên 10/19 in both views, 14 communes known only by a document total.

const EXCERPTS = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/report-check/van-quan-2020-excerpts.md"), "utf8");

const DOC = "Báo cáo của Sở Thông tin và Truyền thông tỉnh Lạng Sơn, tháng 6/2020";
const docTotals: [string, string, number, string[]?][] = [
  ["06316", "Tràng Phái", 19],
  ["06307", "Tân Đoàn", 19],
  ["06319", "Yên Phúc", 19],
  ["06280", "Điềm He", 10, ["Diềm He"]],
  ["06268", "Liên Hội", 10],
  ["06256", "Trấn Ninh", 10],
  ["06298", "Bình Phúc", 9],
  ["06295", "Đồng Giáp", 9],
  ["06274", "Hòa Bình", 9],
  ["06301", "Tràng Các", 8],
  ["06286", "Khánh Khê", 8],
  ["06292", "Lương Năng", 7],
  ["06313", "Tri Lễ", 7],
  ["06283", "An Sơn", 6],
];

function snapshot(overrides: Partial<Record<string, Partial<CheckCommune>>> = {}): CheckSnapshot {
  const communes: CheckCommune[] = [
    {
      code: "06322",
      name: "Hữu Lễ",
      self: { met: 19, nearlyMet: 0, notMet: 0, notAssessed: 0 },
      verified: { met: 16, nearlyMet: 3, notMet: 0, notAssessed: 0 },
      figure: { criteriaMet: 16, basis: "detailed" as const },
    },
    {
      code: "06277",
      name: "Tú Xuyên",
      self: { met: 10, nearlyMet: 0, notMet: 9, notAssessed: 0 },
      verified: { met: 10, nearlyMet: 0, notMet: 9, notAssessed: 0 },
      figure: { criteriaMet: 10, basis: "detailed" as const },
    },
    ...docTotals.map(([code, name, met]) => ({ code, name, self: null, verified: null, figure: { criteriaMet: met, basis: "document" as const, documentLabel: DOC } })),
  ].map((c) => ({ ...c, ...overrides[c.code] }));
  return {
    asOf: "2020-05-20",
    totalCriteria: 19,
    province: { code: "20", name: "Lạng Sơn", kind: "province", aliases: [] },
    district: { code: "184", name: "Văn Quan", kind: "district", aliases: [] },
    units: [
      { code: "184", name: "Văn Quan", kind: "district", aliases: [], districtCode: "184" },
      { code: "06253", name: "Văn Quan", kind: "township", aliases: [], districtCode: "184" },
      { code: "06322", name: "Hữu Lễ", kind: "commune", aliases: [], districtCode: "184" },
      { code: "06277", name: "Tú Xuyên", kind: "commune", aliases: [], districtCode: "184" },
      ...docTotals.map(([code, name, , aliases]) => ({ code, name, kind: "commune" as const, aliases: aliases ?? [], districtCode: "184" })),
    ],
    communes,
  };
}

const brief = (f: Finding) => {
  const s = f.statement;
  const head =
    s.kind === "criteria_met_of"
      ? `${s.met}/${s.total}${s.selfAssessed ? " self" : ""}`
      : s.kind === "criteria_status_of"
        ? `${s.count} ${s.status}`
        : s.kind === "average_criteria"
          ? `avg ${s.value}`
          : s.kind === "communes_with_criteria"
            ? `band ${s.criteria}`
            : s.kind === "communes_below"
              ? `below ${s.floor}`
              : `${s.unitKind} ${s.name}`;
  return `${head} → ${f.outcome}${f.subject ? ` (${f.subject.name})` : ""}`;
};

describe("checkReport on the Văn Quan 2020 excerpts", () => {
  const result = checkReport(EXCERPTS, snapshot());
  const { findings } = result;

  it("finds the stated average 10,9 against the computed 11,0", () => {
    const avg = findings.filter((f) => f.statement.kind === "average_criteria");
    expect(avg).toHaveLength(1);
    expect(avg[0]).toMatchObject({ outcome: "disagrees", subject: { code: "184" }, subjectInferred: false });
    expect(avg[0]!.comparisons).toEqual([{ view: "computed", value: 11, total: null, agrees: false }]);
    expect(avg[0]!.statement.quote).toBe("bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã");
    expect(avg[0]!.before).toMatch(/Kết quả $/);
    expect(avg[0]!.after).toMatch(/^, không còn xã dưới 05 tiêu chí/);
  });

  it("finds Hữu Lễ's self-assessed 19/19 against the verified 16/19, naming the agreeing view", () => {
    const f = findings.find((x) => x.statement.kind === "criteria_met_of" && x.statement.met === 19);
    expect(f).toMatchObject({ outcome: "disagrees", subject: { code: "06322", name: "Hữu Lễ" }, subjectInferred: false });
    expect(f!.comparisons).toEqual([
      { view: "self", value: 19, total: 19, agrees: true },
      { view: "verified", value: 16, total: 19, agrees: false },
    ]);
  });

  it("flags 'huyện Văn Lãng' as unknown and suggests Văn Quan", () => {
    const f = findings.find((x) => x.statement.kind === "unit_mention" && x.statement.name === "Văn Lãng");
    expect(f).toMatchObject({ outcome: "unknown_unit", suggestion: { code: "184", name: "Văn Quan", kind: "district" }, occurrences: 1 });
  });

  it("lists disagreements first, then unknown units, then the rest; everything else agrees", () => {
    const nearly = findings.find((f) => f.statement.kind === "criteria_status_of" && f.statement.quote === "03 tiêu chí gần đạt");
    expect(nearly).toMatchObject({ subjectInferred: true, comparisons: [{ view: "self", value: 0, agrees: false }, { view: "verified", value: 3, agrees: true }] });
    expect(findings.map(brief)).toEqual([
      "19/19 self → disagrees (Hữu Lễ)",
      "avg 10.9 → disagrees (Văn Quan)",
      // II.2 "Đối với 16/19 tiêu chí xã tự đã đánh giá đạt": the verified standing, not the self-assessment
      "16/19 self → disagrees (Hữu Lễ)",
      "huyện Văn Lãng → unknown_unit",
      "tỉnh Lạng Sơn → agrees (Lạng Sơn)",
      "huyện Văn Quan → agrees (Văn Quan)",
      "xã Tú Xuyên → agrees (Tú Xuyên)",
      "xã Hữu Lễ → agrees (Hữu Lễ)",
      "10/19 → agrees (Tú Xuyên)",
      "below 5 → agrees (Văn Quan)",
      "band 19 → agrees (Văn Quan)",
      "band 16 → agrees (Văn Quan)",
      // "Số xã đạt 16 tiêu chí 01 xã: Hữu Lễ; có 03 tiêu chí gần đạt": the list item's one commune
      "3 nearly_met → agrees (Hữu Lễ)",
      "band 10 → agrees (Văn Quan)",
      "band 9 → agrees (Văn Quan)",
      "band 8 → agrees (Văn Quan)",
      "band 7 → agrees (Văn Quan)",
      "band 6 → agrees (Văn Quan)",
      "16/19 → agrees (Hữu Lễ)",
      "3 nearly_met → agrees (Hữu Lễ)",
      "10/19 → agrees (Tú Xuyên)",
      "9 not_met → agrees (Tú Xuyên)",
      "3 nearly_met → agrees (Hữu Lễ)",
      "10/19 self → agrees (Tú Xuyên)",
      "9 not_met → agrees (Tú Xuyên)",
    ]);
    expect(result.summary).toEqual({ statements: 25, agrees: 21, disagrees: 3, unknownUnits: 1, notCheckable: 0 });
  });

  it("says which view agrees with the II.2 self-assessed 16/19 (the verified standing)", () => {
    const f = findings.find((x) => x.statement.kind === "criteria_met_of" && x.statement.met === 16 && x.statement.selfAssessed);
    expect(f).toMatchObject({ subjectInferred: true });
    expect(f!.comparisons.map((c) => [c.view, c.value, c.agrees])).toEqual([
      ["self", 19, false],
      ["verified", 16, true],
    ]);
  });

  it("resolves 'Diềm He' through its alias and counts each unit name once", () => {
    const band10 = findings.find((x) => x.statement.kind === "communes_with_criteria" && x.statement.criteria === 10);
    expect(band10!.named.map((n) => n.unit?.name)).toEqual(["Điềm He", "Liên Hội", "Trấn Ninh", "Tú Xuyên"]);
    const vq = findings.find((x) => x.statement.kind === "unit_mention" && x.statement.name === "Văn Quan");
    expect(vq!.occurrences).toBeGreaterThan(1);
  });

  it("suggests the inspection date as the as-of date", () => {
    expect(result.suggestedAsOf).toBe("2020-05-20");
  });
});

describe("checkReport: other cases", () => {
  it("agrees with an average written as the data rounds, at the report's precision", () => {
    const text = "Bình quân toàn huyện Văn Quan đạt 11,0 tiêu chí/xã. Bình quân đạt 11 tiêu chí/xã. Bình quân đạt 10,96 tiêu chí/xã.";
    const out = checkReport(text, snapshot()).findings.filter((f) => f.statement.kind === "average_criteria");
    // Disagreements come first in the findings.
    expect(out.map((f) => [f.statement.quote.match(/[\d,]+(?= tiêu chí)/)?.[0], f.outcome])).toEqual([
      ["10,96", "disagrees"],
      ["11,0", "agrees"],
      ["11", "agrees"],
    ]);
    expect(out.map((f) => f.subjectInferred)).toEqual([true, false, true]);
  });

  it("flags a band whose count or names differ, with the communes left out", () => {
    const f = checkReport("- Số xã đạt 19 tiêu chí 02 xã: Tràng Phái, Hữu Lễ;", snapshot()).findings.find((x) => x.statement.kind === "communes_with_criteria");
    expect(f!.outcome).toBe("disagrees");
    expect(f!.comparisons[0]).toMatchObject({ value: 3, agrees: false });
    expect(f!.named.map((n) => [n.name, n.value])).toEqual([["Tràng Phái", 19], ["Hữu Lễ", 16]]);
    expect(f!.omitted.map((u) => u.name)).toEqual(["Tân Đoàn", "Yên Phúc"]);
  });

  it("compares a commune known only by a document total with that total", () => {
    const [f] = checkReport("xã Tràng Phái đạt 18/19 tiêu chí", snapshot()).findings.filter((x) => x.statement.kind === "criteria_met_of");
    expect(f!.outcome).toBe("disagrees");
    expect(f!.comparisons).toEqual([{ view: "document", value: 19, total: 19, agrees: false, source: DOC }]);
  });

  it("cannot check what names no commune, an unknown commune, another total, or a commune without data", () => {
    const snap = snapshot({ "06316": { figure: null } });
    const out = checkReport("Nay đạt 12/19 tiêu chí. xã Bắc Sơn đạt 12/19 tiêu chí. xã Hữu Lễ đạt 12/18 tiêu chí. xã Tràng Phái đạt 12/19 tiêu chí. xã Tràng Phái có 3 tiêu chí gần đạt.", snap).findings;
    const reasons = out.filter((f) => f.statement.kind !== "unit_mention").map((f) => [f.outcome, f.reason]);
    expect(reasons).toEqual([
      ["not_checkable", "no_subject"],
      ["not_checkable", "unknown_subject"],
      ["not_checkable", "other_total"],
      ["not_checkable", "no_data"],
      ["not_checkable", "no_data"],
    ]);
  });

  it("has no figures before the first recorded date: nothing is checkable but the names", () => {
    const empty = snapshot(Object.fromEntries(["06322", "06277", ...docTotals.map((d) => d[0])].map((c) => [c, { self: null, verified: null, figure: null }])));
    const { findings } = checkReport(EXCERPTS, empty);
    expect(findings.filter((f) => f.statement.kind !== "unit_mention").every((f) => f.outcome === "not_checkable")).toBe(true);
    expect(findings.some((f) => f.outcome === "unknown_unit")).toBe(true);
  });

  it("treats a district of another name in the province as outside the checked district", () => {
    const snap = snapshot();
    snap.units.push({ code: "182", name: "Văn Lãng", kind: "district", aliases: [], districtCode: "182" });
    const out = checkReport("huyện Văn Lãng. Bình quân toàn huyện Văn Lãng đạt 12 tiêu chí/xã.", snap).findings;
    expect(out.map((f) => [f.statement.kind, f.outcome, f.reason])).toEqual([
      ["average_criteria", "not_checkable", "outside_district"],
      ["unit_mention", "agrees", null],
    ]);
  });

  it("is case-, diacritics- and NFD-insensitive about names", () => {
    const out = checkReport("xã Hữu Lễ tự đánh giá đạt 19/19 tiêu chí".normalize("NFD"), snapshot()).findings;
    expect(out.find((f) => f.statement.kind === "criteria_met_of")).toMatchObject({ outcome: "disagrees", subject: { code: "06322" } });
  });

  it("returns nothing for empty text", () => {
    expect(checkReport("", snapshot())).toEqual({ findings: [], summary: { statements: 0, agrees: 0, disagrees: 0, unknownUnits: 0, notCheckable: 0 }, suggestedAsOf: null });
  });
});

describe("names and dates", () => {
  it("measures edit distance", () => {
    expect(editDistance("van lang", "van quan")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("huu le", "huu le")).toBe(0);
  });

  it("suggests a close name only when it is close", () => {
    const units = snapshot().units;
    expect(closestUnit("Văn Lãng", units, ["district"])?.code).toBe("184");
    expect(closestUnit("Bó Cánh", units, ["commune"])).toBeNull();
    expect(closestUnit("Tràng Phai", units, ["commune"])?.code).toBe("06316");
  });

  it("finds the latest real date written in the text", () => {
    expect(suggestAsOf("ngày 12/3/2020 … 23/4/2020 … Ngày 20/5/2020 … tháng 6/2020")).toBe("2020-05-20");
    expect(suggestAsOf("31/02/2020 và 1/13/2020")).toBeNull();
    expect(suggestAsOf("không có ngày")).toBeNull();
  });
});
