import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { insertRows } from "./bulk-insert";
import { env } from "@/lib/env";
import { vietnamToday } from "@/lib/domain/as-of";
import { cleanFileName } from "@/lib/domain/file-type";
import {
  communeKey,
  importViewFor,
  planImport,
  type CommuneFact,
  type CriterionFact,
  type ImportEntries,
  type ImportFacts,
  type ImportPlan,
  type IndicatorFact,
  type StoredValue,
} from "@/lib/domain/import";
import { evaluateIndicator, selectTarget } from "@/lib/domain/indicator";
import type { Status, TargetOp } from "@/lib/domain/types";
import { parseStatusCell } from "@/lib/export/matrix-format";
import { extractEntries } from "@/lib/import/extract";
import { readImportFile, type FileKind, type FileProblem } from "@/lib/import/read";
import { fieldErrors } from "@/lib/validation/assessment";
import { indicatorValueSchema } from "@/lib/validation/indicator";
import { IMPORT_TTL_MS, importIdSchema } from "@/lib/validation/import";
import { canReadPlace } from "./scope";
import { rowToValue, valueJson } from "./indicator-write";
import { asStatus } from "./standing";

// Importing commune standings from a file: read and check it against the database (a bounded
// number of queries, whatever the number of rows), keep the checked plan as a pending import for
// its preview, and apply it all or nothing in one transaction with the versions seen at preview
// time, appending one history row per change (the file named as the reason).
//
// Pending imports are JSON files under UPLOAD_DIR/imports/<random id>.json, bound to the user who
// uploaded them (no schema change; on several app instances UPLOAD_DIR is the shared storage the
// README asks for). They expire after IMPORT_TTL_MS; expired ones are removed on the next upload.

export type ImportStatus = "pending" | "applied" | "discarded" | "failed";

export interface ImportSummary {
  appliedAt: string;
  statusChanges: number;
  valueChanges: number;
  historyRows: number;
  communes: number;
  ms: number;
}

export interface PendingImport {
  id: string;
  userId: number;
  unitCode: string;
  view: "self" | "verified";
  fileName: string;
  fileKind: FileKind;
  sizeBytes: number;
  createdAt: string;
  expiresAt: string;
  status: ImportStatus;
  setCode: string;
  sheetsRead: string[];
  sheetsIgnored: string[];
  dataRows: number;
  plan: ImportPlan;
  summary: ImportSummary | null;
  /** Why an apply was refused: who changed what since the preview. */
  stale: StaleCell[] | null;
}

export interface StaleCell {
  communeCode: string;
  subject: string;
  by: string | null;
  at: string | null;
}

// ─── Facts ───────────────────────────────────────────────────────────────────────────────────

const CHUNK = 500;
// The columns each bulk insert of the apply writes (the rest take their defaults).
const VALUE_COLUMNS = [
  "communeId", "indicatorId", "view", "version", "valueNumber", "denominator", "valueBool", "secondaryValue", "referenceYear",
  "status", "overrideReason", "note", "assessedById", "assessedByName", "effectiveAt", "updatedAt",
] as const;
const HISTORY_COLUMNS = [
  "communeId", "criterionId", "indicatorId", "view", "field", "oldValue", "newValue", "reason", "actorId", "actorName", "effectiveAt", "recordedAt",
] as const;

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** The criteria set of the import: the most recent one the communes' history or stated figures use,
 * else the most recent in force (as the editing page resolves a commune's set: a commune known only
 * by a document's total is assessed against the set that total counts). */
async function resolveSet(communeIds: number[], now: Date, setCode: string | null) {
  if (setCode) return prisma.criteriaSet.findUnique({ where: { code: setCode }, select: { id: true, code: true } });
  // The most recent set any of the communes' history or stated figures use (asked per 500 communes;
  // two queries, because Prisma 6.19 refuses the OR of both with P2029 once the list is long).
  const found = await Promise.all(
    chunks(communeIds).flatMap((part) =>
      [{ criteria: { some: { history: { some: { communeId: { in: part } } } } } }, { figures: { some: { unitId: { in: part } } } }].map((where) =>
        prisma.criteriaSet.findFirst({ where, orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } }, select: { id: true, code: true, effectiveFrom: true } }),
      ),
    ),
  );
  const used = found.reduce<(typeof found)[number]>((best, x) => (x && (!best || (x.effectiveFrom?.getTime() ?? 0) > (best.effectiveFrom?.getTime() ?? 0)) ? x : best), null);
  return (
    used ??
    (await prisma.criteriaSet.findFirst({
      where: { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: now } }] },
      orderBy: { effectiveFrom: { sort: "desc", nulls: "last" } },
      select: { id: true, code: true },
    }))
  );
}

