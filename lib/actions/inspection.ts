"use server";

import { revalidatePath } from "next/cache";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import {
  StaleObservation,
  createInspection,
  getInspectionEditTarget,
  getObservationTarget,
  provinceIdOf,
  resolveInspectionChoices,
  saveObservations,
  updateInspection,
} from "@/lib/data/inspections";
import { parseIsoDay, storedDay, vietnamToday } from "@/lib/domain/as-of";
import { compareCalendarDates } from "@/lib/domain/calendar-date";
import { inspectionDateProblem, teamProblems, unitInForceOn, visitedUnitsProvince } from "@/lib/domain/inspection";
import type { Status } from "@/lib/domain/types";
import {
  inspectionSchema,
  observationsSchema,
  pathErrors,
  readInspectionForm,
  readObservationsForm,
  type InspectionFormValues,
  type ObservationsFormValues,
} from "@/lib/validation/inspection";

// Recording an inspection and its team's observations. Each action is a public endpoint:
// validate (zod) → re-read the viewer and the inspection's province from the database →
// can(viewer, "inspection.manage", province) → write in one transaction with a version check and
// its audit or history rows → revalidate → a typed state. Errors are logged, never returned.

export type InspectionFormState =
  | { status: "idle" }
  | { status: "saved"; id: number; version: number; created: boolean }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: InspectionFormValues }
  | { status: "stale"; current: { version: number; by: string | null; at: string }; values: InspectionFormValues }
  | { status: "forbidden"; values?: InspectionFormValues }
  | { status: "error"; values?: InspectionFormValues };

const provinceLevel = (provinceCode: string | null) => ({ provinceCode, districtCode: null, communeCode: null });
const mayManage = (viewer: Viewer | null, provinceCode: string | null) => provinceCode !== null && can(viewer, "inspection.manage", provinceLevel(provinceCode));
const dateOf = (iso: string) => {
  const d = parseIsoDay(iso)!;
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
};

/** Creates an inspection (no id) or updates one (id and the version the edit started from). */
export async function saveInspectionAction(_prev: InspectionFormState, formData: FormData): Promise<InspectionFormState> {
  const values = readInspectionForm(formData);
  const parsed = inspectionSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: pathErrors(parsed.error), values };
  const input = parsed.data;
  try {
    const viewer = await getViewer();
    if (!viewer || !viewer.active) return { status: "forbidden", values };
    const existing = input.id !== null ? await getInspectionEditTarget(input.id) : null;
    if (input.id !== null && (!existing || !mayManage(viewer, existing.provinceCode))) return { status: "forbidden", values };
    // Without an existing inspection, refuse early anyone who may manage no inspection at all.
    if (input.id === null && !mayManage(viewer, viewer.provinceCode) && viewer.role !== "admin") return { status: "forbidden", values };

    const departmentCodes = [...new Set([input.leadDepartmentCode, ...input.members.map((m) => m.departmentCode)].filter((x): x is string => x !== null))];
    const choices = await resolveInspectionChoices({ unitCodes: input.unitCodes, departmentCodes, documentIds: input.basisDocumentIds });
    const errors: Record<string, string[]> = {};
    const add = (field: string, key: string) => (errors[field] ??= []).push(`inspections.v.${key}`);

    const units = input.unitCodes.map((code) => choices.units.find((u) => u.code === code));
    const province = units.every((u) => u !== undefined) ? visitedUnitsProvince(units) : ({ ok: false, problem: "unitUnknown" } as const);
    if (!province.ok) add("unitCodes", province.problem);
    const provinceCode = province.ok ? province.provinceCode : null;
    if (existing && provinceCode && existing.provinceCode !== provinceCode) add("unitCodes", "unitsProvince");

    const departmentOf = (code: string) => choices.departments.find((d) => d.code === code && (d.provinceCode === null || d.provinceCode === provinceCode));
    if (input.leadDepartmentCode && !departmentOf(input.leadDepartmentCode)) add("leadDepartmentCode", "departmentUnknown");
    const known = new Set(input.members.map((m) => m.departmentCode).filter((c): c is string => c !== null && !!departmentOf(c)));
    for (const [i, problem] of teamProblems(input.members, known)) add(problem === "memberBoth" || problem === "memberEmpty" ? `members.${i}.agencyName` : `members.${i}.departmentCode`, problem);
    if (input.basisDocumentIds.some((id) => !choices.documentIds.has(id))) add("basisDocumentIds", "documentUnknown");

    const day = parseIsoDay(input.inspectedOn)!;
    const span = (d: Date | null) => (d ? storedDay(d) : null);
    if (province.ok && units.some((u) => u && !unitInForceOn({ validFrom: span(u.validFrom), validTo: span(u.validTo) }, day))) add("unitCodes", "unitsNotInForce");
    const future = inspectionDateProblem(day, vietnamToday(new Date()));
    if (future) add("inspectedOn", future);
    if (existing?.hasObservations && compareCalendarDates(storedDay(existing.inspectedOn), day) !== 0) add("inspectedOn", "dateLocked");

    if (Object.keys(errors).length) {
      // A viewer who may not manage the province they chose learns nothing more than "forbidden".
      if (provinceCode && !mayManage(viewer, provinceCode)) return { status: "forbidden", values };
      return { status: "invalid", fieldErrors: errors, values };
    }
    if (!mayManage(viewer, provinceCode)) return { status: "forbidden", values };

    const write = {
      title: input.title,
      inspectedOn: dateOf(input.inspectedOn),
      leadName: input.leadName,
      leadTitle: input.leadTitle,
      leadDepartmentId: input.leadDepartmentCode ? departmentOf(input.leadDepartmentCode)!.id : null,
      strengths: input.strengths,
      shortcomings: input.shortcomings,
      basisDocumentIds: input.basisDocumentIds,
      newDocuments: input.newDocuments.map((d) => ({ ...d, issuedOn: d.issuedOn ? dateOf(d.issuedOn) : null })),
      members: input.members.map((m) => ({
        departmentId: m.departmentCode ? departmentOf(m.departmentCode)!.id : null,
        agencyName: m.departmentCode ? null : m.agencyName,
        role: m.role,
        representative: m.representative,
      })),
      unitIds: units.map((u) => u!.id),
    };
    const provinceId = await provinceIdOf(provinceCode!);
    const result = existing
      ? await updateInspection(existing.id, input.version, write, { userId: viewer.userId }, provinceId)
      : await createInspection(write, { userId: viewer.userId }, provinceId);
    if (!result.ok) {
      if (result.reason === "missing") return { status: "forbidden", values };
      return { status: "stale", current: { ...result.current, at: result.current.at.toISOString() }, values };
    }
    revalidatePath("/inspections", "layout");
    return { status: "saved", id: result.id, version: result.version, created: !existing };
  } catch (e) {
    console.error("saveInspectionAction failed", e);
    return { status: "error", values };
  }
}

