import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { criterionShares, matrixCell, selfDisagreement, sortMatrix } from "@/lib/domain/matrix";
import { createSeededDatabase } from "./test-db";

// The communes × criteria matrix of Văn Quan from a real migrated and seeded SQLite file: the set's
// criteria come with the area standing, and the matrix rules applied to lib/data's rows give the
// report's facts.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let data: typeof import("@/lib/data/standing");
let scope: import("@/lib/auth/scope").ReadScope;
const today = new Date("2026-11-26T03:00:00Z");
const endOf = (iso: string) => new Date(new Date(`${iso}T00:00:00+07:00`).getTime() + 86_400_000 - 1);

beforeAll(async () => {
  db = await createSeededDatabase();
  data = await import("@/lib/data/standing");
  scope = (await import("@/lib/auth/scope")).systemScope();
});
afterAll(() => db?.cleanup());

describe("area standing: criteria of the set", () => {
  it("lists the 19 criteria of QĐ 1980 in number order with their names", async () => {
    const area = await data.getAreaStanding(scope, "184", today);
    expect(area!.criteria).toHaveLength(19);
    expect(area!.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(area!.criteria[9]).toEqual({ number: 10, name: "Thu nhập" });
    expect(area!.criteria[16]).toEqual({ number: 17, name: "Môi trường và an toàn thực phẩm" });
    const province = await data.getAreaStanding(scope, "20", today);
    expect(province!.criteria).toEqual(area!.criteria);
  });
});

describe("Văn Quan matrix", () => {
  it("Hữu Lễ: 10, 11, 17 nearly met where it said met; Tú Xuyên: nine unmet; 14 communes without cells", async () => {
    const area = await data.getAreaStanding(scope, "184", endOf("2020-05-20"));
    const byCode = new Map(area!.communes.map((c) => [c.unitCode, c]));
    const numbers = area!.criteria.map((c) => c.number);
    const huuLe = byCode.get("06322")!;
    expect(numbers.filter((n) => matrixCell(huuLe, n) === "nearly_met")).toEqual([10, 11, 17]);
    expect(numbers.filter((n) => selfDisagreement(huuLe, n) === "met")).toEqual([10, 11, 17]);
    const tuXuyen = byCode.get("06277")!;
    expect(numbers.filter((n) => matrixCell(tuXuyen, n) === "not_met")).toEqual([2, 4, 5, 6, 9, 11, 15, 16, 17]);
    expect(area!.communes.filter((c) => numbers.every((n) => matrixCell(c, n) === null))).toHaveLength(14);
    expect(sortMatrix(area!.communes, { by: "criterion", number: 16 }).slice(0, 2).map((c) => c.unitName)).toEqual(["Hữu Lễ", "Tú Xuyên"]);

    const shares = criterionShares(area!.criteria, area!.communes);
    expect(shares.every((s) => s.covered === 2)).toBe(true);
    expect(shares.filter((s) => s.share === 0).map((s) => s.number)).toEqual([11, 17]);
  });

  it("before the inspection no commune has cells", async () => {
    const area = await data.getAreaStanding(scope, "184", endOf("2020-05-19"));
    expect(area!.criteria).toHaveLength(19);
    expect(criterionShares(area!.criteria, area!.communes).every((s) => s.covered === 0 && s.share === null)).toBe(true);
  });
});
