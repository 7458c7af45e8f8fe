// Build report 006 (.docx) from src/006_docx.txt with npm "docx".
const fs = require("fs"), path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, BorderStyle } = require("docx");
const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "reports", "006_a84c2e19f07d6b3e.docx");
const lines = fs.readFileSync(path.join(ROOT, "src/006_docx.txt"), "utf8").split("\n");
const children = [];
let table = null, caption = null;
function flushTable() {
  if (!table) return;
  if (caption) children.push(new Paragraph({ children: [new TextRun({ text: caption, italics: true })] }));
  const rows = table.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 34 : 22, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, bold: i === 0 || i === table.length - 1 })] })] })) }));
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
  children.push(new Paragraph({ text: "" }));
  table = null; caption = null;
}
for (let raw of lines) {
  const line = raw.trimEnd();
  if (!line.trim()) continue;
  if (line.startsWith("| ")) { (table = table || []).push(line.slice(2).split(" | ").map(s => s.trim())); continue; }
  flushTable();
  if (line.startsWith("@title:")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun({ text: line.slice(7).trim(), bold: true })] }));
  else if (line.startsWith("@subtitle:")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(10).trim(), bold: true, size: 28 })] }));
  else if (line.startsWith("@meta:")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(6).trim(), italics: true })] }));
  else if (line.startsWith("@table:")) caption = line.slice(7).trim();
  else if (line.startsWith("## ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: line.slice(3) }));
  else if (line.startsWith("# ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: line.slice(2) }));
  else if (line.startsWith("- ")) children.push(new Paragraph({ bullet: { level: 0 }, text: line.slice(2) }));
  else children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, text: line }));
}
flushTable();
const doc = new Document({
  creator: "Văn phòng Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
  title: "Báo cáo tóm tắt Hội nghị NVNONN khu vực châu Á – châu Đại Dương lần thứ 4",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{ children }],
});
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(OUT, buf); console.log("wrote", OUT); });
