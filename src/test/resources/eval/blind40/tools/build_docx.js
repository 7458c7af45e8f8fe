#!/usr/bin/env node
// Build a Word file (.docx) from a plain-text source (src/006_*.txt) with the npm `docx` package.
// Source markup: @out/@left/@right header fields, "!title", "!italic", "!right" special lines,
// "# " heading 1, "## " heading 2, "- " bullet, "| a | b |" table rows (first row = header),
// other lines = paragraphs.
// Usage: node build_docx.js SRC OUTDIR
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
  TableCell, WidthType, BorderStyle, LevelFormat,
} = require("docx");

const [src, outdir] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split(/\r?\n/);
const meta = { left: [], right: [] };
const children = [];
let tableRows = null;

const FONT = "Times New Roman";
const run = (text, opts = {}) => new TextRun({ text, font: FONT, size: 26, ...opts });

function flushTable() {
  if (!tableRows) return;
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 4600 : 1500, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(c, { bold: i === 0, size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 9100, type: WidthType.DXA } }));
  children.push(new Paragraph({ children: [] }));
  tableRows = null;
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line.startsWith("|")) flushTable();
  if (!line) continue;
  if (line.startsWith("@")) {
    const m = line.match(/^@(\w+):\s*(.*)$/);
    if (m[1] === "left" || m[1] === "right") meta[m[1]].push(m[2]); else meta[m[1]] = m[2];
    continue;
  }
  if (line.startsWith("!title ")) {
    // header block (agency left, place/date right) goes before the title
    const hdr = new Table({
      width: { size: 9100, type: WidthType.DXA },
      borders: {
        top: { style: BorderStyle.NONE }, bottom: { style: BorderStyle.NONE },
        left: { style: BorderStyle.NONE }, right: { style: BorderStyle.NONE },
        insideHorizontal: { style: BorderStyle.NONE }, insideVertical: { style: BorderStyle.NONE },
      },
      rows: [new TableRow({ children: [
        new TableCell({ width: { size: 4000, type: WidthType.DXA }, children: meta.left.map((t, i) =>
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(t, { bold: i > 0 })] })) }),
        new TableCell({ width: { size: 5100, type: WidthType.DXA }, children: meta.right.map((t) =>
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(t, { italics: true })] })) }),
      ] })],
    });
    children.push(hdr, new Paragraph({ children: [] }));
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE,
      children: [run(line.slice(7), { bold: true, size: 30 })] }));
    continue;
  }
  if (line.startsWith("!italic ")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line.slice(8), { italics: true })] }));
    continue;
  }
  if (line.startsWith("!right ")) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 },
      children: [run(line.slice(7), { bold: true })] }));
    continue;
  }
  if (line.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(line.slice(3), { bold: true, italics: true })] }));
    continue;
  }
  if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(line.slice(2), { bold: true, size: 28 })] }));
    continue;
  }
  if (line.startsWith("- ")) {
    children.push(new Paragraph({ numbering: { reference: "dash", level: 0 }, children: [run(line.slice(2))] }));
    continue;
  }
  if (line.startsWith("|")) {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    if (!tableRows) tableRows = [];
    tableRows.push(cells);
    continue;
  }
  children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [run(line)] }));
}
flushTable();

const doc = new Document({
  creator: "Sở Ngoại vụ tỉnh Quảng Trị",
  title: "Thông tin kết quả Hội nghị tổng kết công tác đối ngoại năm 2024",
  numbering: { config: [{ reference: "dash", levels: [{ level: 0, format: LevelFormat.BULLET, text: "–",
    alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{ properties: {}, children }],
});
Packer.toBuffer(doc).then((buf) => {
  const out = path.join(outdir, meta.out);
  fs.writeFileSync(out, buf);
  console.log("wrote", out);
});
