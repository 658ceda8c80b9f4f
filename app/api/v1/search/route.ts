import { withScope } from "@/lib/api/authed";
import type { NextRequest } from "next/server";
import { badRequest, json } from "@/lib/api/respond";
import { searchUnits } from "@/lib/data/search";
import { classifySearchQuery, SEARCH_QUERY_MAX_LENGTH } from "@/lib/domain/search-query";

/** GET /api/v1/search?q=…: units by name (without case or diacritics, also other spellings) or
 * by GSO code (full or its beginning). At most 20 results, best first. */
export const GET = withScope(async (req: NextRequest, _ctx: unknown, scope) => {
  const raw = req.nextUrl.searchParams.get("q");
  const q = classifySearchQuery(raw);
  if (q.kind === "empty") return badRequest("q", "q is required: a unit name or GSO code");
  if (q.kind === "too_long") return badRequest("q", `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters`);
  const results = await searchUnits(scope, raw ?? "", { limit: 20 });
  return json({
    query: (raw ?? "").trim(),
    results: results.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentCode: r.parentCode,
      parentName: r.parentName,
      matchedAlias: r.matchedAlias,
    })),
  });
});
