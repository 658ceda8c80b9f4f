import "server-only";
import type { NextRequest } from "next/server";
import { scopeFor, type ReadScope } from "@/lib/auth/scope";
import { getApiViewer } from "@/lib/auth/session";
import { handle, unauthorized } from "./respond";

/** A route handler that needs a signed-in viewer (session cookie or personal API token): 401
 * otherwise; the handler gets the viewer's read scope, which every lib/data call checks. */
export function withScope<C>(fn: (req: NextRequest, ctx: C, scope: ReadScope) => Promise<Response>) {
  return handle(async (req: NextRequest, ctx: C) => {
    const viewer = await getApiViewer(req);
    if (!viewer) return unauthorized();
    return fn(req, ctx, scopeFor(viewer));
  });
}
