import { expect, test } from "@playwright/test";

test.describe("read-only API v1", () => {
  test("unit, summary and standing", async ({ request }) => {
    const unit = await (await request.get("/api/v1/units/184")).json();
    expect(unit).toMatchObject({ code: "184", name: "Văn Quan", kind: "district", parentCode: "20" });
    expect(unit.children).toHaveLength(17);

    const summary = await (await request.get("/api/v1/units/184/summary")).json();
    expect(summary).toMatchObject({ communeCount: 16, averageCriteriaMet: 11, communesMeetingAll: 3 });
    expect(summary.distribution.map((b: { criteriaMet: number; communeCount: number }) => [b.criteriaMet, b.communeCount])).toEqual([
      [19, 3], [16, 1], [10, 4], [9, 3], [8, 2], [7, 2], [6, 1],
    ]);
    expect(summary.inconsistencies).toContainEqual(expect.objectContaining({ stated: 10.9, computed: 11 }));

    const standing = await (await request.get("/api/v1/units/06322/standing")).json();
    expect(standing.self).toEqual({ met: 19, nearlyMet: 0, notMet: 0, notAssessed: 0 });
    expect(standing.verified).toEqual({ met: 16, nearlyMet: 3, notMet: 0, notAssessed: 0 });
    expect(standing.criteria.filter((c: { verified: string }) => c.verified === "nearly_met").map((c: { number: number }) => c.number)).toEqual([10, 11, 17]);
  });

  test("errors: 404 for unknown codes, 400 naming a bad parameter", async ({ request }) => {
    const missing = await request.get("/api/v1/units/99999");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    const bad = await request.get("/api/v1/units/184/summary?asOf=2020-02-30");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "bad_request", parameter: "asOf" });
    expect((await request.get("/api/v1/units/06322/summary")).status()).toBe(404);
  });
});
