import { z } from "zod";
import { parseIsoDay } from "@/lib/domain/as-of";
import { DOCUMENT_KINDS, MEMBER_ROLES } from "@/lib/domain/inspection";
import { STATUSES } from "@/lib/domain/types";
import { unitCodeSchema } from "./params";

// The inspection form and the observations form: what FormData carries, read into plain values
// (kept and sent back on any refusal), then checked with zod. Messages are message keys
// (validation.* or inspections.v.*), translated where they are shown.

/** At most this many rows of each repeated part (basis documents, team, new documents, units). */
export const MAX_ROWS = 60;

export interface NewDocumentValues {
  kind: string;
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
}
export interface MemberValues {
  departmentCode: string;
  agencyName: string;
  role: string;
  representative: string;
}

/** Everything the inspection form sends, as typed (strings), so a refused form keeps it. */
export interface InspectionFormValues {
  id: string;
  version: string;
  title: string;
  inspectedOn: string;
  leadName: string;
  leadTitle: string;
  leadDepartmentCode: string;
  strengths: string;
  shortcomings: string;
  basisDocumentIds: string[];
  newDocuments: NewDocumentValues[];
  members: MemberValues[];
  unitCodes: string[];
}

const str = (v: FormDataEntryValue | null | undefined): string => (typeof v === "string" ? v : "");

