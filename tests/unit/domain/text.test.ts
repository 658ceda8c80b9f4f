import { describe, expect, it } from "vitest";
import { foldDiacritics, matchesSearch } from "@/lib/domain/text";

describe("foldDiacritics", () => {
  it.each([
    ["Xã Hữu Lễ", "xa huu le"],
    ["Điềm He", "diem he"],
    ["Diềm He", "diem he"], // the report's spelling folds to the same key
    ["ĐỒNG GIÁP", "dong giap"],
    ["  Tràng   Phái\t\n", "trang phai"],
    ["Khòn Hẩu", "khon hau"],
    ["Khòn Hâu", "khon hau"],
    ["Hòa Bình", "hoa binh"],
    ["Hoà Bình", "hoa binh"], // old-style tone placement
    ["Ðồng Giáp", "dong giap"], // U+00D0 look-alike of Đ
    ["", ""],
    ["   ", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it("treats precomposed and decomposed input alike", () => {
    expect(foldDiacritics("Hữu Lễ".normalize("NFD"))).toBe(foldDiacritics("Hữu Lễ".normalize("NFC")));
  });
});

describe("matchesSearch", () => {
  const huuLe = ["Hữu Lễ", "06322"];
  it.each([
    ["huu le", huuLe, true],
    ["HỮU", huuLe, true],
    ["le huu", huuLe, true], // word order does not matter
    ["huu xuyen", huuLe, false], // every word must match
    ["06322", huuLe, true],
    ["diem", ["Điềm He", "Diềm He"], true],
    ["tri le", ["Tri Lễ"], true],
    ["tri le", ["Trấn Ninh"], false],
    ["phai quan", ["Tràng Phái", "Văn Quan"], true], // words may match different candidates
    ["", huuLe, true], // an empty query filters nothing
    ["   ", huuLe, true],
    ["huu", [], false],
  ] as [string, string[], boolean][])("%j in %j → %s", (query, candidates, expected) => {
    expect(matchesSearch(query, candidates)).toBe(expected);
  });
});
