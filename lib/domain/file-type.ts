// What an uploaded file really is, from its first bytes (magic numbers) and, for Office files,
// from the names inside its ZIP container — never from the name or the type the browser claims.
// Pure: takes the bytes, reads nothing else.

/** File kinds accepted as evidence. */
export const EVIDENCE_FILE_KINDS = ["pdf", "jpeg", "png", "docx", "xlsx"] as const;
export type EvidenceFileKind = (typeof EVIDENCE_FILE_KINDS)[number];

/** The media type served for each kind, and the name extensions that may carry it. */
export const FILE_KIND_INFO: Record<EvidenceFileKind, { mimeType: string; extensions: readonly string[] }> = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"] },
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mimeType: "image/png", extensions: ["png"] },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

const byte = (b: Uint8Array, at: number) => b[at] ?? 0;
const u16 = (b: Uint8Array, at: number) => byte(b, at) | (byte(b, at + 1) << 8);
const u32 = (b: Uint8Array, at: number) => (byte(b, at) | (byte(b, at + 1) << 8) | (byte(b, at + 2) << 16) | (byte(b, at + 3) << 24)) >>> 0;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_MAX_DISTANCE = 22 + 0xffff;
/** More entries than any real Word or Excel file has: stop reading there. */
const MAX_ENTRIES = 10_000;

/**
 * The names of the entries of a ZIP archive, read from its central directory; null when the bytes
 * are not a readable ZIP (truncated, ZIP64, inconsistent offsets).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, ZIP_LOCAL) || bytes.length < 22) return null;
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_MAX_DISTANCE);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null; // ZIP64
  if (count > MAX_ENTRIES || offset + size > eocd) return null;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > eocd) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Word or Excel (Office Open XML) from the parts inside the archive; macro-enabled files are refused. */
function officeKind(bytes: Uint8Array): EvidenceFileKind | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  const has = (name: string) => names.includes(name);
  if (!has("[Content_Types].xml")) return null;
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return null;
  const word = has("word/document.xml");
  const excel = has("xl/workbook.xml");
  if (word === excel) return null; // neither, or an odd file claiming to be both
  return word ? "docx" : "xlsx";
}

/** The kind of an uploaded file from its content; null when it is none of the accepted kinds. */
export function sniffFileKind(bytes: Uint8Array): EvidenceFileKind | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, ZIP_LOCAL)) return officeKind(bytes);
  return null;
}

/** The lower-case extension of a file name ("Biên bản.PDF" → "pdf"); null without one (a
 * trailing number such as "20.5.2020" is not an extension). */
export function fileExtension(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  const ext = match?.[1];
  return ext && /[A-Za-z]/.test(ext) ? ext.toLowerCase() : null;
}

/** True when the name carries no extension, or one that belongs to the sniffed kind. */
export function nameMatchesKind(name: string, kind: EvidenceFileKind): boolean {
  const ext = fileExtension(name);
  return ext === null || FILE_KIND_INFO[kind].extensions.includes(ext);
}

/**
 * A file name safe to keep and show: the last path segment, without control characters or
 * characters that break a Content-Disposition header, at most `max` characters; "tep" when
 * nothing is left.
 */
export function cleanFileName(name: string, max = 200): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const cleaned = last.normalize("NFC").replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").replace(/\s+/g, " ").trim();
  if (!cleaned || /^\.+$/.test(cleaned)) return "tep";
  if (cleaned.length <= max) return cleaned;
  const ext = fileExtension(cleaned);
  const tail = ext ? `.${ext}` : "";
  return cleaned.slice(0, max - tail.length) + tail;
}
