import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { json, notFound } from "@/lib/api/respond";
import { getImportProgress } from "@/lib/data/imports";
import { importIdSchema } from "@/lib/validation/import";

// GET /api/v1/imports/{id}/progress: how far the apply of one of the signed-in user's pending
// imports is — {state: "pending"|"applying"|"applied"|"failed", done, total} (changes). The preview
// page polls it while "Áp dụng" runs. Anyone else's import, an unknown or malformed id: 404.
export const GET = withScope(async (_req: NextRequest, ctx: { params: Promise<{ id: string }> }, scope) => {
  const { id } = await ctx.params;
  const progress = importIdSchema.safeParse(id).success ? await getImportProgress(scope, id) : null;
  if (!progress) return notFound("No such import.");
  return json(progress);
});
