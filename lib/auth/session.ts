import "server-only";
import { createHash } from "node:crypto";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findUserIdByApiToken, getViewerFacts } from "@/lib/data/auth";
import { authOptions } from "./options";
import { scopeFor, type ReadScope } from "./scope";

/** API tokens are stored only as their SHA-256 (a token is 32 random bytes, so no slow hash is needed). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The signed-in viewer of this request, re-read from the database; null when signed out or
 * when the account no longer exists. Cached per request. */
export const getViewer = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof id !== "number") return null;
  return getViewerFacts(id);
});

/** The signed-in, active viewer; otherwise off to the sign-in page (the proxy normally got there
 * first — this is the authoritative check). */
export async function requireViewer() {
  const viewer = await getViewer();
  if (!viewer || !viewer.active) redirect("/sign-in");
  return viewer;
}

/** The read scope of the signed-in viewer (redirects to sign-in when there is none). */
export async function requireScope(): Promise<ReadScope> {
  return scopeFor(await requireViewer());
}

/** For route handlers: the viewer from the session cookie or from an `Authorization: Bearer`
 * personal API token; null when neither identifies an active user. */
export async function getApiViewer(request: Request) {
  const auth = request.headers.get("authorization");
  const token = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (token) {
    const userId = await findUserIdByApiToken(hashApiToken(token));
    const viewer = userId === null ? null : await getViewerFacts(userId);
    return viewer?.active ? viewer : null;
  }
  const viewer = await getViewer();
  return viewer?.active ? viewer : null;
}
