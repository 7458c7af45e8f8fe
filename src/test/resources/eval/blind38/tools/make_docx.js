// Build the Word report 006 from src/006_vietkieu_chauau.txt using npm "docx".
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, BorderStyle } = require("docx");

const ROOT = path.resolve(__dirname, "..");
const lines = fs.readFileSync(path.join(ROOT, "src/006_vietkieu_chauau.txt"), "utf8").split("\n");
const out = path.join(ROOT, "reports/006_df8872dc4e20933f.docx");

const children = [];
let tableRows = null;
const font = "Times New Roman";
function flushTable() {
  if (!tableRows) return;
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 3600 : 1800, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, bold: i === 0 || c === "Tổng cộng" || (i === tableRows.length - 1), font, size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 9000, type: WidthType.DXA } }));
  tableRows = null;
}
for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line.startsWith("ROW:") && !line.startsWith("TABLE:")) flushTable();
  if (!line.trim()) continue;
  if (line.startsWith("TITLE:")) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(6).trim(), bold: true, font, size: 30 })] }));
  } else if (line.startsWith("SUBTITLE:")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
      children: [new TextRun({ text: line.slice(9).trim(), italics: true, font, size: 24 })] }));
  } else if (line.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: line.slice(3), font })] }));
  } else if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: line.slice(2), font })] }));
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line.slice(2), font, size: 26 })] }));
  } else if (line.startsWith("TABLE:") || line.startsWith("ROW:")) {
    const cells = line.slice(line.indexOf(":") + 1).split("|").map(s => s.trim());
    if (line.startsWith("TABLE:")) tableRows = [];
    tableRows.push(cells);
  } else if (line.startsWith("CAPTION:")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 },
      children: [new TextRun({ text: line.slice(8).trim(), italics: true, font, size: 22 })] }));
  } else if (line.startsWith("SIGN:")) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: line.slice(5).trim(), italics: true, font, size: 24 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: line, font, size: 26 })] }));
  }
}
flushTable();
const doc = new Document({
  creator: "Uy ban Nha nuoc ve nguoi Viet Nam o nuoc ngoai",
  title: "Bao cao tom tat Hoi nghi NVNONN khu vuc chau Au lan thu 2",
  sections: [{ properties: {}, children }],
});
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log("wrote", out); });
