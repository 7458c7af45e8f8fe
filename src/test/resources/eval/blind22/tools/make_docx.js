// Build reports/006_*.docx from src/006_bao_ho_cong_dan.txt with the npm package `docx`.
// Markup: "!x" centred bold line, "# " title (Heading1), "## " Heading2, "- " bullet,
// "|| a | b" header/bold table row, "| a | b" table row, anything else a paragraph.
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType,
        Table, TableRow, TableCell, WidthType, BorderStyle } = require("docx");

const ROOT = path.resolve(__dirname, "..");
const src = fs.readFileSync(path.join(ROOT, "src", "006_bao_ho_cong_dan.txt"), "utf8");
const out = path.join(ROOT, "reports", "006_bao_ho_cong_dan_2024.docx");

const children = [];
let rows = [];
const isNum = (s) => /^[0-9.,]+$/.test(s.trim());

function flushTable() {
  if (!rows.length) return;
  const ncol = Math.max(...rows.map((r) => r.cells.length));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({
      tableHeader: r.header && r === rows[0],
      children: r.cells.map((c) => new TableCell({
        width: { size: Math.floor(100 / ncol), type: WidthType.PERCENTAGE },
        children: [new Paragraph({
          alignment: isNum(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: c.trim(), bold: r.header, font: "Times New Roman", size: 24 })],
        })],
      })),
    })),
  });
  children.push(table);
  children.push(new Paragraph({ text: "" }));
  rows = [];
}

for (const raw of src.split("\n")) {
  const line = raw.trimEnd();
  if (!line) continue;
  if (line.startsWith("|")) {
    const header = line.startsWith("||");
    const cells = line.replace(/^\|\|?/, "").split("|");
    rows.push({ header, cells });
    continue;
  }
  flushTable();
  if (line.startsWith("!")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(1), bold: true, font: "Times New Roman", size: 26 })] }));
  } else if (line.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: line.slice(3), font: "Times New Roman" })] }));
  } else if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(2), font: "Times New Roman" })] }));
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line.slice(2), font: "Times New Roman", size: 26 })] }));
  } else if (/^Bảng \d+\./.test(line) || /^Hà Nội, ngày/.test(line)) {
    children.push(new Paragraph({ alignment: /^Hà Nội/.test(line) ? AlignmentType.RIGHT : AlignmentType.CENTER,
      children: [new TextRun({ text: line, italics: true, font: "Times New Roman", size: 24 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: line, font: "Times New Roman", size: 26 })] }));
  }
}
flushTable();

const doc = new Document({
  creator: "Cục Lãnh sự - Bộ Ngoại giao",
  title: "Báo cáo tóm tắt Hội nghị bảo hộ công dân 2024",
  sections: [{ properties: {}, children }],
});
Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out); });