export interface LoadedFacts {
  facts: ImportFacts;
  setCode: string;
  /** Indicator id → its targets, for the override check. */
  targets: Map<number, Parameters<typeof selectTarget>[0]>;
}

/** Everything the check needs about the communes a file names, in the view the importer writes:
 * a fixed number of queries per 500 communes. */
export async function loadImportFacts(
  communeCodes: readonly string[],
  view: "self" | "verified",
  provinceCode: string | null,
  now: Date,
  setCode: string | null = null,
  /** Which current rows to read: statuses for a matrix, values for indicator rows. */
  need: { statuses: boolean; values: boolean } = { statuses: true, values: true },
): Promise<LoadedFacts | null> {
  const codes = [...new Set(communeCodes)];
  const units = (
    await Promise.all(
      chunks(codes).map((part) =>
        prisma.adminUnit.findMany({
          where: { code: { in: part }, kind: "commune" },
          select: {
            id: true,
            code: true,
            name: true,
            regionCode: true,
            parent: { select: { id: true, code: true, kind: true, regionCode: true, parent: { select: { id: true, code: true, kind: true, regionCode: true } } } },
            submissions: { orderBy: { id: "desc" }, take: 1, select: { status: true } },
          },
        }),
      ),
    )
  ).flat();
  const communes = new Map<string, CommuneFact>();
  for (const u of units) {
    const chain = [u.parent, u.parent?.parent].filter((x): x is NonNullable<typeof u.parent> => !!x);
    const province = chain.find((x) => x.kind === "province");
    communes.set(u.code, {
      id: u.id,
      code: u.code,
      name: u.name,
      provinceCode: province?.code ?? null,
      provinceId: province?.id ?? null,
      districtCode: chain.find((x) => x.kind === "district")?.code ?? null,
      locked: u.submissions[0]?.status === "approved",
      regionCode: u.regionCode ?? chain.find((x) => x.regionCode)?.regionCode ?? null,
    });
  }
  const ids = units.map((u) => u.id);
  const set = await resolveSet(ids, now, setCode);
  if (!set) return null;
  const criteriaRows = await prisma.criterion.findMany({
    where: { setId: set.id },
    select: {
      id: true,
      number: true,
      departments: { where: { department: { province: { code: provinceCode ?? "" } } }, select: { department: { select: { code: true } } } },
      indicators: {
        select: {
          id: true,
          code: true,
          kind: true,
          targets: { select: { areaCode: true, year: true, provinceId: true, op: true, valueNumber: true, valueText: true, secondaryMin: true, unit: true, verified: true } },
        },
      },
    },
  });
  const criteria = new Map<number, CriterionFact>();
  const indicators = new Map<string, IndicatorFact>();
  const targets = new Map<number, Parameters<typeof selectTarget>[0]>();
  for (const c of criteriaRows) {
    criteria.set(c.number, { id: c.id, number: c.number, departments: [...new Set(c.departments.map((d) => d.department.code))] });
    for (const i of c.indicators) {
      indicators.set(i.code, { id: i.id, code: i.code, criterionId: c.id, criterionNumber: c.number, kind: i.kind });
      targets.set(
        i.id,
        i.targets.map((t) => ({ ...t, op: t.op as TargetOp })),
      );
    }
  }
  const criterionIds = criteriaRows.map((c) => c.id);
  const statuses = new Map<string, { status: Status; version: number }>();
  const values = new Map<string, { value: StoredValue; version: number }>();
  await Promise.all(
    chunks(ids).map(async (part) => {
      const [s, v] = await Promise.all([
        need.statuses
          ? prisma.criterionAssessment.findMany({
              where: { communeId: { in: part }, view, criterionId: { in: criterionIds } },
              select: { communeId: true, criterionId: true, status: true, version: true },
            })
          : [],
        need.values
          ? prisma.indicatorAssessment.findMany({
              where: { communeId: { in: part }, view, indicator: { criterion: { setId: set.id } } },
              select: {
                communeId: true,
                indicatorId: true,
                valueNumber: true,
                denominator: true,
                valueBool: true,
                secondaryValue: true,
                referenceYear: true,
                status: true,
                overrideReason: true,
                note: true,
                version: true,
              },
            })
          : [],
      ]);
      for (const r of s) statuses.set(`${r.communeId}:${r.criterionId}`, { status: asStatus(r.status), version: r.version });
      for (const r of v) values.set(`${r.communeId}:${r.indicatorId}`, { value: rowToValue(r), version: r.version });
    }),
  );
  return { facts: { communes, criteria, indicators, statuses, values }, setCode: set.code, targets };
}

