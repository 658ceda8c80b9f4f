import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonText } from "@/components/commune/reason-text";
import { indicatorReason } from "@/lib/domain/reason";
import { formatDateISO } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/messages";
import { createSeededDatabase } from "./test-db";
import { scopeFor } from "@/lib/auth/scope";
/** The read scope of a coordination office in the given province (as lib/auth mints it). */
function provinceScope(provinceCode: string) {
  return scopeFor({ userId: 0, role: "coordination_office", active: true, provinceCode, districtCode: null, communeCode: null, departmentCode: null });
}


// The commune page's history timeline and indicator reasons, read through lib/data from a real
// migrated SQLite file with the reference and Văn Quan 2020 demo data.

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let history: typeof import("@/lib/data/history");
let commune: typeof import("@/lib/data/commune");
let scope: import("@/lib/auth/scope").ReadScope;
const today = new Date("2026-11-26T03:00:00Z");
const endOf = (iso: string) => new Date(new Date(`${iso}T00:00:00+07:00`).getTime() + 86_400_000 - 1);
const TU_XUYEN = "06277";

beforeAll(async () => {
  db = await createSeededDatabase();
  history = await import("@/lib/data/history");
  commune = await import("@/lib/data/commune");
  scope = (await import("@/lib/auth/scope")).systemScope();
});
afterAll(() => db?.cleanup());

describe("listCommuneHistory", () => {
  it("gives Tú Xuyên's 19 status rows per view and 6 indicator values, all dated 20/5/2020, newest first", async () => {
    const h = await history.listCommuneHistory(scope, TU_XUYEN, today);
    expect(h.truncated).toBe(false);
    const count = (view: string, field: string) => h.entries.filter((e) => e.view === view && e.field === field).length;
    expect(count("self", "status")).toBe(19);
    expect(count("verified", "status")).toBe(19);
    expect(count("verified", "value")).toBe(6);
    expect(h.entries).toHaveLength(44);
    expect(new Set(h.entries.map((e) => formatDateISO(e.effectiveAt)))).toEqual(new Set(["2020-05-20"]));
    for (let i = 1; i < h.entries.length; i++) {
      const [a, b] = [h.entries[i - 1]!, h.entries[i]!];
      expect(a.effectiveAt.getTime()).toBeGreaterThanOrEqual(b.effectiveAt.getTime());
      if (a.effectiveAt.getTime() === b.effectiveAt.getTime()) expect(a.id).toBeGreaterThan(b.id);
    }
  });

  it("describes each change: subject, old → new, actor, reason and source document", async () => {
    const h = await history.listCommuneHistory(scope, TU_XUYEN, today);
    const transport = h.entries.find((e) => e.view === "verified" && e.field === "status" && e.criterion?.number === 2);
    expect(transport).toMatchObject({ from: null, to: { kind: "status", status: "not_met" }, criterion: { number: 2 } });
    expect(transport?.actor).toBeTruthy();
    expect(transport?.reason).toMatch(/báo cáo kiểm tra/i);
    expect(transport?.document).toMatch(/Sở Thông tin và Truyền thông/);

    const villages = h.entries.find((e) => e.field === "value" && e.indicator?.code === "16");
    expect(villages?.indicator).toMatchObject({ code: "16", kind: "percent_min", criterionNumber: 16 });
    expect(villages?.to).toMatchObject({ kind: "value", value: { valueNumber: 2, denominator: 7, referenceYear: 2019, status: "not_met" } });
  });

  it("is empty the day before the inspection", async () => {
    const h = await history.listCommuneHistory(scope, TU_XUYEN, endOf("2020-05-19"));
    expect(h.entries).toEqual([]);
    expect(h.truncated).toBe(false);
    expect((await history.listCommuneHistory(scope, TU_XUYEN, endOf("2020-05-20"))).entries).toHaveLength(44);
  });

  it("honours the limit and says it cut the list", async () => {
    const h = await history.listCommuneHistory(scope, TU_XUYEN, today, { limit: 20 });
    expect(h.entries).toHaveLength(20);
    expect(h.truncated).toBe(true);
  });

  it("has nothing for an unknown commune or one outside the scope", async () => {
    expect((await history.listCommuneHistory(scope, "99999", today)).entries).toEqual([]);
    const otherProvince = provinceScope("01");
    expect((await history.listCommuneHistory(otherProvince, TU_XUYEN, today)).entries).toEqual([]);
    const langSon = provinceScope("20");
    expect((await history.listCommuneHistory(langSon, TU_XUYEN, today)).entries).toHaveLength(44);
  });
});

describe("indicator reasons on Tú Xuyên's page", () => {
  async function indicator(code: string) {
    const detail = await commune.getCommuneDetail(scope, TU_XUYEN, today, today);
    const ind = detail!.groups.flatMap((g) => g.criteria).flatMap((c) => c.indicators).find((i) => i.code === code)!;
    const reason = indicatorReason({
      kind: ind.kind,
      unit: ind.unit,
      value: ind.values.verified,
      result: ind.results.verified,
      areaCode: detail!.unit.regionCode,
      referenceTarget: ind.referenceTarget,
    });
    return { detail: detail!, ind, reason: reason! };
  }

  it("9.1: one temporary house left, 1 > 0 → not met", async () => {
    const { ind, reason } = await indicator("9.1");
    expect(ind.target?.areaCode).toBe("TDMNPB");
    expect(reason).toMatchObject({ computed: "not_met", outcome: "not_met", source: "computed", comparison: { comparator: ">", threshold: 0 } });
    expect(reasonText(reason, "vi", translatorFor("vi"))).toBe("1 nhà tạm > 0 → chưa đạt");
    expect(reasonText(reason, "en", translatorFor("en"))).toBe("1 temporary house > 0 → not met");
  });

  it("16: no TDMNPB target recorded; the national ≥ 70 % is reference only; the assessor wrote not met", async () => {
    const { ind, reason } = await indicator("16");
    expect(ind.target).toBeNull();
    expect(ind.referenceTarget).toMatchObject({ areaCode: "default", valueNumber: 70 });
    expect(reason).toMatchObject({
      computed: "no_target",
      outcome: "not_met",
      source: "assessor",
      noTarget: { cause: "missing", areaCode: "TDMNPB", reference: { value: 70 } },
    });
    const text = reasonText(reason, "vi", translatorFor("vi"));
    expect(text).toContain("2/7 thôn = 28,6% (năm 2019)");
    expect(text).toContain("chưa có chỉ tiêu được xác nhận cho vùng TDMNPB");
    expect(text).toContain("không áp dụng cho vùng này");
    expect(text).toContain("người đánh giá ghi: chưa đạt");
  });

  it("never picks the national target for a regional result (9.2 has only a national level)", async () => {
    const { ind, reason } = await indicator("9.2");
    expect(ind.target).toBeNull();
    expect(ind.referenceTarget?.valueNumber).toBe(80);
    expect(reason.computed).toBe("no_target");
    expect(reason.outcome).toBe("not_met");
  });

  it("carries the target year and no recognition decision", async () => {
    const { detail } = await indicator("16");
    expect(detail.unit.targetYear).toBe(2020);
    expect(detail.recognitions).toEqual([]);
  });
});
