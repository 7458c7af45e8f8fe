#!/usr/bin/env node
// Build report 006 as a Word file with headings, bullets, a numbered list and
// a table with numeric cells.  Source markup (src/006_*.txt):
//   TOP: / TITLE: / SUBTITLE: / SIGN: lines, "# " heading, "- " bullet,
//   "1. " numbered item, "| a | b |" table row (first row = header),
//   "Bảng ..." line before a table = caption, anything else = paragraph.
// Usage: node tools/make_docx.js src/006_....txt reports/006_....docx
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType,
  Table, TableRow, TableCell, WidthType, LevelFormat, BorderStyle,
  Header, Footer, PageNumber,
} = require("docx");

const [src, dst] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split(/\r?\n/);

const FONT = "Times New Roman";
const children = [];
let table = null;

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c) => new TableCell({
      width: { size: Math.floor(9000 / cells.length), type: WidthType.DXA },
      children: [new Paragraph({
        alignment: /^\d+$/.test(c) ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 || cells[0] === "Tổng cộng", font: FONT, size: 22 })],
      })],
    })),
  }));
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows }));
  children.push(new Paragraph({ text: "" }));
  table = null;
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith("|")) {
    const cells = line.split("|").slice(1, -1).map((s) => s.trim());
    (table = table || []).push(cells);
    continue;
  }
  flushTable();
  if (!line.trim()) continue;
  let m;
  if ((m = line.match(/^TOP: (.*)$/))) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 24 })] }));
  } else if ((m = line.match(/^TITLE: (.*)$/))) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE,
      spacing: { before: 240 },
      children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 30 })] }));
  } else if ((m = line.match(/^SUBTITLE: (.*)$/))) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
      children: [new TextRun({ text: m[1], italics: true, font: FONT, size: 24 })] }));
  } else if ((m = line.match(/^SIGN: (.*)$/))) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 24 })] }));
  } else if ((m = line.match(/^# (.*)$/))) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 26 })] }));
  } else if ((m = line.match(/^- (.*)$/))) {
    children.push(new Paragraph({ bullet: { level: 0 },
      children: [new TextRun({ text: m[1], font: FONT, size: 24 })] }));
  } else if ((m = line.match(/^\d+\. (.*)$/))) {
    children.push(new Paragraph({ numbering: { reference: "kien-nghi", level: 0 },
      children: [new TextRun({ text: m[1], font: FONT, size: 24 })] }));
  } else if (/^Bảng \d+\./.test(line)) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 },
      children: [new TextRun({ text: line, italics: true, bold: true, font: FONT, size: 22 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: line, font: FONT, size: 24 })] }));
  }
}
flushTable();

const doc = new Document({
  creator: "Học viện Ngoại giao",
  title: "Báo cáo kết quả Hội thảo khoa học Tư tưởng ngoại giao Hồ Chí Minh",
  description: "Báo cáo kết quả hội thảo ngày 22/7/2020",
  numbering: { config: [{ reference: "kien-nghi", levels: [{ level: 0, format: LevelFormat.DECIMAL,
    text: "%1.", alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  styles: { default: { document: { run: { font: FONT, size: 24 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 })] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => fs.writeFileSync(dst, buf));
