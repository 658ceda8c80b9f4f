import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getCriterionEditTarget, type EditTarget } from "./assessments";
import { canReadPlace, placeOf } from "./scope";

// Evidence of a commune's criterion or indicator: notes, links and uploaded files. Files are
// stored under UPLOAD_DIR with a random name (never the user's); the original name, type and size
// are kept in the Evidence row. Evidence is never deleted: removal sets removedAt. Adding and
// removing are both recorded in the history (field "evidence"), in the same transaction.

export interface EvidenceItem {
  id: number;
  /** note | link | file */
  kind: "note" | "link" | "file";
  view: "self" | "verified";
  criterionNumber: number | null;
  indicatorCode: string | null;
  text: string | null;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  createdBy: string | null;
  createdAt: Date;
}

export const evidenceSelect = {
  id: true,
  kind: true,
  view: true,
  text: true,
  url: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
  createdBy: { select: { displayName: true } },
  criterion: { select: { number: true } },
  indicator: { select: { code: true } },
} as const;

type EvidenceRow = {
  id: number;
  kind: string;
  view: string;
  text: string | null;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  createdAt: Date;
  createdBy: { displayName: string } | null;
  criterion: { number: number } | null;
  indicator: { code: string } | null;
};

export function toEvidenceItem(r: EvidenceRow): EvidenceItem {
  return {
    id: r.id,
    kind: r.kind === "file" || r.kind === "link" ? r.kind : "note",
    view: r.view === "verified" ? "verified" : "self",
    criterionNumber: r.criterion?.number ?? null,
    indicatorCode: r.indicator?.code ?? null,
    text: r.text,
    url: r.url,
    fileName: r.fileName,
    mimeType: r.mimeType,
    sizeBytes: r.sizeBytes,
    createdBy: r.createdBy?.displayName ?? null,
    createdAt: r.createdAt,
  };
}

/** What the history shows for a piece of evidence: the file's name or the link with its
 * description, or the note. */
function describe(e: { kind: string; text: string | null; url: string | null; fileName: string | null }): string {
  const main = e.kind === "file" ? e.fileName : e.kind === "link" ? e.url : null;
  const s = [main, e.text].filter((x): x is string => !!x && x.trim() !== "").map((x) => x.trim()).join(" — ");
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

// ─── Files on disk ───────────────────────────────────────────────────────────────────────────

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|jpg|png|docx|xlsx)$/;

function uploadDir(): string {
  return path.resolve(process.cwd(), env().UPLOAD_DIR);
}

/** The largest upload accepted, in bytes (MAX_UPLOAD_BYTES). */
export function maxUploadBytes(): number {
  return env().MAX_UPLOAD_BYTES;
}

/** Writes an upload under a fresh random name; returns that name (relative to UPLOAD_DIR). */
export async function storeUpload(bytes: Uint8Array, extension: string): Promise<string> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const name = `${randomUUID()}.${extension}`;
  if (!STORED_NAME.test(name)) throw new Error("unexpected stored file name");
  await writeFile(path.join(dir, name), bytes, { flag: "wx", mode: 0o640 });
  return name;
}

/** Removes a stored file whose row could not be written (best effort). */
export async function discardUpload(storedName: string): Promise<void> {
  if (!STORED_NAME.test(storedName)) return;
  await rm(path.join(uploadDir(), storedName), { force: true }).catch(() => {});
}

async function readUpload(storedName: string): Promise<Buffer | null> {
  if (!STORED_NAME.test(storedName)) return null;
  try {
    return await readFile(path.join(uploadDir(), storedName));
  } catch {
    return null;
  }
}

// ─── Writes ──────────────────────────────────────────────────────────────────────────────────

export interface EvidenceEditTarget extends EditTarget {
  /** Null when the evidence is about the whole criterion. */
  indicatorId: number | null;
}

/** What adding evidence needs to authorize and write: the criterion's edit facts and, when an
 * indicator code is given, that indicator of the criterion. Null when any part is unknown. */
export async function getEvidenceEditTarget(communeCode: string, criterionNumber: number, indicatorCode: string | null): Promise<EvidenceEditTarget | null> {
  const target = await getCriterionEditTarget(communeCode, criterionNumber);
  if (!target) return null;
  if (indicatorCode === null) return { ...target, indicatorId: null };
  const indicator = await prisma.indicator.findUnique({ where: { criterionId_code: { criterionId: target.criterionId, code: indicatorCode } }, select: { id: true } });
  return indicator ? { ...target, indicatorId: indicator.id } : null;
}

