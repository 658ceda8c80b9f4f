import { z } from "zod";
import { unitCodeSchema } from "./params";

// Limits and request fields of an import (lib/import, app/api/v1/imports). Messages are keys.

/** The largest file accepted (5 MB: a matrix of 20 000 communes fits in well under that). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The most data rows read from one file (all sheets together). */
export const MAX_IMPORT_ROWS = 20_000;
/** The most an XLSX may expand to when unzipped (a zip bomb is refused before it is opened). */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** A pending import is kept this long for its preview, then expires. */
export const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export const importUploadSchema = z.object({
  unitCode: unitCodeSchema,
});

/** The id of a pending import: 32 lower-case hex digits (random, never guessable). */
export const importIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { message: "validation.invalid" });

export const importDecisionSchema = z.object({
  id: importIdSchema,
});
