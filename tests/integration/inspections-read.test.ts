import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { useStatementCounter } from "./statement-counter";

// Who reads which inspection, on the seeded database through lib/data: the coordination office,
// department inspectors and administrators every inspection of the province; a district officer
// those that visited their district or a commune of it; a commune official those that visited
// their commune (and there only their commune's observations and tasks); nobody another
// province's, and a deactivated account nothing. Out of reach looks exactly like unknown (null).
// The list is one query whatever the number of inspections.

const counter = useStatementCounter();

type Facts = Viewer & { displayName: string; username: string };
const ids: Record<string, number> = {};

async function setUp() {
  if (ids.demo) return;
  const db = counter.client();
  const unit = async (code: string) => (await db.adminUnit.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  const lang = await unit("20");
  // Another district of Lạng Sơn with one commune, and another province.
  const d979 = await db.adminUnit.create({ data: { code: "979", kind: "district", name: "Thử Nghiệm", searchName: "thu nghiem", parentId: lang } });
  const c97901 = await db.adminUnit.create({ data: { code: "97901", kind: "commune", name: "Xã Thử", searchName: "xa thu", parentId: d979.id } });
  const p99 = await db.adminUnit.create({ data: { code: "99", kind: "province", name: "Tỉnh Khác", searchName: "tinh khac" } });
  const d999 = await db.adminUnit.create({ data: { code: "999", kind: "district", name: "Huyện Khác", searchName: "huyen khac", parentId: p99.id } });
  const c99999 = await db.adminUnit.create({ data: { code: "99999", kind: "commune", name: "Xã Khác", searchName: "xa khac", parentId: d999.id } });
  const users = [
    { username: "other-office", role: "coordination_office", unitId: p99.id },
    { username: "d979", role: "district_officer", unitId: d979.id },
    { username: "vanquan-old", role: "district_officer", unitId: await unit("184"), active: false },
  ];
  for (const u of users) await db.user.create({ data: { displayName: u.username, passwordHash: "x", ...u } });
  const inspection = async (title: string, unitIds: number[], recs: { communeId: number; addresseeUnitId: number }[] = []) =>
    (
      await db.inspection.create({
        data: {
          title,
          inspectedOn: new Date("2020-05-20T00:00:00Z"),
          leadName: "Trưởng đoàn",
          units: { create: unitIds.map((unitId) => ({ unitId })) },
          recommendations: { create: recs.map((r, i) => ({ addresseeKind: "commune", text: `Kiến nghị ${i + 1}`, sortOrder: i, ...r })) },
        },
        select: { id: true },
      })
    ).id;
  const tx = await unit("06277");
  const hl = await unit("06322");
  ids.demo = (await db.inspection.findFirstOrThrow({ where: { title: { startsWith: "Kiểm tra tình hình thực hiện nhiệm vụ" } }, select: { id: true } })).id;
  ids.otherDistrict = await inspection("Huyện Thử Nghiệm", [d979.id, c97901.id]);
  ids.tuXuyenOnly = await inspection("Riêng Tú Xuyên", [tx], [{ communeId: tx, addresseeUnitId: tx }]);
  ids.twoDistricts = await inspection("Hữu Lễ và Xã Thử", [hl, c97901.id], [{ communeId: hl, addresseeUnitId: hl }, { communeId: c97901.id, addresseeUnitId: c97901.id }]);
  ids.otherProvince = await inspection("Tỉnh khác", [d999.id, c99999.id]);
}

async function scopeOf(username: string) {
  await setUp();
  const { getViewerFacts } = await import("@/lib/data/auth");
  const { scopeFor } = await import("@/lib/auth/scope");
  const u = await counter.client().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const viewer = (await getViewerFacts(u.id)) as Facts;
  return scopeFor(viewer);
}

const data = () => import("@/lib/data/inspections");
const now = new Date("2026-01-15T03:00:00Z");
const names = (list: { id: number }[]) => list.map((r) => Object.keys(ids).find((k) => ids[k] === r.id) ?? `#${r.id}`).sort();

// What each account reads in Lạng Sơn (20).
const READS: Record<string, string[]> = {
  vpdp: ["demo", "otherDistrict", "tuXuyenOnly", "twoDistricts"],
  gtvt: ["demo", "otherDistrict", "tuXuyenOnly", "twoDistricts"],
  admin: ["demo", "otherDistrict", "tuXuyenOnly", "twoDistricts"],
  vanquan: ["demo", "tuXuyenOnly", "twoDistricts"],
  d979: ["otherDistrict", "twoDistricts"],
  huule: ["demo", "twoDistricts"],
  tuxuyen: ["demo", "tuXuyenOnly"],
  "other-office": [],
  "vanquan-old": [],
};

describe("inspections a viewer reads", () => {
  it.each(Object.entries(READS))("%s: the list, and the detail of exactly those (others look unknown)", async (username, expected) => {
    const { listInspections, getInspection } = await data();
    const scope = await scopeOf(username);
    expect(names(await listInspections(scope, "20", now))).toEqual(expected);
    for (const [name, id] of Object.entries(ids)) {
      const detail = await getInspection(scope, id, now);
      const elsewhere = name === "otherProvince" && (username === "admin" || username === "other-office");
      expect(detail === null ? null : name, `${username} → ${name}`).toBe(expected.includes(name) || elsewhere ? name : null);
    }
    expect(await getInspection(scope, 987654, now)).toBeNull();
  });

  it("another province's office reads its own inspection, not Lạng Sơn's", async () => {
    const { listInspections, getInspection } = await data();
    const scope = await scopeOf("other-office");
    expect(names(await listInspections(scope, "99", now))).toEqual(["otherProvince"]);
    expect(await getInspection(scope, ids.demo!, now)).toBeNull();
    expect(names(await listInspections(await scopeOf("vanquan"), "99", now))).toEqual([]);
  });
});

describe("the demo inspection for each reader", () => {
  it("the district officer: every unit, both communes' observations, every task, and the report", async () => {
    const { getInspection, getObservationContext } = await data();
    const scope = await scopeOf("vanquan");
    const d = (await getInspection(scope, ids.demo!, now))!;
    expect(d.mayReadReport).toBe(true);
    expect(d.units.map((u) => [u.code, u.readable])).toEqual([["184", true], ["06322", true], ["06277", true]]);
    expect(d.recommendations).toHaveLength(32);
    expect(d.recommendationsLimited).toBe(false);
    expect((await getObservationContext(scope, ids.demo!, "06277"))?.visitedCommunes.map((c) => c.code).sort()).toEqual(["06277", "06322"]);
    // a visit to Hữu Lễ and another district's commune: the inspection yes, its report (the province's figures) no
    const two = (await getInspection(scope, ids.twoDistricts!, now))!;
    expect(two.mayReadReport).toBe(false);
    expect(two.units.map((u) => [u.code, u.readable])).toEqual([["06322", true], ["97901", false]]);
    expect(two.recommendations.map((r) => r.text)).toEqual(["Kiến nghị 1"]);
    expect(two.recommendationsLimited).toBe(true);
  });

  it("the commune official of Hữu Lễ: only Hữu Lễ's observations and tasks, no report", async () => {
    const { getInspection, getObservationContext, listInspections } = await data();
    const scope = await scopeOf("huule");
    const d = (await getInspection(scope, ids.demo!, now))!;
    expect(d.mayReadReport).toBe(false);
    expect(d.units.filter((u) => u.readable).map((u) => u.code)).toEqual(["06322"]);
    expect(d.recommendationsLimited).toBe(true);
    expect(d.recommendations.length).toBeGreaterThan(0);
    expect(d.recommendations.length).toBeLessThan(32);
    for (const r of d.recommendations) expect([r.commune, r.addressee].join(" ")).toContain("Hữu Lễ");
    // the list counts the same tasks as the page shows
    const row = (await listInspections(scope, "20", now)).find((r) => r.id === ids.demo)!;
    expect(row.recommendations.total).toBe(d.recommendations.length);
    const own = (await getObservationContext(scope, ids.demo!, "06322"))!;
    expect(own.commune.code).toBe("06322");
    expect(own.rows).toHaveLength(19);
    expect(own.visitedCommunes.map((c) => c.code)).toEqual(["06322"]);
    expect(await getObservationContext(scope, ids.demo!, "06277")).toBeNull();
  });

  it("province-wide readers see every task, unlimited", async () => {
    const { getInspection } = await data();
    const d = (await getInspection(await scopeOf("gtvt"), ids.demo!, now))!;
    expect(d.recommendationsLimited).toBe(false);
    expect(d.recommendations).toHaveLength(32);
    expect(d.mayReadReport).toBe(true);
  });

  it("the report follows the detail page's mayReadReport", async () => {
    const { getInspectionReport } = await import("@/lib/data/inspection-report");
    const { getInspection } = await data();
    for (const username of ["vpdp", "vanquan", "huule", "tuxuyen", "d979", "other-office", "vanquan-old"])
      for (const name of ["demo", "tuXuyenOnly", "twoDistricts"]) {
        const scope = await scopeOf(username);
        const detail = await getInspection(scope, ids[name]!, now);
        const report = await getInspectionReport(scope, ids[name]!);
        expect(report !== null, `${username} → ${name}`).toBe(detail?.mayReadReport ?? false);
      }
  });
});

describe("query budget", () => {
  it("the list is one query (a statement per relation it reads), whatever the number of inspections", async () => {
    const { listInspections } = await data();
    const district = await scopeOf("vanquan");
    const commune = await scopeOf("huule");
    const first = await counter.count(() => listInspections(district, "20", now));
    // the inspections, then one statement each for lead department, units, their unit and its
    // two parents, and recommendations
    expect(first.statements).toBeLessThanOrEqual(8);
    expect((await counter.count(() => listInspections(commune, "20", now))).statements).toBe(first.statements);
    const hl = (await counter.client().adminUnit.findUniqueOrThrow({ where: { code: "06322" }, select: { id: true } })).id;
    for (let i = 0; i < 5; i++)
      await counter.client().inspection.create({ data: { title: `Thêm ${i}`, inspectedOn: new Date("2020-06-01T00:00:00Z"), leadName: "X", units: { create: [{ unitId: hl }] } } });
    const more = await counter.count(() => listInspections(district, "20", now));
    expect(more.result).toHaveLength(first.result.length + 5);
    expect(more.statements).toBe(first.statements);
  });

  it("the detail's statements do not grow with its units or tasks", async () => {
    const { getInspection } = await data();
    const scope = await scopeOf("huule");
    const demo = await counter.count(() => getInspection(scope, ids.demo!, now));
    const small = await counter.count(() => getInspection(scope, ids.twoDistricts!, now));
    expect(demo.statements).toBe(small.statements);
    expect(demo.statements).toBeLessThanOrEqual(20);
  });
});
