import { describe, expect, it } from "vitest";
import { classifySearchQuery, matchedAlias, rankSearchHits, SEARCH_QUERY_MAX_LENGTH, type SearchQuery } from "@/lib/domain/search-query";

type Runnable = Extract<SearchQuery, { kind: "name" | "code" }>;
const q = (raw: string) => classifySearchQuery(raw) as Runnable;

describe("classifySearchQuery", () => {
  it.each([
    [null, "empty"],
    [undefined, "empty"],
    ["", "empty"],
    ["   ", "empty"],
    ["–  ·", "empty"], // punctuation only leaves no word
  ])("%j is empty", (raw, kind) => {
    expect(classifySearchQuery(raw).kind).toBe(kind);
  });

  it.each([
    ["06322", "06322"],
    ["184", "184"],
    [" 06 322 ", "06322"],
    ["0", "0"],
  ])("%j is a code query for %s", (raw, code) => {
    expect(classifySearchQuery(raw)).toEqual({ kind: "code", code });
  });

  it.each([
    ["huu le", ["huu", "le"], ["huu", "le"]],
    ["HỮU LỄ", ["huu", "le"], ["hữu", "lễ"]],
    ["  Tú   Xuyên ", ["tu", "xuyen"], ["tú", "xuyên"]],
    ["Diềm He", ["diem", "he"], ["diềm", "he"]],
    ["Điềm He", ["diem", "he"], ["điềm", "he"]],
    ["Hữu-Lễ", ["huu", "le"], ["hữu", "lễ"]],
    ["50% off_x", ["50", "off", "x"], ["50", "off", "x"]], // LIKE wildcards never reach the database
    ["Văn Quan 184", ["van", "quan", "184"], ["văn", "quan", "184"]],
  ])("%j searches the folded words %j", (raw, words, exactWords) => {
    expect(classifySearchQuery(raw)).toEqual({ kind: "name", words, exactWords, unitKind: null });
  });

  it("decomposed input (NFD) reads the same as composed", () => {
    expect(classifySearchQuery("Hữu Lễ".normalize("NFD"))).toEqual(classifySearchQuery("Hữu Lễ"));
  });

  it.each([
    ["xã Hữu Lễ", "commune", ["huu", "le"]],
    ["Huyện Văn Quan", "district", ["van", "quan"]],
    ["tỉnh Lạng Sơn", "province", ["lang", "son"]],
    ["thị trấn Văn Quan", "township", ["van", "quan"]],
    ["Phường 1", "ward", ["1"]],
  ])("%j names the level %s and searches %j", (raw, unitKind, words) => {
    expect(classifySearchQuery(raw)).toMatchObject({ kind: "name", unitKind, words });
  });

  it.each(["xa huu le", "phuong son", "xã", "huyện "])("%j keeps its first word as part of the name", (raw) => {
    const c = classifySearchQuery(raw);
    expect(c.kind).toBe("name");
    expect(c.kind === "name" && c.unitKind).toBe(null);
  });

  it("refuses more than the maximum length, counting characters not bytes", () => {
    expect(classifySearchQuery("ễ".repeat(SEARCH_QUERY_MAX_LENGTH)).kind).toBe("name");
    expect(classifySearchQuery("a".repeat(SEARCH_QUERY_MAX_LENGTH + 1))).toEqual({ kind: "too_long", length: 101, max: 100 });
    expect(classifySearchQuery("1".repeat(150)).kind).toBe("too_long");
  });
});

describe("matchedAlias", () => {
  const dienHe = { code: "06280", name: "Điềm He" };
  const aliases = [
    { alias: "06265", kind: "code" },
    { alias: "Diềm He", kind: "name" },
  ];

  it("credits the alias typed with its own diacritics", () => {
    expect(matchedAlias(q("Diềm He"), dienHe, aliases)).toBe("Diềm He");
    expect(matchedAlias(q("diềm"), dienHe, aliases)).toBe("Diềm He");
  });

  it("credits the name when the query fits it", () => {
    expect(matchedAlias(q("diem he"), dienHe, aliases)).toBeNull();
    expect(matchedAlias(q("Điềm He"), dienHe, aliases)).toBeNull();
    expect(matchedAlias(q("ĐIỀM HE"), dienHe, aliases)).toBeNull();
  });

  it("credits an alias that alone holds the words", () => {
    const unit = { code: "1", name: "Hòa Bình" };
    expect(matchedAlias(q("hoa thuan"), unit, [{ alias: "Hòa Thuận", kind: "name" }])).toBe("Hòa Thuận");
  });

  it("credits a former code only when the current code does not start with the digits", () => {
    expect(matchedAlias(q("06265"), dienHe, aliases)).toBe("06265");
    expect(matchedAlias(q("0626"), dienHe, aliases)).toBe("06265");
    expect(matchedAlias(q("0628"), dienHe, aliases)).toBeNull();
    expect(matchedAlias(q("06280"), dienHe, aliases)).toBeNull();
  });
});

describe("rankSearchHits", () => {
  const hit = (code: string, name: string, kind: "province" | "district" | "commune" | "township", alias: string | null = null) => ({
    code,
    name,
    kind,
    matchedAlias: alias,
  });

  it("puts the exact name first, then names starting with the query, then names containing it", () => {
    const hits = [hit("3", "Tân Văn Quan", "commune"), hit("2", "Văn Quang", "commune"), hit("1", "Văn Quan", "township"), hit("184", "Văn Quan", "district")];
    expect(rankSearchHits(q("van quan"), hits).map((h) => h.code)).toEqual(["184", "1", "2", "3"]);
  });

  it("prefers the level named in the query", () => {
    const hits = [hit("184", "Văn Quan", "district"), hit("06253", "Văn Quan", "township")];
    expect(rankSearchHits(q("thị trấn Văn Quan"), hits).map((h) => h.code)).toEqual(["06253", "184"]);
    expect(rankSearchHits(q("huyện Văn Quan"), hits).map((h) => h.code)).toEqual(["184", "06253"]);
  });

  it("lists matches through an alias after matches of the name", () => {
    const hits = [hit("2", "Hòa Bình", "commune", "Hòa Thuận"), hit("1", "Hòa Thuận", "commune")];
    expect(rankSearchHits(q("hoa thuan"), hits).map((h) => h.code)).toEqual(["1", "2"]);
  });

  it("puts the exact code first, then codes starting with the digits, then former codes", () => {
    const hits = [hit("06280", "Điềm He", "commune", "06265"), hit("06268", "Liên Hội", "commune"), hit("062", "X", "district"), hit("06256", "Trấn Ninh", "commune")];
    expect(rankSearchHits(q("062"), hits).map((h) => h.code)).toEqual(["062", "06268", "06256", "06280"]);
  });

  it("does not change the input array", () => {
    const hits = [hit("2", "B", "commune"), hit("1", "A", "commune")];
    rankSearchHits(q("a"), hits);
    expect(hits.map((h) => h.code)).toEqual(["2", "1"]);
  });
});
