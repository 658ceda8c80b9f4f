import "server-only";
import { z } from "zod";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
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