/** Adds a piece of evidence and its history row in one transaction. */
export async function addEvidence(input: {
  communeId: number;
  criterionId: number;
  indicatorId: number | null;
  view: "self" | "verified";
  kind: "note" | "link" | "file";
  text: string | null;
  url: string | null;
  file: { storedName: string; fileName: string; mimeType: string; sizeBytes: number } | null;
  actor: { userId: number; displayName: string };
  now?: Date;
}): Promise<{ id: number }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const row = await tx.evidence.create({
      data: {
        communeId: input.communeId,
        criterionId: input.criterionId,
        indicatorId: input.indicatorId,
        view: input.view,
        kind: input.kind,
        text: input.text,
        url: input.kind === "link" ? input.url : null,
        filePath: input.file?.storedName ?? null,
        fileName: input.file?.fileName ?? null,
        mimeType: input.file?.mimeType ?? null,
        sizeBytes: input.file?.sizeBytes ?? null,
        createdById: input.actor.userId,
        createdAt: now,
      },
      select: { id: true, kind: true, text: true, url: true, fileName: true },
    });
    await tx.assessmentHistory.create({
      data: {
        communeId: input.communeId,
        criterionId: input.criterionId,
        indicatorId: input.indicatorId,
        view: input.view,
        field: "evidence",
        oldValue: null,
        newValue: describe(row),
        actorId: input.actor.userId,
        actorName: input.actor.displayName,
        effectiveAt: now,
        recordedAt: now,
      },
    });
    return { id: row.id };
  });
}

export interface EvidenceRemovalTarget extends EditTarget {
  evidenceId: number;
  view: "self" | "verified";
  removed: boolean;
}

/** What removing a piece of evidence needs: its commune, criterion (with the rights facts) and
 * view. Null when it does not exist. */
export async function getEvidenceRemovalTarget(evidenceId: number): Promise<EvidenceRemovalTarget | null> {
  const row = await prisma.evidence.findUnique({
    where: { id: evidenceId },
    select: { id: true, view: true, removedAt: true, commune: { select: { code: true } }, criterion: { select: { number: true } } },
  });
  if (!row || !row.criterion) return null;
  const target = await getCriterionEditTarget(row.commune.code, row.criterion.number);
  if (!target) return null;
  return { ...target, evidenceId: row.id, view: row.view === "verified" ? "verified" : "self", removed: row.removedAt !== null };
}

/** Marks a piece of evidence removed (never deletes it) and records it; "gone" when it already was. */
export async function removeEvidence(input: { evidenceId: number; actor: { userId: number; displayName: string }; now?: Date }): Promise<{ ok: true } | { ok: false; reason: "gone" }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.evidence.updateMany({ where: { id: input.evidenceId, removedAt: null }, data: { removedAt: now } });
    if (updated.count !== 1) return { ok: false, reason: "gone" } as const;
    const row = await tx.evidence.findUniqueOrThrow({
      where: { id: input.evidenceId },
      select: { communeId: true, criterionId: true, indicatorId: true, view: true, kind: true, text: true, url: true, fileName: true },
    });
    await tx.assessmentHistory.create({
      data: {
        communeId: row.communeId,
        criterionId: row.criterionId,
        indicatorId: row.indicatorId,
        view: row.view,
        field: "evidence",
        oldValue: describe(row),
        newValue: null,
        actorId: input.actor.userId,
        actorName: input.actor.displayName,
        effectiveAt: now,
        recordedAt: now,
      },
    });
    return { ok: true } as const;
  });
}

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────

const chainSelect = { code: true, kind: true, parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } } } as const;

function placeOfCommune(c: { code: string; kind: string; parent: { code: string; kind: string; parent: { code: string; kind: string } | null } | null }) {
  const ancestors = [c.parent, c.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  return placeOf(c, ancestors);
}

/** A stored evidence file the scope may read: its bytes, original name, type and size. Null when
 * the evidence is unknown, removed, not a file, out of scope, or its file is missing. */
export async function getEvidenceFile(scope: ReadScope, evidenceId: number): Promise<{ bytes: Buffer; fileName: string; mimeType: string } | null> {
  const row = await prisma.evidence.findUnique({
    where: { id: evidenceId },
    select: { kind: true, removedAt: true, filePath: true, fileName: true, mimeType: true, commune: { select: chainSelect } },
  });
  if (!row || row.removedAt || row.kind !== "file" || !row.filePath || !row.mimeType) return null;
  if (!canReadPlace(scope, placeOfCommune(row.commune))) return null;
  const bytes = await readUpload(row.filePath);
  if (!bytes) {
    console.error("evidence file missing", evidenceId);
    return null;
  }
  return { bytes, fileName: row.fileName ?? "tep", mimeType: row.mimeType };
}

/**
 * The evidence of a commune in force on a date (added on or before it, not removed by then),
 * grouped by criterion number. Two queries; empty when the commune is unknown or out of scope.
 */
export async function listCommuneEvidence(scope: ReadScope, communeCode: string, cutoff: Date): Promise<Record<number, EvidenceItem[]>> {
  const commune = await prisma.adminUnit.findUnique({ where: { code: communeCode }, select: { id: true, ...chainSelect } });
  if (!commune || !canReadPlace(scope, placeOfCommune(commune))) return {};
  const rows = await prisma.evidence.findMany({
    where: { communeId: commune.id, createdAt: { lte: cutoff }, OR: [{ removedAt: null }, { removedAt: { gt: cutoff } }] },
    select: evidenceSelect,
    orderBy: { id: "asc" },
  });
  const out: Record<number, EvidenceItem[]> = {};
  for (const r of rows) {
    const item = toEvidenceItem(r);
    if (item.criterionNumber !== null) (out[item.criterionNumber] ??= []).push(item);
  }
  return out;
}
