import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, ReportDocument, Run } from "./inspection-report-text";

// The report as a Word document laid out like a Vietnamese administrative document: A4, Times New
// Roman 13–14 pt, margins of Nghị định 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm), the
// issuer and the national motto side by side, then the title, body, recipients and signature.

const FONT = "Times New Roman";
const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_SIZE = 28; // half-points: 14 pt
const HEADER_SIZE = 26; // 13 pt
const SMALL_SIZE = 22; // 11 pt (recipients)

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

const run = (r: Run, size = BODY_SIZE) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT, size });

function centered(text: string, opts: { bold?: boolean; italic?: boolean; size?: number; after?: number; underline?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: opts.after ?? 0 },
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italic, font: FONT, size: opts.size ?? HEADER_SIZE, underline: opts.underline ? {} : undefined })],
  });
}

function cell(width: number, children: Paragraph[]) {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.TOP, children });
}

function twoColumns(leftWidth: number, left: Paragraph[], right: Paragraph[]) {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, CONTENT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftWidth, left), cell(CONTENT_WIDTH - leftWidth, right)] })],
  });
}

function blockParagraph(b: Block): Paragraph {
  switch (b.type) {
    case "heading":
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: b.level === 1 ? 160 : 100, after: 80 },
        indent: { firstLine: 567 },
        keepNext: true,
        children: [new TextRun({ text: b.text, bold: true, italics: b.level === 3, font: FONT, size: BODY_SIZE })],
      });
    case "paragraph":
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 100, line: 288 },
        indent: { firstLine: 567 },
        children: b.runs.map((r) => run(r)),
      });
    case "bullet": {
      const left = b.level === 0 ? 851 : 1418;
      const children: ParagraphChild[] = [new TextRun({ text: b.level === 0 ? "-\t" : "+\t", font: FONT, size: BODY_SIZE }), ...b.runs.map((r) => run(r))];
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 60, line: 288 },
        indent: { left, hanging: 284 },
        tabStops: [{ type: "left", position: left }],
        children,
      });
    }
  }
}

/** The DOCX file of a report document. */
export async function renderInspectionReportDocx(doc: ReportDocument): Promise<Buffer> {
  const leftWidth = Math.round(CONTENT_WIDTH * 0.4);
  const issuerBlock = [
    ...(doc.header.parent ? [centered(doc.header.parent)] : []),
    ...(doc.header.issuer ? [centered(doc.header.issuer, { bold: true })] : []),
    centered("―――――", { size: 18, after: 80 }),
    centered(doc.header.number),
  ];
  const mottoBlock = [
    centered(doc.header.motto1, { bold: true }),
    centered(doc.header.motto2, { bold: true, size: BODY_SIZE }),
    centered("――――――――――", { size: 18, after: 80 }),
    centered(doc.header.placeDate, { italic: true, size: BODY_SIZE }),
  ];

  const recipients = [
    new Paragraph({ children: [new TextRun({ text: doc.recipientsTitle, bold: true, italics: true, font: FONT, size: 24 })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [new TextRun({ text: `- ${r}`, font: FONT, size: SMALL_SIZE })] })),
  ];
  const signature = [
    ...(doc.signer.title ? [centered(doc.signer.title, { bold: true, size: BODY_SIZE })] : []),
    centered("", { size: BODY_SIZE }),
    centered("", { size: BODY_SIZE }),
    centered("", { size: BODY_SIZE }),
    centered(doc.signer.name, { bold: true, size: BODY_SIZE }),
  ];

  const document = new Document({
    creator: "NTM dashboard",
    title: `${doc.kind} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: [
          twoColumns(leftWidth, issuerBlock, mottoBlock),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centered(doc.kind, { bold: true, size: BODY_SIZE }),
          centered(doc.subtitle, { bold: true, size: BODY_SIZE, after: 240 }),
          ...doc.body.map(blockParagraph),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          twoColumns(Math.round(CONTENT_WIDTH * 0.5), recipients, signature),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
