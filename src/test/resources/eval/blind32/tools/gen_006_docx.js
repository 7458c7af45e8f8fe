// Build reports/006_*.docx from src/006_ngoai_giao_van_hoa_2024.txt with the npm package "docx".
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, Footer, PageNumber } = require("docx");
const ROOT = path.resolve(__dirname, "..");
const src = fs.readFileSync(path.join(ROOT, "src", "006_ngoai_giao_van_hoa_2024.txt"), "utf8").split("\n");
const children = [];
let rows = null;
function flushTable() {
  if (!rows) return;
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({
      children: r.map((c) => new TableCell({
        children: [new Paragraph({ alignment: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                                   children: [new TextRun({ text: c, bold: i === 0 })] })],
      })),
    })),
  }));
  rows = null;
}
for (const line of src) {
  if (!line.trim()) continue;
  if (line.startsWith("R: ")) { rows = rows || []; rows.push(line.slice(3).split("|").map((s) => s.trim())); continue; }
  flushTable();
  if (line.startsWith("T: ")) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(3), bold: true })] }));
  else if (line.startsWith("I: ")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(3), italics: true })] }));
  else if (line.startsWith("# ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.slice(2))] }));
  else if (line.startsWith("H: ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(line.slice(3))] }));
  else if (line.startsWith("- ")) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.slice(2))] }));
  else if (line.startsWith("P: ")) children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(line.slice(3))] }));
  else throw new Error("unknown line: " + line);
}
flushTable();
const doc = new Document({
  creator: "Vụ Ngoại giao văn hóa và UNESCO",
  title: "Báo cáo tóm tắt Hội nghị sơ kết 3 năm Chiến lược Ngoại giao văn hóa",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun("Trang "), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(" / "), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then((buf) => {
  const out = path.join(ROOT, "reports", "006_ngoai_giao_van_hoa_hue_2024.docx");
  fs.writeFileSync(out, buf);
  console.log("wrote", out);
});