// ─── Preparing a pending import ──────────────────────────────────────────────────────────────

export type ImportViewer = Viewer & { displayName: string };

export type PrepareResult =
  | { ok: true; pending: PendingImport; timings: { readMs: number; checkMs: number } }
  | { ok: false; problem: FileProblem | { code: "noImportRight" } | { code: "unitUnknown" } };

/** Where the import starts: a district or a commune the importer may read. */
export async function getImportUnit(scope: ReadScope, code: string) {
  const unit = await prisma.adminUnit.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, kind: true, parent: { select: { code: true, kind: true, parent: { select: { code: true, kind: true } } } } },
  });
  if (!unit || (unit.kind !== "district" && unit.kind !== "commune")) return null;
  const chain = [unit.parent, unit.parent?.parent].filter((x): x is { code: string; kind: string } => !!x);
  const place = {
    provinceCode: chain.find((x) => x.kind === "province")?.code ?? null,
    districtCode: unit.kind === "district" ? unit.code : (chain.find((x) => x.kind === "district")?.code ?? null),
    communeCode: unit.kind === "commune" ? unit.code : null,
  };
  if (!canReadPlace(scope, place)) return null;
  return { code: unit.code, name: unit.name, kind: unit.kind as "district" | "commune", ...place };
}

/** Reads, checks and keeps a file as a pending import of `viewer` started from `unitCode`. */
export async function prepareImport(input: {
  bytes: Uint8Array;
  fileName: string;
  unitCode: string;
  viewer: ImportViewer;
  scope: ReadScope;
  now?: Date;
}): Promise<PrepareResult> {
  const now = input.now ?? new Date();
  const view = importViewFor(input.viewer.role);
  if (!view) return { ok: false, problem: { code: "noImportRight" } };
  const unit = await getImportUnit(input.scope, input.unitCode);
  if (!unit) return { ok: false, problem: { code: "unitUnknown" } };
  const t0 = performance.now();
  const file = await readImportFile(input.bytes);
  if (!file.ok) return { ok: false, problem: file.problem };
  // The criteria numbers a header may name: the set's (resolved again below for the communes).
  const knownNumbers = (await prisma.criterion.findMany({ select: { number: true }, distinct: ["number"] })).map((c) => c.number);
  const extracted = extractEntries(file.sheets, view, knownNumbers);
  if (!extracted.ok) return { ok: false, problem: extracted.problem };
  const t1 = performance.now();
  const { entries } = extracted.extracted;
  const codes = [...entries.statuses.map((e) => e.communeCode.text.trim()), ...entries.indicators.map((e) => e.communeCode.text.trim())]
    .filter((c) => /^\d{1,5}$/.test(c))
    .map(communeKey);
  const loaded = await loadImportFacts(codes, view, input.viewer.provinceCode, now, extracted.extracted.setCode, {
    statuses: entries.statuses.length > 0,
    values: entries.indicators.length > 0,
  });
  if (!loaded) return { ok: false, problem: { code: "setUnknown", found: (extracted.extracted.setCode ?? "").slice(0, 40) } };
  const plan = checkEntries(entries, loaded, input.viewer, view, unit, input.scope, now);
  const t2 = performance.now();
  const id = randomBytes(16).toString("hex");
  const pending: PendingImport = {
    id,
    userId: input.viewer.userId,
    unitCode: unit.code,
    view,
    fileName: cleanFileName(input.fileName || "import") || "import",
    fileKind: file.kind,
    sizeBytes: input.bytes.length,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + IMPORT_TTL_MS).toISOString(),
    status: "pending",
    setCode: loaded.setCode,
    sheetsRead: extracted.extracted.sheetsRead,
    sheetsIgnored: extracted.extracted.sheetsIgnored,
    dataRows: extracted.extracted.dataRows,
    plan,
    summary: null,
    stale: null,
  };
  await removeExpiredImports(now);
  await savePending(pending, "wx");
  return { ok: true, pending, timings: { readMs: t1 - t0, checkMs: t2 - t1 } };
}

