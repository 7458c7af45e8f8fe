#!/usr/bin/env node
// Render a plain-text source (@key: lines, "# " / "## " headings, "- " bullets,
// "| a | b |" table rows, plain paragraphs) as a Word file (.docx) with the npm `docx` package.
// usage: node gen_docx.js SRC OUT
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
  TableCell, WidthType, LevelFormat, BorderStyle,
} = require("docx");

const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n");
const meta = {};
const blocks = [];
let table = null;
for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith("|")) {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    if (!table) { table = []; blocks.push({ type: "table", rows: table }); }
    table.push(cells);
    continue;
  }
  table = null;
  if (!line.trim()) continue;
  let m;
  if ((m = line.match(/^@(\w+):\s*(.*)$/))) meta[m[1]] = m[2];
  else if (line.startsWith("## ")) blocks.push({ type: "h2", text: line.slice(3) });
  else if (line.startsWith("# ")) blocks.push({ type: "h1", text: line.slice(2) });
  else if (line.startsWith("- ")) blocks.push({ type: "bullet", text: line.slice(2) });
  else blocks.push({ type: "p", text: line });
}

const FONT = "Times New Roman";
const children = [];
const center = (text, opts = {}) => new Paragraph({
  alignment: AlignmentType.CENTER, spacing: { after: 80 },
  children: [new TextRun({ text, font: FONT, size: opts.size || 26, bold: !!opts.bold, italics: !!opts.italics })],
});
children.push(center(meta.org1, { bold: false }));
children.push(center(meta.org2, { bold: true }));
children.push(center(meta.doctitle, { bold: true, size: 30 }));
children.push(center(meta.subtitle, { bold: true }));
children.push(center(meta.place, { italics: true }));

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
for (const b of blocks) {
  if (b.type === "h1") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: b.text, font: FONT })] }));
  else if (b.type === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, font: FONT })] }));
  else if (b.type === "bullet") children.push(new Paragraph({ numbering: { reference: "bul", level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: b.text, font: FONT, size: 26 })] }));
  else if (b.type === "p") children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new TextRun({ text: b.text, font: FONT, size: 26 })] }));
  else if (b.type === "table") {
    const rows = b.rows.map((cells, i) => new TableRow({
      tableHeader: i === 0,
      children: cells.map((c, j) => new TableCell({
        borders: { top: border, bottom: border, left: border, right: border },
        width: { size: j === 0 ? 1000 : 2000, type: WidthType.DXA },
        children: [new Paragraph({
          alignment: j === 0 || i === 0 ? AlignmentType.CENTER : AlignmentType.RIGHT,
          children: [new TextRun({ text: c, font: FONT, size: 24, bold: i === 0 || j === cells.length - 1 })],
        })],
      })),
    }));
    children.push(new Table({ rows, width: { size: 9000, type: WidthType.DXA } }));
    children.push(new Paragraph({ children: [new TextRun({ text: "Nguồn: Cục Lãnh sự tổng hợp.", italics: true, font: FONT, size: 22 })] }));
  }
}
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun({ text: meta.sign, bold: true, font: FONT, size: 26 })] }));
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.signer, italics: true, font: FONT, size: 24 })] }));

const doc = new Document({
  creator: "Cục Lãnh sự",
  title: meta.subtitle,
  description: "Báo cáo tóm tắt hội nghị",
  numbering: { config: [{ reference: "bul", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
});
Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
