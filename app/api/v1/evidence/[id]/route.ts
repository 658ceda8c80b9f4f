import type { NextRequest } from "next/server";
import { withScope } from "@/lib/api/authed";
import { badRequest, notFound } from "@/lib/api/respond";
import { getEvidenceFile } from "@/lib/data/evidence";

/** "Biên bản.pdf" → a plain ASCII fallback ("Bien ban.pdf") for old clients. */
function asciiName(name: string): string {
  const plain = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return plain.trim() || "tep";
}

/** RFC 5987 encoding of a UTF-8 file name for `filename*`. */
const encodeRfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * GET /api/v1/evidence/{id}: an evidence file, for viewers who may read the commune. Always a
 * download (attachment) with the type found from its content when it was uploaded and nosniff,
 * so a browser never renders it as a page of this site. Unknown, removed, out-of-scope
 * evidence and evidence that is not a file answer 404 alike.
 */
export const GET = withScope(async (_req: NextRequest, ctx: { params: Promise<{ id: string }> }, scope) => {
  const { id } = await ctx.params;
  if (!/^\d{1,9}$/.test(id) || Number(id) < 1) return badRequest("id", "The evidence id must be a positive whole number.");
  const file = await getEvidenceFile(scope, Number(id));
  if (!file) return notFound(`No evidence file with id ${id}`);
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeRfc5987(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