/** Repeated rows "prefix.N.field" (N = 0…MAX_ROWS-1), in index order, skipping absent indexes. */
function rows<K extends string>(formData: FormData, prefix: string, fields: readonly K[]): Record<K, string>[] {
  const indexes = new Set<number>();
  for (const key of formData.keys()) {
    const m = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`).exec(key);
    if (m && Number(m[1]) < MAX_ROWS) indexes.add(Number(m[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => Object.fromEntries(fields.map((f) => [f, str(formData.get(`${prefix}.${i}.${f}`))])) as Record<K, string>);
}

export function readInspectionForm(formData: FormData): InspectionFormValues {
  const all = (name: string) =>
    formData
      .getAll(name)
      .map(str)
      .filter((x) => x !== "")
      .slice(0, MAX_ROWS * 4);
  return {
    id: str(formData.get("id")),
    version: str(formData.get("version")),
    title: str(formData.get("title")),
    inspectedOn: str(formData.get("inspectedOn")),
    leadName: str(formData.get("leadName")),
    leadTitle: str(formData.get("leadTitle")),
    leadDepartmentCode: str(formData.get("leadDepartmentCode")),
    strengths: str(formData.get("strengths")),
    shortcomings: str(formData.get("shortcomings")),
    basisDocumentIds: all("basisDocumentIds"),
    newDocuments: rows(formData, "newDocuments", ["kind", "number", "issuedOn", "issuer", "title"] as const).filter(
      // A blank row the user added and left empty is no document.
      (d) => d.number.trim() || d.issuedOn.trim() || d.issuer.trim() || d.title.trim(),
    ),
    members: rows(formData, "members", ["departmentCode", "agencyName", "role", "representative"] as const).filter(
      (m) => m.departmentCode.trim() || m.agencyName.trim() || m.representative.trim(),
    ),
    unitCodes: all("unitCodes"),
  };
}

const optionalText = (max: number) =>
  z
    .string({ message: "validation.invalid" })
    .max(max, { message: "validation.tooLong" })
    .transform((v) => (v.trim() ? v.trim() : null));

const requiredText = (max: number, message: string) =>
  z.string({ message }).trim().min(1, { message }).max(max, { message: "validation.tooLong" });

const isoDay = (message: string) =>
  z
    .string({ message })
    .trim()
    .refine((v) => parseIsoDay(v) !== null && Number(v.slice(0, 4)) >= 1990 && Number(v.slice(0, 4)) <= 2100, { message });

const optionalIsoDay = (message: string) =>
  z
    .string({ message })
    .trim()
    .refine((v) => v === "" || (parseIsoDay(v) !== null && Number(v.slice(0, 4)) >= 1945 && Number(v.slice(0, 4)) <= 2100), { message })
    .transform((v) => (v === "" ? null : v));

const departmentCode = z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/, { message: "inspections.v.departmentUnknown" });

export const inspectionSchema = z.object({
  /** Empty when creating. */
  id: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,9}$/.test(v), { message: "validation.invalid" })
    .transform((v) => (v === "" ? null : Number(v))),
  /** The version the edit started from (ignored when creating). */
  version: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,7}$/.test(v), { message: "validation.invalid" })
    .transform((v) => (v === "" ? 0 : Number(v))),
  title: requiredText(300, "inspections.v.titleRequired"),
  inspectedOn: isoDay("inspections.v.dateInvalid"),
  leadName: requiredText(200, "inspections.v.leadNameRequired"),
  leadTitle: optionalText(200),
  leadDepartmentCode: z.union([z.literal(""), departmentCode]).transform((v) => (v === "" ? null : v)),
  strengths: optionalText(5000),
  shortcomings: optionalText(5000),
  basisDocumentIds: z
    .array(z.string().regex(/^\d{1,9}$/, { message: "inspections.v.documentUnknown" }).transform(Number))
    .max(MAX_ROWS, { message: "inspections.v.tooMany" })
    .transform((ids) => [...new Set(ids)]),
  newDocuments: z
    .array(
      z.object({
        kind: z.enum(DOCUMENT_KINDS, { message: "inspections.v.documentKind" }),
        number: optionalText(100),
        issuedOn: optionalIsoDay("inspections.v.dateInvalid"),
        issuer: optionalText(300),
        title: requiredText(500, "inspections.v.documentTitleRequired"),
      }),
    )
    .max(MAX_ROWS, { message: "inspections.v.tooMany" }),
  members: z
    .array(
      z.object({
        departmentCode: z.union([z.literal(""), departmentCode]).transform((v) => (v === "" ? null : v)),
        agencyName: optionalText(300),
        role: z.enum(MEMBER_ROLES, { message: "inspections.v.memberRole" }),
        representative: optionalText(200),
      }),
    )
    .max(MAX_ROWS, { message: "inspections.v.tooMany" }),
  unitCodes: z
    .array(z.string().regex(/^\d{2,5}$/, { message: "inspections.v.unitUnknown" }))
    .min(1, { message: "inspections.v.unitsRequired" })
    .max(MAX_ROWS * 4, { message: "inspections.v.tooMany" })
    .transform((codes) => [...new Set(codes)]),
});
export type InspectionInput = z.infer<typeof inspectionSchema>;

/** One criterion's observation as the observations form sends it. */
export interface ObservationValues {
  status: string;
  note: string;
  version: string;
}
export interface ObservationsFormValues {
  inspectionId: string;
  communeCode: string;
  /** By criterion number. */
  criteria: Record<string, ObservationValues>;
}

export function readObservationsForm(formData: FormData): ObservationsFormValues {
  const criteria: Record<string, ObservationValues> = {};
  for (const key of formData.keys()) {
    const m = /^c\.(\d{1,2})\.status$/.exec(key);
    if (!m) continue;
    const n = m[1] ?? "";
    criteria[n] = { status: str(formData.get(`c.${n}.status`)), note: str(formData.get(`c.${n}.note`)), version: str(formData.get(`c.${n}.version`)) };
  }
  return { inspectionId: str(formData.get("inspectionId")), communeCode: str(formData.get("communeCode")), criteria };
}

export const observationsSchema = z.object({
  inspectionId: z.string().regex(/^\d{1,9}$/, { message: "validation.invalid" }).transform(Number),
  communeCode: unitCodeSchema,
  criteria: z
    .record(
      z.string().regex(/^\d{1,2}$/),
      z.object({
        status: z.enum(STATUSES, { message: "validation.statusInvalid" }),
        note: optionalText(2000),
        /** The version of the commune × criterion inspection view the edit started from; 0 = none. */
        version: z.string().regex(/^\d{1,7}$/, { message: "validation.invalid" }).transform(Number),
      }),
    )
    .refine((r) => Object.keys(r).length > 0, { message: "validation.invalid" }),
});
export type ObservationsInput = z.infer<typeof observationsSchema>;

/** Field path ("title", "members.2.agencyName", "c.9.note") → message keys, from a zod error. */
export function pathErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    const message = issue.message.startsWith("validation.") || issue.message.startsWith("inspections.v.") ? issue.message : "validation.invalid";
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
