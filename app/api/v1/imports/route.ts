import type { NextRequest } from "next/server";
import { problemMessage } from "@/components/import/messages";
import { handle, json, unauthorized } from "@/lib/api/respond";
import { scopeFor } from "@/lib/auth/scope";
import { getApiViewer } from "@/lib/auth/session";
import { prepareImport } from "@/lib/data/imports";
import { getI18n } from "@/lib/i18n/server";
import { MAX_IMPORT_BYTES, importUploadSchema } from "@/lib/validation/import";

// POST /api/v1/imports (multipart: file, unitCode): reads and checks a file and keeps it as a
// pending import of the signed-in user; 201 with its id and preview address. A file refused as a
// whole answers 400 naming the parameter, with a translated message; nothing is stored or written.
export const POST = handle(async (req: NextRequest) => {
  const viewer = await getApiViewer(req);
  if (!viewer) return unauthorized();
  const { locale, t } = await getI18n();
  // The error word follows the status, as on the other routes (404 not_found, 403 forbidden).
  const errorWord = (status: number) => (status === 404 ? "not_found" : status === 403 ? "forbidden" : status === 413 ? "too_large" : "bad_request");
  const refuse = (parameter: string, code: string, message: string, status = 400) => json({ error: errorWord(status), parameter, code, message }, status);
  const length = Number(req.headers.get("content-length") ?? "0");
  // The multipart envelope adds a little: refuse clearly oversized bodies before reading them.
  if (length > MAX_IMPORT_BYTES + 64 * 1024) return refuse("file", "tooLarge", problemMessage(t, locale, { code: "tooLarge", limit: MAX_IMPORT_BYTES }), 413);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse("file", "empty", problemMessage(t, locale, { code: "empty" }));
  }
  const fields = importUploadSchema.safeParse({ unitCode: form.get("unitCode") });
  if (!fields.success) return refuse("unitCode", "unitUnknown", problemMessage(t, locale, { code: "unitUnknown" }));
  const file = form.get("file");
  if (!(file instanceof File)) return refuse("file", "empty", t("imports.chooseFile"));
  if (file.size > MAX_IMPORT_BYTES) return refuse("file", "tooLarge", problemMessage(t, locale, { code: "tooLarge", limit: MAX_IMPORT_BYTES }), 413);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await prepareImport({ bytes, fileName: file.name, unitCode: fields.data.unitCode, viewer, scope: scopeFor(viewer) });
  if (!result.ok) {
    const status = result.problem.code === "noImportRight" ? 403 : result.problem.code === "unitUnknown" ? 404 : 400;
    return refuse(result.problem.code === "unitUnknown" ? "unitCode" : "file", result.problem.code, problemMessage(t, locale, result.problem), status);
  }
  const p = result.pending;
  return json(
    {
      id: p.id,
      url: `/imports/${p.id}`,
      errors: p.plan.errors.length,
      statusChanges: p.plan.statusChanges.length,
      valueChanges: p.plan.valueChanges.length,
      unchanged: p.plan.unchanged,
    },
    201,
  );
});
