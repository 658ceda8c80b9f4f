import { beforeEach, describe, expect, it, vi } from "vitest";

const cookieSet = vi.fn();
const revalidatePath = vi.fn();

vi.mock("next/headers", () => ({ cookies: async () => ({ set: cookieSet }) }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

const { setLocaleAction } = await import("@/lib/actions/locale");

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
}

describe("setLocaleAction", () => {
  beforeEach(() => {
    cookieSet.mockReset();
    revalidatePath.mockReset();
  });

  it.each(["vi", "en"])("stores %s for a year and re-renders every page", async (locale) => {
    await setLocaleAction(form({ locale }));
    expect(cookieSet).toHaveBeenCalledWith("ntm-locale", locale, {
      path: "/",
      maxAge: 31_536_000,
      sameSite: "lax",
      httpOnly: false,
    });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it.each<Record<string, string>>([{ locale: "fr" }, { locale: "" }, { locale: "vi; Path=/admin" }, {}])(
    "ignores invalid input %o",
    async (entries) => {
      await setLocaleAction(form(entries));
      expect(cookieSet).not.toHaveBeenCalled();
      expect(revalidatePath).not.toHaveBeenCalled();
    },
  );
});