/** The pure check with this importer's rights and the form's value schema. */
export function checkEntries(
  entries: ImportEntries,
  loaded: LoadedFacts,
  viewer: Viewer,
  view: "self" | "verified",
  unit: { kind: "district" | "commune"; code: string },
  scope: ReadScope,
  now: Date,
): ImportPlan {
  const placeOf = (c: CommuneFact) => ({ provinceCode: c.provinceCode, districtCode: c.districtCode, communeCode: c.code });
  const thisYear = vietnamToday(now).year;
  return planImport(entries, loaded.facts, {
    now,
    canRead: (c) => canReadPlace(scope, placeOf(c)) && can(viewer, "unit.read", placeOf(c)),
    inUnit: (c) => (unit.kind === "commune" ? c.code === unit.code : c.districtCode === unit.code),
    canWrite: (c, criterion) =>
      view === "self"
        ? can(viewer, "assessment.self.edit", { ...placeOf(c), locked: c.locked })
        : can(viewer, "assessment.verify", { ...placeOf(c), criterionDepartments: criterion.departments }),
    parseStatus: (text) => {
      const s = parseStatusCell(text);
      return s.kind === "invalid" ? { kind: "invalid" } : s;
    },
    parseValue: (kind, raw) => {
      const parsed = indicatorValueSchema(kind).safeParse(raw);
      if (parsed.success) return { ok: true, value: parsed.data };
      const errors = fieldErrors(parsed.error);
      const [field, messages] = Object.entries(errors)[0] ?? ["value", ["validation.invalid"]];
      const map: Record<string, "value" | "denominator" | "secondary" | "referenceYear" | "status" | "reason"> = {
        numerator: "value",
        denominator: "denominator",
        secondary: "secondary",
        referenceYear: "referenceYear",
        status: "status",
        overrideReason: "reason",
      };
      return { ok: false, field: map[field] ?? "value", message: messages[0] ?? "validation.invalid" };
    },
    overrideWithoutReason: (c, indicator, value) => {
      const target = selectTarget(loaded.targets.get(indicator.id) ?? [], { areaCode: c.regionCode, year: value.referenceYear ?? thisYear, provinceId: c.provinceId });
      const result = evaluateIndicator(indicator.kind, target, value);
      return result.overrideIgnored && (result.outcome === "met" || result.outcome === "not_met");
    },
  });
}

// ─── Pending imports on disk ─────────────────────────────────────────────────────────────────

function importDir(): string {
  return path.resolve(process.cwd(), env().UPLOAD_DIR, "imports");
}
function fileOf(id: string): string | null {
  return importIdSchema.safeParse(id).success ? path.join(importDir(), `${id}.json`) : null;
}

async function savePending(p: PendingImport, flag: "wx" | "w" = "w"): Promise<void> {
  const dir = importDir();
  await mkdir(dir, { recursive: true });
  const file = fileOf(p.id);
  if (!file) throw new Error("bad import id");
  if (flag === "wx") {
    await writeFile(file, JSON.stringify(p), { flag: "wx", mode: 0o640 });
    return;
  }
  // Replace atomically: a reader sees the old or the new record, never half of one.
  const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, JSON.stringify(p), { mode: 0o640 });
  await rename(tmp, file);
}

