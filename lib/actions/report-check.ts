"use server";

import mammoth from "mammoth";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { getViewer } from "@/lib/auth/session";
import { getCheckTarget, getReportCheckSnapshot } from "@/lib/data/report-check";
import { checkReport, type ReportCheck } from "@/lib/domain/report-check";
import { classifyReportFile, parseReportCheckForm, textError, type ReportCheckErrors } from "@/lib/validation/report-check";

// The report-vs-data checker's form: validate → read an uploaded file (text or DOCX, by its
// bytes) → re-read the district and authorize unit.read on it → load the data snapshot → compare.
// Writes nothing.

export interface ReportCheckValues {
  district: string;
  asOf: string;
  text: string;
}

export type ReportCheckState =
  | { status: "idle" }
  | { status: "invalid"; errors: ReportCheckErrors; values: ReportCheckValues }
  | { status: "forbidden"; values: ReportCheckValues }
  | { status: "error"; values: ReportCheckValues }
  | {
      status: "done";
      values: ReportCheckValues;
      /** The uploaded file whose text was checked, if any. */
      fileName: string | null;
      district: { code: string; name: string; kind: string };
      provinceName: string;
      asOf: string;
      result: ReportCheck;
    };

const valuesOf = (formData: FormData): ReportCheckValues => {
  const s = (k: string) => {
    const v = formData.get(k);
    return typeof v === "string" ? v : "";
  };
  return { district: s("district"), asOf: s("asOf"), text: s("text") };
};

/** Runs the check and returns the findings (or the refusal, with what the user typed). */
export async function checkReportAction(_prev: ReportCheckState, formData: FormData): Promise<ReportCheckState> {
  const values = valuesOf(formData);
  try {
    const parsed = parseReportCheckForm(formData, new Date());
    if (!parsed.ok) return { status: "invalid", errors: parsed.errors, values };
    const input = parsed.data;

    const viewer = await getViewer();
    const place = await getCheckTarget(input.district);
    if (!viewer || !place || !can(viewer, "unit.read", place)) return { status: "forbidden", values };

    let text = input.text ?? "";
    let fileName: string | null = null;
    if (input.file) {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const kind = classifyReportFile(bytes, input.file.name);
      if (!kind.ok) return { status: "invalid", errors: { file: kind.error }, values };
      fileName = kind.fileName;
      if (kind.kind === "text") text = kind.text;
      else {
        try {
          text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
        } catch (e) {
          console.error("checkReportAction: DOCX text could not be read", e);
          return { status: "invalid", errors: { file: "docxUnreadable" }, values };
        }
      }
      text = text.replace(/^\uFEFF/, "");
      const e = textError(text);
      if (e) return { status: "invalid", errors: { file: e === "textEmpty" ? "fileEmpty" : e }, values };
    }

    const snapshot = await getReportCheckSnapshot(scopeFor(viewer), input.district, input.asOf);
    if (!snapshot) return { status: "forbidden", values };
    const result = checkReport(text, snapshot);
    return {
      status: "done",
      values: { district: input.district, asOf: input.asOf.iso, text },
      fileName,
      district: { code: snapshot.district.code, name: snapshot.district.name, kind: snapshot.district.kind },
      provinceName: snapshot.province.name,
      asOf: input.asOf.iso,
      result,
    };
  } catch (e) {
    console.error("checkReportAction failed", e);
    return { status: "error", values };
  }
}
