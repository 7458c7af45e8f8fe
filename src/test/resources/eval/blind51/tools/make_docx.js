// Build report 006 (.docx) from src/006_docx_src.txt with the npm `docx` package.
// Source format: "~ text" centred agency line, "# text" title line, "> text" info line,
// "## text" heading, "- text" bullet, "| a | b |" table row (first row = header), else paragraph.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType,
  Table, TableRow, TableCell, WidthType, BorderStyle,
} = require("docx");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "006_docx_src.txt");
const OUT = path.join(ROOT, "reports", "006_e893eef5030fcb4c.docx");

const lines = fs.readFileSync(SRC, "utf8").split("\n");
const children = [];
let table = null;

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new TableRow({
    children: cells.map((c) => new TableCell({
      width: { size: Math.floor(9000 / cells.length), type: WidthType.DXA },
      children: [new Paragraph({
        alignment: /^[\d.,%]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 || /^Tổng/.test(cells[0]) })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 9000, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: "" }));
  table = null;
}

for (const raw of lines) {
  const line = raw.replace(/\s+$/, "");
  if (line.startsWith("|")) {
    const cells = line.split("|").slice(1, -1).map((s) => s.trim());
    (table = table || []).push(cells);
    continue;
  }
  flushTable();
  if (!line) continue;
  if (line.startsWith("~ ")) {
    children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: line.slice(2), bold: true })] }));
  } else if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(2), bold: true })] }));
  } else if (line.startsWith("> ")) {
    const [k, ...rest] = line.slice(2).split(":");
    children.push(new Paragraph({ children: [new TextRun({ text: k + ":", bold: true }), new TextRun(rest.join(":"))] }));
  } else if (line.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.slice(3))] }));
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.slice(2))] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(line)] }));
  }
}
flushTable();

const doc = new Document({
  creator: "Vụ Tổng hợp Kinh tế",
  title: "Báo cáo tóm tắt Đối thoại chính sách với doanh nghiệp Nhật Bản lần thứ 5",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{ children }],
});
Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(OUT, buf); console.error("wrote", OUT); });
