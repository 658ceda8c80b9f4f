import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getViewerFacts } from "@/lib/data/auth";
import { authOptions } from "./options";

/** The signed-in viewer of this request, re-read from the database; null when signed out or
 * when the account no longer exists. Cached per request. */
export const getViewer = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  if (typeof id !== "number") return null;
  return getViewerFacts(id);
});