/** A pending import of this user (anyone else's, an unknown or a malformed id: null). */
export async function getPendingImport(userId: number, id: string): Promise<PendingImport | null> {
  const file = fileOf(id);
  if (!file) return null;
  try {
    const p = JSON.parse(await readFile(file, "utf8")) as PendingImport;
    return p.userId === userId && p.id === id ? p : null;
  } catch {
    return null;
  }
}

async function removeExpiredImports(now: Date): Promise<void> {
  const dir = importDir();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => /^[0-9a-f]{32}\.json$/.test(n))
      .map(async (n) => {
        try {
          const s = await stat(path.join(dir, n));
          if (now.getTime() - s.mtimeMs > IMPORT_TTL_MS * 7) await rm(path.join(dir, n), { force: true });
        } catch {
          /* gone already */
        }
      }),
  );
}

export async function setImportStatus(p: PendingImport, status: ImportStatus, extra: Partial<PendingImport> = {}): Promise<PendingImport> {
  const next = { ...p, ...extra, status };
  await savePending(next);
  return next;
}

// ─── Progress of an apply ────────────────────────────────────────────────────────────────────
//
// While an apply runs (one long transaction), its progress is kept next to the pending import as
// UPLOAD_DIR/imports/<id>.progress.json, so that another request — on this app instance or another
// one sharing the storage — can show it. It is only a display: whether an import was applied is
// said by the pending import's own status (written after the transaction committed), never by
// this file; a progress file that stops being updated (the process died) counts as not applying.

export type ImportProgressState = "pending" | "applying" | "applied" | "failed";

export interface ImportProgress {
  state: ImportProgressState;
  /** Changes written so far (of `total`). */
  done: number;
  total: number;
}

interface ProgressRecord {
  id: string;
  userId: number;
  state: "applying" | "failed";
  done: number;
  total: number;
  updatedAt: string;
}

/** A progress file not updated for this long belongs to an apply that no longer runs. */
export const PROGRESS_STALE_MS = 2 * 60 * 1000;
/** The least time between two writes of the progress file. */
export const PROGRESS_WRITE_MS = 250;

function progressFileOf(id: string): string | null {
  return importIdSchema.safeParse(id).success ? path.join(importDir(), `${id}.progress.json`) : null;
}

async function writeProgress(r: ProgressRecord): Promise<void> {
  const file = progressFileOf(r.id);
  if (!file) return;
  await mkdir(importDir(), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, JSON.stringify(r), { mode: 0o640 });
  await rename(tmp, file);
}

async function readProgress(id: string): Promise<ProgressRecord | null> {
  const file = progressFileOf(id);
  if (!file) return null;
  try {
    return JSON.parse(await readFile(file, "utf8")) as ProgressRecord;
  } catch {
    return null;
  }
}

/** The number of changes of a plan (what the progress counts). */
export function changeCount(plan: ImportPlan): number {
  return plan.statusChanges.length + plan.valueChanges.length;
}

/**
 * Records the progress of applying `pending`: `start()` before the transaction, `onProgress` as
 * applyImportPlan's callback (rows written → changes, written at most every PROGRESS_WRITE_MS,
 * in order), then `succeeded()` (the file is removed: the pending import's status says "applied")
 * or `failed()`. Writing the file never fails the apply: a problem is logged and ignored.
 */
export function importProgressRecorder(pending: Pick<PendingImport, "id" | "userId" | "plan">, now: () => number = Date.now) {
  const total = changeCount(pending.plan);
  let chain: Promise<void> = Promise.resolve();
  let lastWrite = -Infinity;
  let done = 0;
  const put = (state: ProgressRecord["state"], n: number) => {
    chain = chain
      .then(() => writeProgress({ id: pending.id, userId: pending.userId, state, done: n, total, updatedAt: new Date(now()).toISOString() }))
      .catch((e) => console.error("import progress not recorded", e));
    return chain;
  };
  return {
    total,
    start: () => {
      lastWrite = now();
      done = 0;
      return put("applying", 0);
    },
    onProgress: (written: number, rows: number) => {
      done = rows > 0 ? Math.min(total, Math.floor((written / rows) * total)) : total;
      const t = now();
      if (t - lastWrite < PROGRESS_WRITE_MS) return;
      lastWrite = t;
      void put("applying", done);
    },
    succeeded: async () => {
      await chain;
      const file = progressFileOf(pending.id);
      if (file) await rm(file, { force: true }).catch(() => {});
    },
    failed: () => put("failed", 0),
    /** Resolves when every write asked so far is done (tests). */
    flushed: () => chain,
  };
}

