// Build reports/006_*.docx from src/006_*.txt with the npm package "docx".
// Markup: '# ' title, '! ' subtitle, '## ' heading, '- ' bullet, '1. ' numbered item,
// '| a | b |' table row (first row = header), other lines = paragraphs.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, Footer, PageNumber, LevelFormat, ShadingType,
} = require("docx");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "006_hoi_nghi_lanh_su_danh_du_lan_3.txt");
const OUT = path.join(ROOT, "reports", "006_hoi_nghi_lanh_su_danh_du_lan_3.docx");

const FONT = "Times New Roman";
const lines = fs.readFileSync(SRC, "utf8").split(/\r?\n/);
const children = [];
let tableRows = [];

function flushTable() {
  if (!tableRows.length) return;
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 5200 : 2000, type: WidthType.DXA },
      shading: i === 0 ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c, bold: i === 0 || /^Tổng/.test(cells[0]), font: FONT, size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  children.push(new Paragraph({ text: "" }));
  tableRows = [];
}

for (const raw of lines) {
  const ln = raw.trim();
  if (ln.startsWith("|")) {
    const cells = ln.split("|").slice(1, -1).map((s) => s.trim());
    tableRows.push(cells);
    continue;
  }
  flushTable();
  if (!ln) continue;
  if (ln.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: ln.slice(2), bold: true, font: FONT, size: 32 })] }));
  } else if (ln.startsWith("! ")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
      children: [new TextRun({ text: ln.slice(2), italics: true, font: FONT, size: 24 })] }));
  } else if (ln.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: ln.slice(3), bold: true, font: FONT, size: 28 })] }));
  } else if (ln.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 },
      children: [new TextRun({ text: ln.slice(2), font: FONT, size: 26 })] }));
  } else if (/^\d+\.\s/.test(ln)) {
    children.push(new Paragraph({ numbering: { reference: "ketluan", level: 0 },
      children: [new TextRun({ text: ln.replace(/^\d+\.\s/, ""), font: FONT, size: 26 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: ln, font: FONT, size: 26 })] }));
  }
}
flushTable();

const doc = new Document({
  creator: "Cục Lãnh sự - Bộ Ngoại giao",
  title: "Hội nghị Lãnh sự danh dự của Việt Nam ở nước ngoài lần thứ 3",
  description: "Thông tin tóm tắt",
  numbering: { config: [{ reference: "ketluan", levels: [{ level: 0, format: LevelFormat.DECIMAL,
    text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ children: ["Trang ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], font: FONT, size: 20 }),
      ] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(OUT, buf); console.log("wrote", OUT); });
