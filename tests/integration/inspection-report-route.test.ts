import JSZip from "jszip";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { createSeededDatabase } from "./test-db";

// GET /api/v1/inspections/{id}/report.docx against a seeded SQLite: 401 signed out, 400 for a bad
// id, 404 for unknown or out-of-scope inspections, and a DOCX with the computed figures otherwise.

let current: Viewer | null = null;
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => current, getApiViewer: async () => current }));

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let route: typeof import("@/app/api/v1/inspections/[id]/report.docx/route");

beforeAll(async () => {
  db = await createSeededDatabase();
  route = await import("@/app/api/v1/inspections/[id]/report.docx/route");
});
afterAll(() => db?.cleanup());

const viewer = (role: string, codes: Partial<Pick<Viewer, "provinceCode" | "districtCode" | "communeCode" | "departmentCode">> = {}): Viewer => ({
  userId: 1,
  role,
  active: true,
  provinceCode: null,
  districtCode: null,
  communeCode: null,
  departmentCode: null,
  ...codes,
});

async function get(id: string, cookie?: string) {
  const req = new NextRequest(`http://localhost/api/v1/inspections/${id}/report.docx`, { headers: cookie ? { cookie } : {} });
  return route.GET(req, { params: Promise.resolve({ id }) });
}

async function documentText(res: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  return ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
}

describe("GET /api/v1/inspections/{id}/report.docx", () => {
  it("answers 401 without a session", async () => {
    current = null;
    expect((await get("1")).status).toBe(401);
  });

  it("answers 400 naming the parameter for a bad id", async () => {
    current = viewer("coordination_office", { provinceCode: "20" });
    for (const id of ["abc", "0", "-1", "1.5", "9999999999"]) {
      const res = await get(id);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: "bad_request", parameter: "id" });
    }
  });

  it("answers 404 for an unknown inspection and for viewers outside the inspected district", async () => {
    current = viewer("coordination_office", { provinceCode: "20" });
    expect((await get("999")).status).toBe(404);
    current = viewer("coordination_office", { provinceCode: "01" });
    expect((await get("1")).status).toBe(404);
    current = viewer("commune_official", { provinceCode: "20", districtCode: "184", communeCode: "06322" });
    expect((await get("1")).status).toBe(404);
    current = { ...viewer("coordination_office", { provinceCode: "20" }), active: false };
    expect((await get("1")).status).toBe(404);
  });

  it("serves the DOCX with a safe file name and the computed figures to the coordination office and the district", async () => {
    for (const v of [viewer("coordination_office", { provinceCode: "20" }), viewer("district_officer", { provinceCode: "20", districtCode: "184" }), viewer("department_inspector", { provinceCode: "20", departmentCode: "GTVT" })]) {
      current = v;
      const res = await get("1");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="bao-cao-kiem-tra-1-2020-05-20.docx"');
      const text = await documentText(res);
      expect(text).toContain("Bình quân đạt 11,0 tiêu chí/xã");
      expect(text).toContain("16/19");
      expect(text).toContain("10/19");
      expect(text).toContain("UBND xã Hữu Lễ;");
      expect(text).toContain("Các sở, ngành: GTVT, Công Thương, GD&amp;ĐT");
    }
  });

  it("writes the document in English for a reader who chose English", async () => {
    current = viewer("coordination_office", { provinceCode: "20" });
    const res = await get("1", "ntm-locale=en");
    expect(res.headers.get("content-disposition")).toContain("inspection-report-1-2020-05-20.docx");
    const text = await documentText(res);
    expect(text).toContain("On average 11.0 criteria met per commune");
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
  });
});