/** The progress of applying one of the viewer's pending imports (anyone else's or unknown: null). */
export async function getImportProgress(scope: ReadScope, id: string, nowMs = Date.now()): Promise<ImportProgress | null> {
  if (scope.userId === null) return null;
  const pending = await getPendingImport(scope.userId, id);
  if (!pending) return null;
  const total = changeCount(pending.plan);
  if (pending.status === "applied") return { state: "applied", done: total, total };
  const record = await readProgress(id);
  const usable = record && record.userId === pending.userId && record.id === id && record.total === total;
  if (pending.status === "pending" && usable) {
    if (record.state === "failed") return { state: "failed", done: 0, total };
    if (record.state === "applying" && nowMs - Date.parse(record.updatedAt) <= PROGRESS_STALE_MS) return { state: "applying", done: Math.max(0, Math.min(record.done, total)), total };
  }
  if (pending.status === "failed") return { state: "failed", done: 0, total };
  return { state: "pending", done: 0, total };
}

// ─── Applying ────────────────────────────────────────────────────────────────────────────────

export type ApplyResult = { ok: true; summary: ImportSummary } | { ok: false; reason: "stale"; stale: StaleCell[] };

class StaleImport extends Error {
  constructor(readonly stale: StaleCell[]) {
    super("stale import");
  }
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

/** The history reason of an imported change. */
export function importReason(fileName: string): string {
  return `Nhập từ tệp “${fileName}”`;
}

/**
 * Applies a checked plan in one transaction: every subject the file named must still have the
 * version seen at preview time (else nothing is written and the newer values are named); the
 * changed rows are updated conditionally on that version, new rows created, and one history row
 * per change appended — all or nothing.
 */
export async function applyImportPlan(input: {
  plan: ImportPlan;
  view: "self" | "verified";
  fileName: string;
  actor: { userId: number; displayName: string };
  now?: Date;
  /** Called after each batch written inside the transaction (rows written so far, rows in all). */
  onProgress?: (written: number, total: number) => void;
}): Promise<ApplyResult> {
  const { plan, view } = input;
  const now = input.now ?? new Date();
  const t0 = performance.now();
  const reason = importReason(input.fileName);
  const who = { assessedById: input.actor.userId, assessedByName: input.actor.displayName, effectiveAt: now };
  const history = { actorId: input.actor.userId, actorName: input.actor.displayName, effectiveAt: now, recordedAt: now, reason, view };
  const total = plan.statusChanges.length * 2 + plan.valueChanges.length * 2;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    input.onProgress?.(written, total);
  };
  const communeCodes = new Map<number, string>();
  for (const c of plan.statusChanges) communeCodes.set(c.communeId, c.communeCode);
  for (const c of plan.valueChanges) communeCodes.set(c.communeId, c.communeCode);
  try {
    const summary = await prisma.$transaction(
      async (tx) => {
        // 1. Versions now, of everything the file named.
        const statusIds = new Map<string, { id: number; version: number; by: string | null; at: Date; criterionId: number; communeId: number }>();
        const valueIds = new Map<string, { id: number; version: number; by: string | null; at: Date; indicatorId: number; communeId: number }>();
        const statusCommunes = [...new Set(plan.checkedStatuses.map(([c]) => c))];
        const valueCommunes = [...new Set(plan.checkedValues.map(([c]) => c))];
        for (const part of chunks(statusCommunes)) {
          const rows = await tx.criterionAssessment.findMany({
            where: { communeId: { in: part }, view },
            select: { id: true, communeId: true, criterionId: true, version: true, assessedByName: true, updatedAt: true, commune: { select: { code: true } } },
          });
          for (const r of rows) {
            statusIds.set(`${r.communeId}:${r.criterionId}`, { id: r.id, version: r.version, by: r.assessedByName, at: r.updatedAt, criterionId: r.criterionId, communeId: r.communeId });
            communeCodes.set(r.communeId, r.commune.code);
          }
        }
        for (const part of chunks(valueCommunes)) {
          const rows = await tx.indicatorAssessment.findMany({
            where: { communeId: { in: part }, view },
            select: { id: true, communeId: true, indicatorId: true, version: true, assessedByName: true, updatedAt: true, commune: { select: { code: true } } },
          });
          for (const r of rows) {
            valueIds.set(`${r.communeId}:${r.indicatorId}`, { id: r.id, version: r.version, by: r.assessedByName, at: r.updatedAt, indicatorId: r.indicatorId, communeId: r.communeId });
            communeCodes.set(r.communeId, r.commune.code);
          }
        }
        const stale: StaleCell[] = [];
        const criterionNumbers = new Map(plan.statusChanges.map((c) => [c.criterionId, c.criterionNumber]));
        for (const [communeId, criterionId, version] of plan.checkedStatuses) {
          const now_ = statusIds.get(`${communeId}:${criterionId}`);
          if ((now_?.version ?? 0) !== version)
            stale.push({ communeCode: communeCodes.get(communeId) ?? String(communeId), subject: `criterion:${criterionNumbers.get(criterionId) ?? criterionId}`, by: now_?.by ?? null, at: now_?.at.toISOString() ?? null });
        }
        for (const [communeId, indicatorId, version] of plan.checkedValues) {
          const now_ = valueIds.get(`${communeId}:${indicatorId}`);
          if ((now_?.version ?? 0) !== version)
            stale.push({ communeCode: communeCodes.get(communeId) ?? String(communeId), subject: `indicator:${indicatorId}`, by: now_?.by ?? null, at: now_?.at.toISOString() ?? null });
        }
        if (stale.length) throw new StaleImport(stale);

        // 2. Statuses: existing rows updated in groups (same new status and version), new rows created.
        const groups = new Map<string, number[]>();
        const creates: { communeId: number; criterionId: number; view: string; status: string; version: number }[] = [];
        for (const c of plan.statusChanges) {
          const row = statusIds.get(`${c.communeId}:${c.criterionId}`);
          if (!row) creates.push({ communeId: c.communeId, criterionId: c.criterionId, view, status: c.to, version: 1 });
          else {
            const key = `${c.to}\u0000${c.version}`;
            (groups.get(key) ?? groups.set(key, []).get(key)!).push(row.id);
          }
        }
        for (const [key, ids] of groups) {
          const [status, version] = key.split("\u0000") as [string, string];
          for (const part of chunks(ids)) {
            const updated = await tx.criterionAssessment.updateMany({ where: { id: { in: part }, version: Number(version) }, data: { status, version: { increment: 1 }, ...who } });
            if (updated.count !== part.length) throw new StaleImport([]);
            progress(part.length);
          }
        }
        await insertRows(
          tx,
          "CriterionAssessment",
          ["communeId", "criterionId", "view", "status", "version", "assessedById", "assessedByName", "effectiveAt", "updatedAt"],
          creates.map((c) => ({ ...c, ...who, updatedAt: now })),
          progress,
        );

        // 3. Values: changed rows updated in groups (same new value and version: one conditional
        // updateMany per group, its count compared), new rows created.
        const valueCreates = [];
        const valueGroups = new Map<string, { data: Record<string, unknown>; version: number; ids: number[] }>();
        for (const c of plan.valueChanges) {
          const data = {
            valueNumber: c.to.valueNumber,
            denominator: c.to.denominator,
            valueBool: c.to.valueBool,
            secondaryValue: c.to.secondaryValue,
            referenceYear: c.to.referenceYear,
            status: c.to.status,
            overrideReason: c.to.overrideReason,
            note: c.to.note,
            ...who,
          };
          const row = valueIds.get(`${c.communeId}:${c.indicatorId}`);
          if (!row) valueCreates.push({ communeId: c.communeId, indicatorId: c.indicatorId, view, version: 1, ...data, updatedAt: now });
          else {
            const key = JSON.stringify([c.version, c.to.valueNumber, c.to.denominator, c.to.valueBool, c.to.secondaryValue, c.to.referenceYear, c.to.status, c.to.overrideReason, c.to.note]);
            (valueGroups.get(key) ?? valueGroups.set(key, { data, version: c.version, ids: [] }).get(key)!).ids.push(row.id);
          }
        }
        for (const group of valueGroups.values()) {
          for (const part of chunks(group.ids)) {
            const updated = await tx.indicatorAssessment.updateMany({ where: { id: { in: part }, version: group.version }, data: { ...group.data, version: { increment: 1 } } });
            if (updated.count !== part.length) throw new StaleImport([]);
            progress(part.length);
          }
        }
        await insertRows(tx, "IndicatorAssessment", VALUE_COLUMNS, valueCreates, progress);

        // 4. History, one row per change, in the same transaction.
        const historyRows = [
          ...plan.statusChanges.map((c) => ({
            ...history,
            communeId: c.communeId,
            criterionId: c.criterionId,
            indicatorId: null,
            field: "status",
            oldValue: c.version === 0 ? null : c.from,
            newValue: c.to,
          })),
          ...plan.valueChanges.map((c) => ({
            ...history,
            communeId: c.communeId,
            criterionId: c.criterionId,
            indicatorId: c.indicatorId,
            field: "value",
            oldValue: c.from ? valueJson(c.from) : null,
            newValue: valueJson(c.to),
          })),
        ];
        await insertRows(tx, "AssessmentHistory", HISTORY_COLUMNS, historyRows, progress);
        return {
          appliedAt: now.toISOString(),
          statusChanges: plan.statusChanges.length,
          valueChanges: plan.valueChanges.length,
          historyRows: historyRows.length,
          communes: new Set([...plan.statusChanges, ...plan.valueChanges].map((c) => c.communeId)).size,
          ms: 0,
        };
      },
      { timeout: 10 * 60 * 1000, maxWait: 30_000 },
    );
    return { ok: true, summary: { ...summary, ms: Math.round(performance.now() - t0) } };
  } catch (e) {
    if (e instanceof StaleImport) return { ok: false, reason: "stale", stale: e.stale };
    if (isUniqueViolation(e)) return { ok: false, reason: "stale", stale: [] };
    throw e;
  }
}

