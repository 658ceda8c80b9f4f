// Module replacements several integration test files share, for their vi.mock factories (which
// run before the file's own code, so they load these lazily):
//   vi.mock("@/lib/data/audit", (importOriginal) => import("./mocks").then((m) => m.auditMock(importOriginal)));
//   vi.mock("@/lib/i18n/server", () => import("./mocks").then((m) => m.viI18nMock()));

type AuditModule = typeof import("@/lib/data/audit");

/** Set `on` to make every audit write fail: a change must then be rolled back with it. */
export const auditFailure = { on: false };

/** The real audit module, except that its write fails while `auditFailure.on`. */
export async function auditMock(importOriginal: <T = unknown>() => Promise<T>): Promise<AuditModule> {
  const original = await importOriginal<AuditModule>();
  return {
    ...original,
    appendAudit: async (...args: Parameters<AuditModule["appendAudit"]>) => {
      if (auditFailure.on) throw new Error("audit unavailable");
      return original.appendAudit(...args);
    },
  };
}

/** Server-side i18n fixed to Vietnamese (no request, so no cookie to read the locale from). */
export async function viI18nMock() {
  const { translatorFor } = await import("@/lib/i18n/messages");
  return { getI18n: async () => ({ locale: "vi" as const, t: translatorFor("vi") }), getT: async () => translatorFor("vi"), getLocale: async () => "vi" as const };
}