export type ObservationsFormState =
  | { status: "idle" }
  | { status: "saved"; changed: number; versions: Record<number, number> }
  | { status: "invalid"; fieldErrors: Record<string, string[]>; values: ObservationsFormValues }
  | { status: "stale"; stale: { number: number; status: Status; version: number; by: string | null; at: string }[]; values: ObservationsFormValues }
  | { status: "forbidden"; values?: ObservationsFormValues }
  | { status: "error"; values?: ObservationsFormValues };

/** Saves the team's observations of one commune (all criteria of the form at once). */
export async function saveObservationsAction(_prev: ObservationsFormState, formData: FormData): Promise<ObservationsFormState> {
  const values = readObservationsForm(formData);
  const parsed = observationsSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", fieldErrors: pathErrors(parsed.error), values };
  const input = parsed.data;
  try {
    const viewer = await getViewer();
    const target = viewer ? await getObservationTarget(input.inspectionId, input.communeCode) : null;
    if (!viewer || !target || !mayManage(viewer, target.provinceCode) || target.communeId === null) return { status: "forbidden", values };
    const observations = Object.entries(input.criteria).map(([n, o]) => ({ number: Number(n), status: o.status, note: o.note, version: o.version }));
    let result;
    try {
      result = await saveObservations({
        inspectionId: target.id,
        inspectedOn: target.inspectedOn,
        communeId: target.communeId,
        criteria: target.criteria,
        observations,
        actor: { userId: viewer.userId, displayName: viewer.displayName },
      });
    } catch (e) {
      if (e instanceof StaleObservation) return { status: "stale", stale: [], values };
      throw e;
    }
    if (!result.ok) {
      if (result.reason === "unknownCriterion") return { status: "invalid", fieldErrors: { form: ["validation.invalid"] }, values };
      return { status: "stale", stale: result.stale.map((s) => ({ ...s, at: s.at.toISOString() })), values };
    }
    revalidatePath(`/inspections/${target.id}`, "layout");
    revalidatePath(`/units/${input.communeCode}`, "layout");
    return { status: "saved", changed: result.changed, versions: result.versions };
  } catch (e) {
    console.error("saveObservationsAction failed", e);
    return { status: "error", values };
  }
}
