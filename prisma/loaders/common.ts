import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { describeIssues } from "@/lib/validation/reference";

/** A loader's refusal: names the file, the path inside it and the problem. Nothing was written. */
export class LoaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LoaderError";
  }
}

/** Reads and validates a JSON data file; throws LoaderError naming the file and JSON path. */
export function readValidated<S extends z.ZodType>(file: string, schema: S): { data: z.infer<S>; checksum: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new LoaderError(`${file}: cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LoaderError(`${file}: (root): not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new LoaderError(describeIssues(file, parsed.error));
  return { data: parsed.data, checksum: sha256(text) };
}

/** "2020-05-20" → that calendar day at 00:00 UTC (how the app stores date-only values). */
export function isoDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
