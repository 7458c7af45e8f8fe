// Build the internal-bulletin Word file from src/006_*.txt with the npm "docx" package.
// Markup: "# " title, "## " heading, "- " bullet, "1. " numbered item, "| a | b | c" table row
// (first row of a block = header), "@header", "@kicker", "@sign" directives, other lines = paragraphs.
// Usage: node gen_docx.js SRC OUT
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, Header, Footer, PageNumber, LevelFormat, BorderStyle, ShadingType,
} = require("docx");

const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").map((l) => l.replace(/\s+$/, ""));
const FONT = "Times New Roman";
let headerText = "", kicker = "", sign = "", title = "";
const children = [];
let table = null;

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 5400 : 1800, type: WidthType.DXA },
      shading: i === 0 ? { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } : undefined,
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c, bold: i === 0 || c.startsWith("Tổng cộng"), font: FONT, size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [5400, 1800, 1800], rows }));
  children.push(new Paragraph({ text: "" }));
  table = null;
}

let numberedInstance = 0, inNumbered = false;
for (const l of lines) {
  if (!l.startsWith("| ")) flushTable();
  if (!/^\d+\. /.test(l)) inNumbered = false;
  if (!l.trim()) continue;
  if (l.startsWith("@header ")) { headerText = l.slice(8); continue; }
  if (l.startsWith("@kicker ")) { kicker = l.slice(8); continue; }
  if (l.startsWith("@sign ")) { sign = l.slice(6); continue; }
  if (l.startsWith("# ")) {
    title = l.slice(2);
    if (kicker) children.push(new Paragraph({ children: [new TextRun({ text: kicker, italics: true, color: "7F7F7F", font: FONT, size: 22 })] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, font: FONT, size: 32, color: "1F3864" })] }));
    continue;
  }
  if (l.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: l.slice(3), bold: true, font: FONT, size: 26, color: "2F5496" })] }));
    continue;
  }
  if (l.startsWith("| ")) {
    const cells = l.slice(2).split(" | ").map((c) => c.trim());
    (table = table || []).push(cells);
    continue;
  }
  if (l.startsWith("- ")) {
    children.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: l.slice(2), font: FONT, size: 26 })] }));
    continue;
  }
  const m = l.match(/^(\d+)\. (.*)$/);
  if (m) {
    if (!inNumbered) { numberedInstance++; inNumbered = true; }
    children.push(new Paragraph({ numbering: { reference: "numbers", level: 0, instance: numberedInstance }, spacing: { after: 60 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: m[2], font: FONT, size: 26 })] }));
    continue;
  }
  children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 300 }, indent: { firstLine: 567 }, children: [new TextRun({ text: l, font: FONT, size: 26 })] }));
}
flushTable();
if (sign) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun({ text: sign, bold: true, italics: true, font: FONT, size: 24 })] }));

const doc = new Document({
  creator: "Vụ Thi đua - Khen thưởng và Truyền thống",
  title,
  description: "Bản tin nội bộ số 52/2024",
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  numbering: {
    config: [
      { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      { reference: "numbers", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    ],
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } }, children: [new TextRun({ text: headerText, font: FONT, size: 18, color: "555555" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ font: FONT, size: 20, children: ["Trang ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] }),
    ] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out); });
