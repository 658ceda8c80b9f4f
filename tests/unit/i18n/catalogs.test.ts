import { describe, expect, it } from "vitest";
import { DEPARTMENT_ROLES, RECOMMENDATION_STATUSES, STATUSES, UNIT_KINDS, VIEWS } from "@/lib/domain/types";
import { LOCALES } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

/** Every leaf of a message tree as [dot path, text]. */
function leaves(tree: unknown, prefix = ""): [string, unknown][] {
  if (typeof tree !== "object" || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const viLeaves = new Map(leaves(vi));
const enLeaves = new Map(leaves(en));

describe("message catalogs", () => {
  it("has one catalog per locale", () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LOCALES].sort());
  });

  it("vi and en have exactly the same keys", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it.each([...viLeaves.keys()])("%s is a non-empty string in every locale", (key) => {
    for (const map of [viLeaves, enLeaves]) {
      const text = map.get(key);
      expect(typeof text).toBe("string");
      expect((text as string).trim()).not.toBe("");
    }
  });

  it.each([...viLeaves.keys()])("%s uses the same placeholders in vi and en", (key) => {
    expect(placeholders(enLeaves.get(key) as string)).toEqual(placeholders(viLeaves.get(key) as string));
  });

  it("labels every value of the domain's enumerations", () => {
    for (const locale of LOCALES) {
      const m = catalogs[locale];
      for (const s of STATUSES) expect(m.status[s]).toBeTruthy();
      for (const v of VIEWS) expect(m.view[v]).toBeTruthy();
      for (const k of UNIT_KINDS) expect(m.unitKind[k]).toBeTruthy();
      for (const r of DEPARTMENT_ROLES) expect(m.departmentRole[r]).toBeTruthy();
      for (const r of RECOMMENDATION_STATUSES) expect(m.recommendationStatus[r]).toBeTruthy();
      for (const b of ["detailed", "document", "none"] as const) expect(m.basis[b]).toBeTruthy();
    }
  });

  it("keeps the agreed wording", () => {
    expect(vi.status).toEqual({ met: "Đạt", nearly_met: "Gần đạt", not_met: "Chưa đạt", not_assessed: "Chưa đánh giá" });
    expect(en.status).toEqual({ met: "Met", nearly_met: "Nearly met", not_met: "Not met", not_assessed: "Not assessed" });
    expect(vi.view.self).toBe("Xã tự đánh giá");
    expect(vi.view.verified).toBe("Kết quả thẩm định");
    expect(en.view.self).toBe("Self-assessment");
    expect(en.view.verified).toBe("Verified");
    expect(vi.unitKind).toEqual({
      province: "Tỉnh",
      district: "Huyện",
      commune: "Xã",
      township: "Thị trấn",
      ward: "Phường",
      village: "Thôn",
    });
    expect(vi.errors.unitNotFound).toBe("Không tìm thấy đơn vị");
    expect(vi.common.appName).toBe("Nông thôn mới — Bảng theo dõi");
    expect(en.common.appName).toBe("NTM dashboard");
  });

  it("stores Vietnamese text in NFC (precomposed diacritics)", () => {
    for (const [key, text] of [...viLeaves, ...enLeaves]) {
      expect((text as string).normalize("NFC"), key).toBe(text);
    }
  });
});
