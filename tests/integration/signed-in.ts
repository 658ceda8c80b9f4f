import type { Viewer } from "@/lib/auth/permissions";

// Who the integration tests act as. The session module is replaced by one that answers the viewer
// chosen here; everything else (database, rules, actions) is real. In a test file:
//   vi.mock("@/lib/auth/session", () => import("./signed-in").then((m) => m.sessionMock));
//   …
//   await signedInAs("vanquan");   // then call the action or the route

export type TestViewer = Viewer & { displayName: string; username: string };

let current: TestViewer | null = null;

/** What the mocked "@/lib/auth/session" answers (add what else a test needs of it). */
export const sessionMock = { getViewer: async () => current, getApiViewer: async () => current };

/** Acts as the seeded (or test-made) user of that name from now on; null: signed out. Call it once
 * the database exists (after createSeededDatabase). */
export async function signedInAs(username: string | null): Promise<TestViewer | null> {
  if (username === null) return (current = null);
  const { prisma } = await import("@/lib/db");
  const { getViewerFacts } = await import("@/lib/data/auth");
  const u = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  current = (await getViewerFacts(u.id)) as TestViewer | null;
  return current;
}

/** Acts as exactly this viewer (one changed by hand, say an inactive account). */
export function actAs(viewer: TestViewer | null): void {
  current = viewer;
}

/** The viewer the actions see now. */
export function currentViewer(): TestViewer | null {
  return current;
}

/** A submitted form: each entry a field (a File as it is, anything else as text); undefined ones left out. */
export function formData(entries: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) data.set(k, v instanceof File ? v : String(v));
  return data;
}

/** The state a form's action starts from. */
export const idle = { status: "idle" } as const;
