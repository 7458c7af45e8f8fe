#!/usr/bin/env node
// Build a Word (.docx) report from a small plain-text markup with the npm "docx" package.
// Usage: node build_docx.js <src.txt> <dest.docx>
//
// Markup (one construct per line; blank lines separate paragraphs):
//   ^^ text      centred bold title line        ^ text   centred line
//   # text       Heading 1                       ## text  Heading 2
//   - text       bullet                          >> text  right-aligned italic line
//   | a | b |    table row (consecutive rows = one table; first row is the header)
//   @head L1 // L2 | R1 // R2     two-column borderless header (official style)
//   @sig A1 // A2 | B1 // B2 | …  borderless signature block, one column per cell
//   other lines  normal paragraph (one per source line)
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, BorderStyle,
} = require("docx");

const [, , src, dest] = process.argv;
const lines = fs.readFileSync(src, "utf8").split(/\r?\n/);
const FONT = "Times New Roman";
const NOB = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NOBORDERS = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };

function run(text, opts = {}) {
  return new TextRun({ text, font: FONT, size: opts.size || 26, bold: !!opts.bold, italics: !!opts.italics });
}
function para(text, opts = {}) {
  return new Paragraph({
    children: [run(text, opts)],
    alignment: opts.align || AlignmentType.JUSTIFIED,
    spacing: { after: opts.after === undefined ? 120 : opts.after },
  });
}
function cellLines(parts, opts = {}) {
  return new TableCell({
    borders: opts.borders,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: parts.map((t, i) => para(t.trim(), {
      align: opts.align || AlignmentType.LEFT,
      bold: opts.bold || (opts.boldFirst && i === 0),
      italics: t.trim().startsWith("(") && t.trim().endsWith(")"),
      after: 40,
      size: opts.size,
    })),
  });
}
function borderlessRow(spec, boldFirst) {
  const cols = spec.split("|").map((c) => c.split("//"));
  const w = Math.floor(100 / cols.length);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NOBORDERS,
    rows: [new TableRow({
      children: cols.map((parts) => cellLines(parts, { borders: NOBORDERS, width: w, align: AlignmentType.CENTER, boldFirst, size: 24 })),
    })],
  });
}

const children = [];
let buf = [];
let table = [];
function flushPara() {
  if (buf.length) { children.push(para(buf.join(" "))); buf = []; }
}
function flushTable() {
  if (!table.length) return;
  const rows = table.map((cells, r) => new TableRow({
    tableHeader: r === 0,
    children: cells.map((c) => cellLines([c], {
      bold: r === 0 || /^(Tổng|Tổng cộng)$/.test(cells[0]),
      align: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
      size: 24,
    })),
  }));
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
  children.push(para("", { after: 120 }));
  table = [];
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith("|")) {
    flushPara();
    table.push(line.replace(/^\|/, "").replace(/\|$/, "").split("|").map((s) => s.trim()));
    continue;
  }
  flushTable();
  if (!line.trim()) { flushPara(); continue; }
  if (line.startsWith("@head ")) { flushPara(); children.push(borderlessRow(line.slice(6), true)); children.push(para("", { after: 120 })); continue; }
  if (line.startsWith("@sig ")) { flushPara(); children.push(para("", { after: 120 })); children.push(borderlessRow(line.slice(5), true)); continue; }
  if (line.startsWith("^^ ")) { flushPara(); children.push(para(line.slice(3), { bold: true, size: 30, align: AlignmentType.CENTER, after: 60 })); continue; }
  if (line.startsWith("^ ")) { flushPara(); children.push(para(line.slice(2), { bold: true, align: AlignmentType.CENTER, after: 60 })); continue; }
  if (line.startsWith("## ")) {
    flushPara();
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(line.slice(3), { bold: true })], spacing: { before: 120, after: 80 } }));
    continue;
  }
  if (line.startsWith("# ")) {
    flushPara();
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(line.slice(2), { bold: true, size: 28 })], spacing: { before: 200, after: 100 } }));
    continue;
  }
  if (line.startsWith("- ")) {
    flushPara();
    children.push(new Paragraph({ bullet: { level: 0 }, children: [run(line.slice(2))], alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 } }));
    continue;
  }
  if (line.startsWith(">> ")) { flushPara(); children.push(para(line.slice(3), { italics: true, align: AlignmentType.RIGHT })); continue; }
  buf.push(line.trim());
  flushPara(); // every source line is its own paragraph
}
flushPara();
flushTable();

const doc = new Document({
  creator: "Bo Ngoai giao",
  title: path.basename(src, ".txt"),
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    children,
  }],
});
Packer.toBuffer(doc).then((b) => fs.writeFileSync(dest, b));