/** Re-reads the importer's rights on every change of a plan (a review may have been approved, an
 * account changed since the preview): the changes that may no longer be written. */
export async function changesNoLongerAllowed(pending: PendingImport, viewer: ImportViewer, scope: ReadScope, now = new Date()): Promise<number> {
  const view = importViewFor(viewer.role);
  if (view !== pending.view) return pending.plan.statusChanges.length + pending.plan.valueChanges.length || 1;
  const codes = [...new Set([...pending.plan.statusChanges, ...pending.plan.valueChanges].map((c) => c.communeCode))];
  if (codes.length === 0) return 0;
  const loaded = await loadImportFacts(codes, view, viewer.provinceCode, now, pending.setCode, { statuses: false, values: false });
  const unit = await getImportUnit(scope, pending.unitCode);
  if (!loaded || !unit) return codes.length;
  const byId = new Map([...loaded.facts.communes.values()].map((c) => [c.id, c]));
  const criteriaById = new Map([...loaded.facts.criteria.values()].map((c) => [c.id, c]));
  const placeOf = (c: CommuneFact) => ({ provinceCode: c.provinceCode, districtCode: c.districtCode, communeCode: c.code });
  let refused = 0;
  for (const change of [...pending.plan.statusChanges, ...pending.plan.valueChanges]) {
    const commune = byId.get(change.communeId);
    const criterion = criteriaById.get(change.criterionId);
    const ok =
      !!commune &&
      !!criterion &&
      canReadPlace(scope, placeOf(commune)) &&
      (view === "self"
        ? can(viewer, "assessment.self.edit", { ...placeOf(commune), locked: commune.locked })
        : can(viewer, "assessment.verify", { ...placeOf(commune), criterionDepartments: criterion.departments }));
    if (!ok) refused++;
  }
  return refused;
}
