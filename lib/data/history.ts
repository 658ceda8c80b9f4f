import "server-only";
import type { ReadScope } from "@/lib/auth/scope";
import { prisma } from "@/lib/db";
import type { Status } from "@/lib/domain/types";
import { parseValue, type IndicatorView } from "./commune";
import { asStatus, documentLabel } from "./standing";

// The history of a commune's assessment (AssessmentHistory, append-only), newest first.

export type HistoryValue =
  | { kind: "status"; status: Status }
  | { kind: "value"; value: NonNullable<IndicatorView["values"]["self"]> }
  | { kind: "text"; text: string }
  | null;

export interface HistoryEntry {
  id: number;
  /** When the change took effect in the world (a document's date for loaded data). */
  effectiveAt: Date;
  /** self | verified | inspection | profile */
  view: string;
  /** status | value | target_year | … */
  field: string;
  criterion: { number: number; name: string } | null;
  indicator: { code: string; content: string; kind: string; unit: string | null; criterionNumber: number | null } | null;
  from: HistoryValue;
  to: HistoryValue;
  actor: string | null;
  reason: string | null;
  /** A readable label of the source document ("Báo cáo của Sở …, tháng 6/2020"). */
  document: string | null;
}

export interface CommuneHistory {
  entries: HistoryEntry[];
  /** True when more rows exist than the limit allowed. */
  truncated: boolean;
}

export const DEFAULT_HISTORY_LIMIT = 200;

function readValue(field: string, raw: string | null): HistoryValue {
  if (raw === null || raw === "") return null;
  if (field === "status") return { kind: "status", status: asStatus(raw) };
  if (field === "value") {
    const value = parseValue(raw);
    return value ? { kind: "value", value } : { kind: "text", text: raw };
  }
  return { kind: "text", text: raw };
}

/**
 * The changes to a commune's assessment that took effect on or before `cutoff`, newest first
 * (ties: most recently written first), at most `limit` of them. One query; a commune out of scope
 * or unknown has no history.
 */
export async function listCommuneHistory(
  scope: ReadScope,
  communeCode: string,
  cutoff: Date,
  options: { limit?: number } = {},
): Promise<CommuneHistory> {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_HISTORY_LIMIT));
  const provinces = scope.provinces === "all" ? null : [...scope.provinces];
  if (scope.communes !== "all" && !scope.communes.includes(communeCode)) return { entries: [], truncated: false };
  const districts = scope.districts === "all" ? null : [...scope.districts];
  const rows = await prisma.assessmentHistory.findMany({
    where: {
      effectiveAt: { lte: cutoff },
      commune: {
        code: communeCode,
        // The commune's province is its parent (after 2025) or its grandparent (district level).
        ...(provinces
          ? { OR: [{ parent: { code: { in: provinces }, kind: "province" } }, { parent: { parent: { code: { in: provinces }, kind: "province" } } }] }
          : {}),
        ...(districts ? { parent: { code: { in: districts }, kind: "district" } } : {}),
      },
    },
    select: {
      id: true,
      effectiveAt: true,
      view: true,
      field: true,
      oldValue: true,
      newValue: true,
      reason: true,
      actorName: true,
      actor: { select: { displayName: true } },
      criterion: { select: { number: true, name: true } },
      indicator: { select: { code: true, content: true, kind: true, unit: true, criterion: { select: { number: true } } } },
      document: { select: { kind: true, number: true, title: true, issuer: true, issuedOn: true, issuedOnText: true } },
    },
    orderBy: [{ effectiveAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  return {
    truncated: rows.length > limit,
    entries: rows.slice(0, limit).map((r) => ({
      id: r.id,
      effectiveAt: r.effectiveAt,
      view: r.view,
      field: r.field,
      criterion: r.criterion,
      indicator: r.indicator
        ? { code: r.indicator.code, content: r.indicator.content, kind: r.indicator.kind, unit: r.indicator.unit, criterionNumber: r.indicator.criterion?.number ?? null }
        : null,
      from: readValue(r.field, r.oldValue),
      to: readValue(r.field, r.newValue),
      actor: r.actor?.displayName ?? r.actorName,
      reason: r.reason,
      document: r.document ? documentLabel(r.document) : null,
    })),
  };
}
