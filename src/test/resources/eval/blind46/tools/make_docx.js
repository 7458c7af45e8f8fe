// Build a Word (.docx) report from src/006_*.txt with npm "docx".
// usage: node make_docx.js SRC OUT
const fs = require("fs");
const { parse } = require("./srcparse");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
  TableCell, WidthType, Header, Footer, PageNumber, BorderStyle, LevelFormat,
} = require("docx");

const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const children = [];
const FONT = "Times New Roman";

function cell(text, bold, align) {
  return new TableCell({
    children: [new Paragraph({ alignment: align || AlignmentType.LEFT,
      children: [new TextRun({ text, bold: !!bold, font: FONT, size: 24 })] })],
  });
}

for (const [kind, text] of blocks) {
  if (kind === "h1") {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
      children: [new TextRun({ text, bold: true, font: FONT, size: 32 })] }));
  } else if (kind === "subtitle") {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
      children: [new TextRun({ text, italics: true, bold: true, font: FONT, size: 26 })] }));
  } else if (kind === "h2") {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text, bold: true, font: FONT, size: 26 })] }));
  } else if (kind === "li") {
    children.push(new Paragraph({ numbering: { reference: "dash-bullets", level: 0 },
      alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, font: FONT, size: 26 })] }));
  } else if (kind === "p" || kind === "ol") {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 },
      spacing: { after: 120 }, children: [new TextRun({ text, font: FONT, size: 26 })] }));
  } else if (kind === "table") {
    const rows = text.map((cells, r) => new TableRow({
      tableHeader: r === 0,
      children: cells.map((c, i) => cell(c, r === 0 || cells[1] === "Tổng cộng",
        r > 0 && (i === 0 || i >= 3) ? AlignmentType.CENTER : AlignmentType.LEFT)),
    }));
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
    children.push(new Paragraph({ children: [] }));
  }
}

const doc = new Document({
  creator: "Sở Ngoại vụ tỉnh Cao Bằng",
  title: "Báo cáo nhanh - Lễ ký kết Thỏa thuận hợp tác Bộ Ngoại giao - UBND tỉnh Cao Bằng",
  numbering: { config: [{ reference: "dash-bullets", levels: [{ level: 0, format: LevelFormat.BULLET,
    text: "-", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
      children: [new TextRun({ text: meta.header, bold: true, font: FONT, size: 22 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: meta.footer + " - Trang ", italics: true, font: FONT, size: 20 }),
        new TextRun({ children: [PageNumber.CURRENT], italics: true, font: FONT, size: 20 })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
