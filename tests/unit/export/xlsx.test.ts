import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportDocument } from "@/lib/export/document";
import { STATUS_COLOURS } from "@/lib/export/matrix-format";
import { toXlsx } from "@/lib/export/xlsx";

const doc: ExportDocument = {
  filename: "x",
  generatedAt: new Date("2020-05-20T03:00:00Z"),
  sheets: [
    {
      name: "Thẩm định",
      columns: [
        { header: "Mã xã", width: 10 },
        { header: "TC1", width: 13 },
        { header: "Hạn", width: 12 },
        { header: "Ghi chú", width: 40, wrap: true },
        { header: "Bình quân", width: 10, numFmt: "0.0" },
      ],
      rows: [
        ["06322", { status: "met" }, { day: { year: 2020, month: 6, day: 30 } }, "=1+1", 10.94],
        ["06277", { status: "not_met" }, null, { tone: "warning", text: "Chưa thực hiện" }, null],
      ],
    },
  ],
  meta: [["Phiên bản định dạng", 1]],
};

describe("toXlsx", () => {
  it("writes a frozen bold header, widths, status labels on their colours, days, escaped text and the metadata sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(doc)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thẩm định", "Thông tin"]);
    const ws = wb.getWorksheet("Thẩm định")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(4).width).toBe(40);
    const met = ws.getRow(2).getCell(2);
    expect(met.value).toBe("Đạt");
    expect(met.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: STATUS_COLOURS.met.fill } });
    expect(met.font?.color?.argb).toBe(STATUS_COLOURS.met.font);
    expect(ws.getRow(3).getCell(2).value).toBe("Chưa đạt");
    const due = ws.getRow(2).getCell(3);
    expect(due.value).toEqual(new Date(Date.UTC(2020, 5, 30)));
    expect(due.numFmt).toBe("dd/mm/yyyy");
    expect(ws.getRow(2).getCell(4).value).toBe("'=1+1");
    expect(ws.getRow(2).getCell(5).numFmt).toBe("0.0");
    const tone = ws.getRow(3).getCell(4);
    expect(tone.value).toBe("Chưa thực hiện");
    expect(tone.fill).toMatchObject({ fgColor: { argb: "FFFFFBEB" } });
    const meta = wb.getWorksheet("Thông tin")!;
    expect(meta.getRow(1).values).toEqual([undefined, "Mục", "Giá trị"]);
    expect(meta.getRow(2).values).toEqual([undefined, "Phiên bản định dạng", 1]);
  });
});
