import type { InspectionDetail, InspectionFormOptions } from "@/lib/data/inspections";
import type { InspectionFormValues } from "@/lib/validation/inspection";
import type { InspectionFormOptionsView } from "./inspection-form";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The form's starting values: blank for a new inspection (dated `today`), else the inspection's. */
export function inspectionFormValues(detail: InspectionDetail | null, today: string): InspectionFormValues {
  if (!detail) {
    return {
      id: "",
      version: "",
      title: "",
      inspectedOn: today,
      leadName: "",
      leadTitle: "",
      leadDepartmentCode: "",
      strengths: "",
      shortcomings: "",
      basisDocumentIds: [],
      newDocuments: [],
      members: [],
      unitCodes: [],
    };
  }
  return {
    id: String(detail.id),
    version: String(detail.version),
    title: detail.title,
    inspectedOn: iso(detail.inspectedOn),
    leadName: detail.leadName,
    leadTitle: detail.leadTitle ?? "",
    leadDepartmentCode: detail.leadDepartment?.code ?? "",
    strengths: detail.strengths ?? "",
    shortcomings: detail.shortcomings ?? "",
    basisDocumentIds: detail.basis.map((d) => String(d.id)),
    newDocuments: [],
    members: detail.members.map((m) => ({ departmentCode: m.departmentCode ?? "", agencyName: m.agencyName ?? "", role: m.role, representative: m.representative ?? "" })),
    unitCodes: detail.units.map((u) => u.code),
  };
}

/** What the client form needs of the options (plain, serialisable). */
export function formOptionsView(o: InspectionFormOptions): InspectionFormOptionsView {
  return {
    departments: o.departments,
    documents: o.documents.map((d) => ({ id: d.id, label: d.label, title: d.title })),
    districts: o.districts.map((d) => ({
      code: d.code,
      name: d.name,
      span: spanOf(d),
      communes: d.communes.map((c) => ({ code: c.code, name: c.name, kind: c.kind, span: spanOf(c) })),
    })),
  };
}

/** A unit's existence as ISO days for the client ("" when open-ended). */
function spanOf(u: { validFrom: Date | null; validTo: Date | null }) {
  return { from: u.validFrom ? iso(u.validFrom) : "", to: u.validTo ? iso(u.validTo) : "" };
}
