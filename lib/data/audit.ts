import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";

// The audit trail of administrative writes (accounts, province settings, provincial targets).
// Rows are only ever appended, always inside the transaction of the change they record; the app
// offers no way to edit or delete them. Values are JSON objects of the fields that matter —
// never a password hash or an API token (nor its hash).

export const AUDIT_ENTITIES = ["user", "province_setting", "indicator_target", "inspection", "recommendation"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
/** What a row may be written for: the entities above (inspections and recommendations since step 4). */
export type AuditWriteEntity = AuditEntity;

export type AuditAction =
  | "user.create"
  | "user.update"
  | "user.deactivate"
  | "user.reactivate"
  | "user.reset_password"
  | "user.api_token_create"
  | "user.api_token_revoke"
  | "setting.set"
  | "setting.clear"
  | "target.create"
  | "target.update"
  | "target.remove"
  | "inspection.create"
  | "inspection.update"
  | "recommendation.create"
  | "recommendation.update"
  | "recommendation.status";

export type AuditJson = Record<string, string | number | boolean | null>;

export interface AuditWrite {
  actorId: number | null;
  action: AuditAction;
  entity: AuditWriteEntity;
  entityId: string;
  /** The province the change belongs to (null for a system-wide account such as an administrator). */
  provinceId: number | null;
  oldValue: AuditJson | null;
  newValue: AuditJson | null;
  reason: string | null;
  at?: Date;
}

/** Appends one audit row with the transaction client of the change it records. */
export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditWrite): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      provinceId: entry.provinceId,
      oldValue: entry.oldValue ? JSON.stringify(entry.oldValue) : null,
      newValue: entry.newValue ? JSON.stringify(entry.newValue) : null,
      reason: entry.reason,
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  actor: { username: string; displayName: string } | null;
  provinceCode: string | null;
  oldValue: AuditJson | null;
  newValue: AuditJson | null;
  reason: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

function parseJson(text: string | null): AuditJson | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as AuditJson) : { value: String(text) };
  } catch {
    return { value: text };
  }
}

/**
 * Audit entries, newest first, `limit` at a time (one query). A province-wide reader sees the
 * entries of its provinces; a reader of everything (the administrator) sees all, or one
 * province's when `provinceCode` is given. Anyone else sees nothing.
 */
export async function listAuditEntries(
  scope: ReadScope,
  filter: { provinceCode?: string | null; entity?: AuditEntity | null; entityId?: string | null; before?: number | null; limit?: number },
): Promise<AuditPage> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const provinceWide = scope.districts === "all" && scope.communes === "all";
  if (!provinceWide) return { entries: [], nextBefore: null };
  let provinceWhere: Prisma.AuditLogWhereInput = {};
  if (scope.provinces === "all") {
    if (filter.provinceCode) provinceWhere = { province: { code: filter.provinceCode } };
  } else {
    const codes = filter.provinceCode ? scope.provinces.filter((c) => c === filter.provinceCode) : [...scope.provinces];
    if (codes.length === 0) return { entries: [], nextBefore: null };
    provinceWhere = { province: { code: { in: codes } } };
  }
  const rows = await prisma.auditLog.findMany({
    where: {
      ...provinceWhere,
      ...(filter.entity ? { entity: filter.entity } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entity: true,
      entityId: true,
      oldValue: true,
      newValue: true,
      reason: true,
      actor: { select: { username: true, displayName: true } },
      province: { select: { code: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.createdAt,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      actor: r.actor,
      provinceCode: r.province?.code ?? null,
      oldValue: parseJson(r.oldValue),
      newValue: parseJson(r.newValue),
      reason: r.reason,
    })),
    nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

/** Who made the latest change to one entity, and when (for a stale edit's explanation). */
export async function lastChangeOf(entity: AuditEntity, entityId: string): Promise<{ by: string | null; at: Date } | null> {
  const row = await prisma.auditLog.findFirst({
    where: { entity, entityId },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { displayName: true } } },
  });
  return row ? { by: row.actor?.displayName ?? null, at: row.createdAt } : null;
}
