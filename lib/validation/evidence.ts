import { z } from "zod";
import { cleanFileName, FILE_KIND_INFO, nameMatchesKind, sniffFileKind, type EvidenceFileKind } from "@/lib/domain/file-type";
import { fieldErrors } from "./assessment";
import { unitCodeSchema } from "./params";

// Evidence attached to a commune's criterion (or one of its indicators): a note, a link, or a
// file. The kind follows from what was filled in: a file, else a link, else a note. Messages are
// message keys (validation.*).

export const EVIDENCE_TEXT_FIELDS = ["communeCode", "criterionNumber", "indicatorCode", "view", "text", "url"] as const;

/** A link must be http(s), with a host and without credentials in it. */
export function isSafeLink(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
}

const evidenceFieldsSchema = z.object({
  communeCode: unitCodeSchema,
  criterionNumber: z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1, { message: "validation.invalid" }).max(99, { message: "validation.invalid" }),
  /** Empty = the whole criterion. */
  indicatorCode: z
    .string({ message: "validation.invalid" })
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v === "" || /^\d{1,2}(\.\d{1,2})?$/.test(v), { message: "validation.invalid" })
    .transform((v) => (v === "" ? null : v)),
  view: z.enum(["self", "verified"], { message: "validation.invalid" }).optional().default("self"),
  text: z
    .string({ message: "validation.invalid" })
    .max(2000, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null)),
  url: z
    .string({ message: "validation.invalid" })
    .max(2000, { message: "validation.tooLong" })
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : null))
    .refine((v) => v === null || isSafeLink(v), { message: "validation.urlInvalid" }),
});

export type EvidenceInput = z.infer<typeof evidenceFieldsSchema> & {
  kind: "note" | "link" | "file";
  /** The uploaded file, when the kind is "file" (its content is checked by `checkEvidenceFile`). */
  file: File | null;
};

export type EvidenceParse =
  | { ok: true; data: EvidenceInput }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** Names an untouched file input arrives with: browsers send an empty part with `filename=""`,
 * which the server's multipart decoding (busboy under Next's server actions) turns into a File
 * named "undefined" (or "blob" where File is missing). */
const UNCHOSEN_FILE_NAMES = new Set(["", "undefined", "blob"]);

/** A file the user actually chose; null for a missing part or an untouched file input. A chosen
 * file of 0 bytes is kept (and refused as empty). */
export function chosenFile(v: FormDataEntryValue | null): File | null {
  if (v === null || typeof v === "string") return null;
  return v.size === 0 && UNCHOSEN_FILE_NAMES.has(v.name) ? null : v;
}

/** The evidence form: which criterion, what kind, and the size of any file (not yet its content). */
export function parseEvidenceForm(formData: FormData, maxBytes: number): EvidenceParse {
  const input = Object.fromEntries(
    EVIDENCE_TEXT_FIELDS.map((k) => {
      const v = formData.get(k);
      return [k, typeof v === "string" ? v : v === null ? undefined : "\u0000file"];
    }),
  );
  const parsed = evidenceFieldsSchema.safeParse(input);
  const errors: Record<string, string[]> = parsed.success ? {} : fieldErrors(parsed.error);
  const add = (field: string, key: string) => ((errors[field] ??= []).includes(key) ? null : errors[field].push(key));
  const rawFile = formData.get("file");
  if (typeof rawFile === "string" && rawFile !== "") add("file", "validation.invalid");
  const file = chosenFile(rawFile);
  if (file) {
    if (file.size === 0) add("file", "validation.fileEmpty");
    else if (file.size > maxBytes) add("file", "validation.fileTooLarge");
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  const data = parsed.data;
  if (file && data.url) return { ok: false, fieldErrors: { url: ["validation.linkOrFile"] } };
  if (!file && !data.url && !data.text) return { ok: false, fieldErrors: { text: ["validation.evidenceEmpty"] } };
  return { ok: true, data: { ...data, kind: file ? "file" : data.url ? "link" : "note", file } };
}

/** The extension a stored file gets (its name on disk is random). */
const STORED_EXTENSION: Record<EvidenceFileKind, string> = { pdf: "pdf", jpeg: "jpg", png: "png", docx: "docx", xlsx: "xlsx" };

export type FileCheck =
  | { ok: true; kind: EvidenceFileKind; mimeType: string; fileName: string; extension: string }
  | { ok: false; message: string };

/**
 * The content of an uploaded file: one of the accepted kinds by its bytes (magic numbers), with
 * a name whose extension agrees; the stored name is cleaned and keeps (or gets) the right
 * extension.
 */
export function checkEvidenceFile(bytes: Uint8Array, name: string): FileCheck {
  const kind = sniffFileKind(bytes);
  if (!kind) return { ok: false, message: "validation.fileType" };
  const clean = cleanFileName(name);
  if (!nameMatchesKind(clean, kind)) return { ok: false, message: "validation.fileNameMismatch" };
  const info = FILE_KIND_INFO[kind];
  const extension = STORED_EXTENSION[kind];
  const hasExtension = info.extensions.some((e) => clean.toLowerCase().endsWith(`.${e}`));
  return { ok: true, kind, mimeType: info.mimeType, fileName: hasExtension ? clean : `${clean}.${extension}`, extension };
}

export const removeEvidenceSchema = z.object({
  evidenceId: z.coerce.number({ message: "validation.invalid" }).int({ message: "validation.invalid" }).min(1, { message: "validation.invalid" }).max(2_147_483_647, { message: "validation.invalid" }),
});
