// Writes an ExportDocument as an XLSX workbook (exceljs): bold frozen header row with a filter,
// column widths, status cells as their label on the app's status colours (never colour alone),
// dates as real dates shown dd/mm/yyyy, every text cell escaped against formula injection, and
// a last sheet "Thông tin" with the metadata.
import ExcelJS from "exceljs";
import { STATUS_COLOURS, STATUS_LABELS, META_HEADERS, META_SHEET } from "./matrix-format";
import { escapeCell } from "./escape";
import { TONE_COLOURS, type ExportCell, type ExportDocument, type ExportSheet } from "./document";

const HEADER_FILL = "FFE5E7EB";
const thin = (argb: string) => ({ style: "thin" as const, color: { argb } });

function writeCell(cell: ExcelJS.Cell, value: ExportCell) {
  if (value === null) return;
  if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : null;
    return;
  }
  if (typeof value === "string") {
    cell.value = escapeCell(value);
    return;
  }
  if ("status" in value || "tone" in value) {
    const c = "status" in value ? STATUS_COLOURS[value.status] : TONE_COLOURS[value.tone];
    cell.value = escapeCell("status" in value ? (value.text ?? STATUS_LABELS[value.status]) : value.text);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
    cell.font = { color: { argb: c.font } };
    cell.border = { top: thin(c.border), bottom: thin(c.border), left: thin(c.border), right: thin(c.border) };
    cell.alignment = { horizontal: "center", vertical: "top" };
    return;
  }
  cell.value = new Date(Date.UTC(value.day.year, value.day.month - 1, value.day.day));
  cell.numFmt = "dd/mm/yyyy";
}

function addSheet(wb: ExcelJS.Workbook, sheet: ExportSheet) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: escapeCell(c.header), width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: thin("FF6B7280") };
  });
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      writeCell(cell, v);
      const col = sheet.columns[i];
      if (col?.numFmt && typeof v === "number") cell.numFmt = col.numFmt;
      if (col?.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      else if (!cell.alignment) cell.alignment = { vertical: "top" };
    });
  });
  if (sheet.columns.length > 0 && sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
}

/** The workbook as bytes. */
export async function toXlsx(doc: ExportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "NTM dashboard";
  wb.created = doc.generatedAt;
  for (const sheet of doc.sheets) addSheet(wb, sheet);
  addSheet(wb, {
    name: META_SHEET,
    columns: [
      { header: META_HEADERS[0], width: 26 },
      { header: META_HEADERS[1], width: 90, wrap: true },
    ],
    rows: doc.meta.map(([label, value]) => [label, value]),
  });
  const bytes = await wb.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
