import { z } from "zod";
import { cleanFileName, fileExtension, sniffFileKind } from "@/lib/domain/file-type";
import { readAsOf } from "./params";

// Input of the report-vs-data checker (form and API): the district, the as-of date, and the text
// pasted or read from an uploaded file (.txt/.md in UTF-8, or .docx — judged by the bytes, not by
// the name). Messages are keys of the reportCheck.errors catalog.

/** Largest upload accepted. */
export const MAX_REPORT_FILE_BYTES = 2 * 1024 * 1024;
/** Longest text checked (a 10-page report is about 30 000 characters). */
export const MAX_REPORT_TEXT_CHARS = 300_000;

export type ReportCheckErrorKey =
  | "district"
  | "asOf"
  | "textEmpty"
  | "textTooLong"
  | "fileTooLarge"
  | "fileEmpty"
  | "fileType"
  | "fileNameMismatch"
  | "notUtf8"
  | "docxUnreadable";

export type ReportCheckField = "district" | "asOf" | "text" | "file";
export type ReportCheckErrors = Partial<Record<ReportCheckField, ReportCheckErrorKey>>;

const districtSchema = z.string().trim().regex(/^\d{2,5}$/);

export interface ReportCheckInput {
  district: string;
  asOf: { iso: string; cutoff: Date };
  /** Pasted text (null when a file is to be read instead). */
  text: string | null;
  file: File | null;
}

/** A real upload. Browsers send an empty part when no file was chosen (and its name is not
 * reliably empty once it has passed through a server action), so an empty file counts as none:
 * the pasted text is used, and without text the form asks for text or a file. */
const chosenFile = (v: FormDataEntryValue | null): File | null => (v !== null && typeof v !== "string" && v.size > 0 ? v : null);

/** The district and date, shared by the form and the API. */
export function parseCommon(district: unknown, asOf: unknown, now: Date): { ok: true; district: string; asOf: { iso: string; cutoff: Date } } | { ok: false; errors: ReportCheckErrors } {
  const errors: ReportCheckErrors = {};
  const d = districtSchema.safeParse(district);
  if (!d.success) errors.district = "district";
  const a = typeof asOf === "string" || asOf === undefined || asOf === null ? readAsOf(asOf ?? undefined, now) : ({ ok: false } as const);
  if (!a.ok) errors.asOf = "asOf";
  if (!d.success || !a.ok) return { ok: false, errors };
  return { ok: true, district: d.data, asOf: { iso: a.asOf.iso, cutoff: a.asOf.cutoff } };
}

/** Checks the text itself (pasted, or read from a file). */
export function textError(text: string): ReportCheckErrorKey | null {
  if (text.trim() === "") return "textEmpty";
  if (text.length > MAX_REPORT_TEXT_CHARS) return "textTooLong";
  return null;
}

/** The checker's form: district, asOf, and the text or a file (size checked, content not yet). */
export function parseReportCheckForm(formData: FormData, now: Date): { ok: true; data: ReportCheckInput } | { ok: false; errors: ReportCheckErrors } {
  const str = (k: string) => {
    const v = formData.get(k);
    return typeof v === "string" ? v : v === null ? undefined : 0; // a file where text belongs is invalid
  };
  const common = parseCommon(str("district"), str("asOf"), now);
  const errors: ReportCheckErrors = common.ok ? {} : { ...common.errors };
  const rawText = formData.get("text");
  const rawFile = formData.get("file");
  const file = chosenFile(rawFile);
  if (typeof rawFile === "string" && rawFile !== "") errors.file = "fileType";
  let text: string | null = null;
  if (file) {
    if (file.size > MAX_REPORT_FILE_BYTES) errors.file = "fileTooLarge";
  } else if (rawText !== null && typeof rawText !== "string") {
    errors.text = "textEmpty";
  } else {
    text = rawText ?? "";
    const e = textError(text);
    if (e) errors.text = e;
  }
  if (!common.ok || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { district: common.district, asOf: common.asOf, text: file ? null : text, file } };
}

export type ReportFileKind = { ok: true; kind: "text"; text: string; fileName: string } | { ok: true; kind: "docx"; fileName: string } | { ok: false; error: ReportCheckErrorKey };

const TEXT_EXTENSIONS = ["txt", "md", "markdown", "text"];

/**
 * What an uploaded report is, from its bytes: a Word document (OOXML with word/document.xml) or
 * UTF-8 text without binary control characters; anything else (PDF, images, spreadsheets, other
 * archives, UTF-16, a binary renamed .txt) is refused. The name's extension must agree.
 */
export function classifyReportFile(bytes: Uint8Array, name: string): ReportFileKind {
  const fileName = cleanFileName(name);
  const ext = fileExtension(fileName);
  if (bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (bytes.length > MAX_REPORT_FILE_BYTES) return { ok: false, error: "fileTooLarge" };
  const sniffed = sniffFileKind(bytes);
  if (sniffed === "docx") return ext === null || ext === "docx" ? { ok: true, kind: "docx", fileName } : { ok: false, error: "fileNameMismatch" };
  if (sniffed !== null) return { ok: false, error: "fileType" };
  // PK archives that are not Word documents, and other well-known binary signatures.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: false, error: "fileType" };
  if (ext !== null && !TEXT_EXTENSIONS.includes(ext)) return { ok: false, error: ext === "docx" ? "fileNameMismatch" : "fileType" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: "notUtf8" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy encoding (TCVN3, Windows-1258) or binary data.
    return { ok: false, error: looksBinary(bytes) ? "fileType" : "notUtf8" };
  }
  if (looksBinary(bytes)) return { ok: false, error: "fileType" };
  return { ok: true, kind: "text", text, fileName };
}

/** NUL bytes, or more than 1 % control characters other than tab, line breaks and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 100;
}

/** The JSON body of POST /api/v1/report-check; the first bad parameter is named. */
export function parseReportCheckJson(body: unknown, now: Date): { ok: true; district: string; asOf: { iso: string; cutoff: Date }; text: string } | { ok: false; parameter: string; message: string } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { ok: false, parameter: "body", message: "The body must be a JSON object {district, asOf, text}." };
  const b = body as Record<string, unknown>;
  const common = parseCommon(b.district, b.asOf, now);
  if (!common.ok) {
    if (common.errors.district) return { ok: false, parameter: "district", message: "district must be a GSO unit code (2 to 5 digits)." };
    return { ok: false, parameter: "asOf", message: "asOf must be a real day written YYYY-MM-DD, not after today." };
  }
  if (typeof b.text !== "string") return { ok: false, parameter: "text", message: "text must be a string." };
  const e = textError(b.text);
  if (e === "textEmpty") return { ok: false, parameter: "text", message: "text is empty." };
  if (e === "textTooLong") return { ok: false, parameter: "text", message: `text is longer than ${MAX_REPORT_TEXT_CHARS} characters.` };
  return { ok: true, district: common.district, asOf: common.asOf, text: b.text };
}
