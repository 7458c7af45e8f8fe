// Build reports/006_*.docx from src/006_report.txt with the npm package `docx`.
// Markup: "T " header text, "# " title, "I " italic subtitle, "## "/"### " headings,
// "- " bullet, "C " table caption, "| a | b" table row (first row = header), "P " or plain = paragraph.
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, Header, Footer, PageNumber, BorderStyle } = require("docx");

const root = path.resolve(__dirname, "..");
const lines = fs.readFileSync(path.join(root, "src/006_report.txt"), "utf8").split("\n");
const children = [];
let headerText = "";
let rows = null;

function flushTable() {
  if (!rows) return;
  const ncol = rows[0].length;
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({
      tableHeader: i === 0,
      children: r.map((c, j) => new TableCell({
        width: { size: Math.floor(100 / ncol), type: WidthType.PERCENTAGE },
        children: [new Paragraph({
          alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [new TextRun({ text: c, bold: i === 0 || r[0].startsWith("Tổng") })],
        })],
      })),
    })),
  }));
  children.push(new Paragraph(""));
  rows = null;
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line.startsWith("| ")) flushTable();
  if (!line) continue;
  if (line.startsWith("T ")) headerText = line.slice(2);
  else if (line.startsWith("# ")) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(2), bold: true })] }));
  else if (line.startsWith("I ")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(2), italics: true })] }));
  else if (line.startsWith("### ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: line.slice(4) }));
  else if (line.startsWith("## ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: line.slice(3) }));
  else if (line.startsWith("- ")) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  else if (line.startsWith("C ")) children.push(new Paragraph({ children: [new TextRun({ text: line.slice(2), bold: true, italics: true })] }));
  else if (line.startsWith("| ")) { (rows = rows || []).push(line.slice(2).split("|").map(s => s.trim())); }
  else children.push(new Paragraph({ children: [new TextRun(line.startsWith("P ") ? line.slice(2) : line)] }));
}
flushTable();

const doc = new Document({
  creator: "Cục Lãnh sự - Bộ Ngoại giao",
  title: "Báo cáo tóm tắt Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2024",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, italics: true, size: 20 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Trang ", PageNumber.CURRENT] , size: 20 })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => {
  const out = path.join(root, "reports/006_bao_cao_hn_lanh_su_bao_ho_cong_dan_2024.docx");
  fs.writeFileSync(out, buf);
  console.log("wrote", out);
});
