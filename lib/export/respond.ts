// HTTP responses carrying an export file (web Response only, no Next imports).
import { sheetToCsv } from "./csv";
import type { ExportDocument, ExportSheet } from "./document";
import { toXlsx } from "./xlsx";

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

function download(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": type,
      // The name is ASCII-safe by construction (exportFilename); quoted all the same.
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function xlsxResponse(doc: ExportDocument): Promise<Response> {
  const bytes = await toXlsx(doc);
  return download(new Uint8Array(bytes), XLSX_TYPE, `${doc.filename}.xlsx`);
}

export function csvResponse(sheet: ExportSheet, filename: string): Response {
  return download(sheetToCsv(sheet), CSV_TYPE, `${filename}.csv`);
}
