import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, type DemoUser } from "./accounts";

// Every link a demo role is shown must lead somewhere it may go: for each role, its home, its own
// unit pages and the recommendations it may read are opened, every same-origin <a href> on them is
// requested with the role's session, and none may answer 404 or 500. A link with a fragment must
// find its target id on the page it leads to.
//
// Deliberate exceptions: none. (A link to a page the role may not read would answer 404 by design
// — never revealing whether the unit exists — so such a link must not be shown at all.)

const ROLES: { user: DemoUser; pages: string[] }[] = [
  { user: "vpdp", pages: ["/", "/units/20", "/units/184", "/units/06322", "/units/06277", "/queue"] },
  { user: "vanquan", pages: ["/", "/units/184", "/units/06322", "/units/06277"] },
  { user: "gtvt", pages: ["/", "/units/184", "/units/06277", "/queue"] },
  { user: "huule", pages: ["/", "/units/06322"] },
  { user: "tuxuyen", pages: ["/", "/units/06277"] },
];

/** Same-origin hrefs of the page's links, absolute, in document order (duplicates removed). */
async function sameOriginLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((h) => new URL(h).origin === origin))];
}

/** The detail pages of the first recommendations the role's register lists (all statuses). */
async function recommendationPages(page: Page, count: number): Promise<string[]> {
  await page.goto("/recommendations?status=all");
  const links = await sameOriginLinks(page);
  return links
    .map((h) => new URL(h).pathname)
    .filter((p) => /^\/recommendations\/\d+$/.test(p))
    .slice(0, count);
}

for (const { user, pages } of ROLES) {
  test.describe(`links shown to ${user}`, () => {
    test.use({ storageState: storageStateFor(user) });

    test("lead to no 404 or 500, and every fragment finds its target", async ({ page }) => {
      test.setTimeout(240_000);
      const visit = [...pages, ...(await recommendationPages(page, 3))];
      expect(visit.some((p) => p.startsWith("/recommendations/")), `${user} reads at least one recommendation`).toBe(true);

      const sources = new Map<string, string>(); // link (without fragment) → the first page showing it
      const fragments = new Map<string, Set<string>>(); // link → ids it points at
      for (const path of visit) {
        const res = await page.goto(path);
        expect(res?.status(), `${user} opens ${path}`).toBe(200);
        for (const href of await sameOriginLinks(page)) {
          const url = new URL(href);
          const hash = decodeURIComponent(url.hash.slice(1));
          url.hash = "";
          const key = url.toString();
          if (!sources.has(key)) sources.set(key, path);
          if (hash) fragments.set(key, (fragments.get(key) ?? new Set()).add(hash));
        }
      }

      expect(sources.size, `${user} is shown links`).toBeGreaterThan(10);
      const broken: string[] = [];
      for (const [url, from] of sources) {
        const res = await page.request.get(url, { maxRedirects: 5 });
        const status = res.status();
        if (status === 404 || status >= 500) {
          broken.push(`${status} ${new URL(url).pathname}${new URL(url).search} (linked from ${from})`);
          continue;
        }
        const ids = fragments.get(url);
        if (ids && (res.headers()["content-type"] ?? "").includes("text/html")) {
          const body = await res.text();
          for (const id of ids) if (!body.includes(`id="${id}"`)) broken.push(`#${id} missing on ${new URL(url).pathname} (linked from ${from})`);
        }
      }
      expect(broken, `${user}: ${sources.size} links checked`).toEqual([]);
    });
  });
}

test.describe("a commune official on their own commune page", () => {
  test.use({ storageState: storageStateFor("huule") });

  test("names the district and province without linking them, and compares no criterion across the district", async ({ page }) => {
    await page.goto("/units/06322");
    const trail = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(trail).toContainText("Tỉnh Lạng Sơn");
    await expect(trail).toContainText("Huyện Văn Quan");
    await expect(trail.getByRole("link", { name: "Tỉnh Lạng Sơn" })).toHaveCount(0);
    await expect(trail.getByRole("link", { name: "Huyện Văn Quan" })).toHaveCount(0);
    await expect(page.getByTestId("criterion-link")).toHaveCount(0);
    await expect(page.locator('li[data-criterion="10"]')).toHaveAttribute("id", "criterion-10");
  });

  test("a unit out of reach answers 404 with words that cover both reasons, and a way home", async ({ page }) => {
    const res = await page.goto("/units/184");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy đơn vị" })).toBeVisible();
    await expect(page.getByText("Không tìm thấy đơn vị hành chính này, hoặc tài khoản của bạn không có quyền xem.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Về trang tổng quan" })).toHaveAttribute("href", "/");
    expect((await page.goto("/units/184/criteria/10"))?.status()).toBe(404);
    await expect(page.getByText(/hoặc tài khoản của bạn không có quyền xem đơn vị này/)).toBeVisible();
  });
});

test.describe("a district officer", () => {
  test.use({ storageState: storageStateFor("vanquan") });

  test("sees the province named in the trail, not linked; the district's criterion pages stay linked", async ({ page }) => {
    await page.goto("/units/06322");
    const trail = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(trail.getByRole("link", { name: "Tỉnh Lạng Sơn" })).toHaveCount(0);
    await expect(trail.getByRole("link", { name: "Huyện Văn Quan" })).toHaveAttribute("href", "/units/184");
    await expect(page.locator('li[data-criterion="10"]').getByTestId("criterion-link")).toHaveAttribute("href", "/units/184/criteria/10");
  });
});

test.describe("a recommendation's criterion", () => {
  test("leads to the criterion's row on the commune page", async ({ page }) => {
    await page.goto("/recommendations?status=all&commune=06322");
    const hrefs = (await page.locator('a[href^="/recommendations/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).filter((h) =>
      /^\/recommendations\/\d+$/.test(h),
    );
    let checked = 0;
    for (const href of hrefs) {
      await page.goto(href);
      const link = page.getByTestId("recommendation-details").locator('a[href*="#criterion-"]');
      if ((await link.count()) === 0) continue;
      const target = (await link.getAttribute("href")) ?? "";
      expect(target).toMatch(/^\/units\/06322#criterion-\d+$/);
      const id = target.split("#")[1]!;
      await link.click();
      await expect(page).toHaveURL((u) => u.pathname === "/units/06322" && u.hash === `#${id}`);
      await expect(page.locator(`#${id}`)).toBeInViewport();
      // the same on a full load (the criteria stream in after the browser looked for the fragment)
      await page.goto(target);
      await expect(page.locator(`#${id}`)).toBeInViewport();
      checked += 1;
      break;
    }
    expect(checked, "a recommendation on a criterion of Hữu Lễ").toBe(1);
  });
});
