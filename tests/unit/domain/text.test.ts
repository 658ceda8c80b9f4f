import { describe, expect, it } from "vitest";
import { compareVietnamese, foldDiacritics, matchesSearch } from "@/lib/domain/text";

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

describe("compareVietnamese", () => {
  const sorted = (names: string[]) => [...names].sort(compareVietnamese);

  it("puts Đ right after D, not after every other letter", () => {
    expect(sorted(["Điềm He", "Yên Phúc", "Dân Chủ", "Đồng Giáp", "An Sơn", "Bình Phúc"])).toEqual(["An Sơn", "Bình Phúc", "Dân Chủ", "Điềm He", "Đồng Giáp", "Yên Phúc"]);
    expect(sorted(["đ", "e", "d", "Đ", "D"])).toEqual(["d", "D", "đ", "Đ", "e"]);
  });

  it("compares letters before tone marks: Tràng Các before Tri Lễ (character codes say the opposite)", () => {
    expect(compareVietnamese("Tràng Các", "Tri Lễ")).toBeLessThan(0);
    expect(sorted(["Tú Xuyên", "Tri Lễ", "Trấn Ninh", "Tràng Các", "Liên Hội", "Điềm He"])).toEqual(["Điềm He", "Liên Hội", "Tràng Các", "Trấn Ninh", "Tri Lễ", "Tú Xuyên"]);
    // the byte order the bug showed
    expect(["Tri Lễ", "Tràng Các"].sort()).toEqual(["Tri Lễ", "Tràng Các"]);
  });

  it("orders the vowels with their marks as the alphabet does (a ă â, o ô ơ, u ư) and tones after the bare letter", () => {
    expect(sorted(["ơ", "ô", "o", "â", "ă", "a", "ư", "u"])).toEqual(["a", "ă", "â", "o", "ô", "ơ", "u", "ư"]);
    expect(sorted(["Hữu Lễ", "Hữu Le", "Hưu Lễ", "Huu Le"])[0]).toBe("Huu Le");
    expect(compareVietnamese("Lễ", "Lê")).toBeGreaterThan(0);
    expect(compareVietnamese("Lê", "Le")).toBeGreaterThan(0);
  });

  it("is 0 only for the same name (a total order usable by sort)", () => {
    expect(compareVietnamese("Văn Quan", "Văn Quan")).toBe(0);
    expect(compareVietnamese("văn quan", "Văn Quan")).not.toBe(0);
    // the same text composed or decomposed compares equal
    expect(compareVietnamese("Hữu Lễ".normalize("NFD"), "Hữu Lễ")).toBe(0);
  });
});
