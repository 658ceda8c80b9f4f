import "server-only";
import { z } from "zod";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import { compareVietnamese } from "@/lib/domain/text";
import { appendAudit } from "./audit";
import { inScope } from "./scope";

// Province settings kept by the coordination office (edited from step 3 on, audited).

export const SETTING_KEYS = { standardShareTarget: "standard_share_target" } as const;

/** Stored as a percent "50" or "62.5"; read back as a share 0–1. */
const percentSchema = z.coerce.number().min(0).max(100);

export interface ProvinceSettings {
  /** Target share (0–1) of communes meeting the standard; null when not set or unreadable. */
  standardShareTarget: number | null;
}

export async function getProvinceSettings(scope: ReadScope, provinceCode: string): Promise<ProvinceSettings> {
  if (!inScope(scope, provinceCode)) return { standardShareTarget: null };
  const rows = await prisma.provinceSetting.findMany({
    where: { province: { code: provinceCode }, key: { in: Object.values(SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const raw = rows.find((r) => r.key === SETTING_KEYS.standardShareTarget)?.value;
  const parsed = raw === undefined ? null : percentSchema.safeParse(raw);
  return { standardShareTarget: parsed?.success ? parsed.data / 100 : null };
}

// ─── Writes (step 3): the coordination office edits its province's settings ──────────────────

export interface SettingsProvince {
  id: number;
  code: string;
  name: string;
  /** The region that selects targets (TDMNPB for Lạng Sơn); null when the province has none. */
  regionCode: string | null;
}

/** A province by code for authorization and page headings (null when the code is not a province).
 * Takes no scope: callers check `can(viewer, …, { provinceCode })` on the result. */
export async function getSettingsProvince(code: string): Promise<SettingsProvince | null> {
  const unit = await prisma.adminUnit.findUnique({ where: { code }, select: { id: true, code: true, name: true, kind: true, regionCode: true } });
  return unit && unit.kind === "province" ? { id: unit.id, code: unit.code, name: unit.name, regionCode: unit.regionCode } : null;
}

/** Provinces the scope reads, by name (an administrator chooses which one to configure). */
export async function listSettingsProvinces(scope: ReadScope): Promise<{ code: string; name: string }[]> {
  const rows = await prisma.adminUnit.findMany({ where: { kind: "province" }, select: { code: true, name: true } });
  return rows.filter((p) => inScope(scope, p.code)).sort((a, b) => compareVietnamese(a.name, b.name));
}

export interface StandardShareSetting {
  /** The target as a percent (50 for 50 %); null when not set or unreadable. */
  percent: number | null;
  /** The stored row's version; 0 when nothing is stored. */
  version: number;
  lastChange: { by: string | null; at: Date } | null;
}

const settingEntityId = (provinceCode: string, key: string) => `${provinceCode}/${key}`;

/** The standard-share target with its version, for the settings form. */
export async function getStandardShareSetting(scope: ReadScope, provinceCode: string): Promise<StandardShareSetting> {
  if (!inScope(scope, provinceCode)) return { percent: null, version: 0, lastChange: null };
  const key = SETTING_KEYS.standardShareTarget;
  const [row, last] = await Promise.all([
    prisma.provinceSetting.findFirst({ where: { province: { code: provinceCode }, key }, select: { value: true, version: true } }),
    prisma.auditLog.findFirst({
      where: { entity: "province_setting", entityId: settingEntityId(provinceCode, key) },
      orderBy: { id: "desc" },
      select: { createdAt: true, actor: { select: { displayName: true } } },
    }),
  ]);
  const parsed = row ? percentSchema.safeParse(row.value) : null;
  return {
    percent: parsed?.success ? parsed.data : null,
    version: row?.version ?? 0,
    lastChange: last ? { by: last.actor?.displayName ?? null, at: last.createdAt } : null,
  };
}

export type SettingSaveResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "stale"; current: { value: string | null; version: number; by: string | null; at: Date | null } };

/**
 * Sets (or, with `value` null, clears) one province setting if nobody changed it since
 * `expectedVersion` (0 = it did not exist), and appends the audit row in the same transaction.
 */
export async function saveProvinceSetting(input: {
  province: { id: number; code: string };
  key: string;
  value: string | null;
  expectedVersion: number;
  reason: string | null;
  actorId: number;
  now?: Date;
}): Promise<SettingSaveResult> {
  const now = input.now ?? new Date();
  const entityId = settingEntityId(input.province.code, input.key);
  return prisma.$transaction(async (tx) => {
    const current = await tx.provinceSetting.findUnique({
      where: { provinceId_key: { provinceId: input.province.id, key: input.key } },
      select: { id: true, value: true, version: true },
    });
    const currentVersion = current?.version ?? 0;
    const stale = async (): Promise<SettingSaveResult> => {
      const fresh = await tx.provinceSetting.findUnique({ where: { provinceId_key: { provinceId: input.province.id, key: input.key } }, select: { value: true, version: true } });
      const last = await tx.auditLog.findFirst({ where: { entity: "province_setting", entityId }, orderBy: { id: "desc" }, select: { createdAt: true, actor: { select: { displayName: true } } } });
      return { ok: false, reason: "stale", current: { value: fresh?.value ?? null, version: fresh?.version ?? 0, by: last?.actor?.displayName ?? null, at: last?.createdAt ?? null } };
    };
    if (currentVersion !== input.expectedVersion) return stale();
    if ((current?.value ?? null) === input.value) return { ok: true, version: currentVersion, changed: false };

    let version: number;
    if (input.value === null) {
      const removed = await tx.provinceSetting.deleteMany({ where: { id: current!.id, version: input.expectedVersion } });
      if (removed.count !== 1) return stale();
      version = 0;
    } else if (current) {
      const updated = await tx.provinceSetting.updateMany({ where: { id: current.id, version: input.expectedVersion }, data: { value: input.value, version: { increment: 1 } } });
      if (updated.count !== 1) return stale();
      version = currentVersion + 1;
    } else {
      await tx.provinceSetting.create({ data: { provinceId: input.province.id, key: input.key, value: input.value, version: 1 } });
      version = 1;
    }
    await appendAudit(tx, {
      actorId: input.actorId,
      action: input.value === null ? "setting.clear" : "setting.set",
      entity: "province_setting",
      entityId,
      provinceId: input.province.id,
      oldValue: current ? { key: input.key, value: current.value } : null,
      newValue: input.value === null ? null : { key: input.key, value: input.value },
      reason: input.reason,
      at: now,
    });
    return { ok: true, version, changed: true };
  });
}
