// Build the Word report (report b) from src/r2_docx.txt with the npm package `docx`.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, Footer, Header, PageNumber, LevelFormat, BorderStyle,
} = require("docx");

const ROOT = path.resolve(__dirname, "..");
const src = fs.readFileSync(path.join(ROOT, "src", "r2_docx.txt"), "utf8").split("\n");
const OUT = path.join(ROOT, "reports", "BaoCao_TongKet_NganhNgoaiGiao_2023.docx");

let headerText = "", footerText = "";
const children = [];
let tableRows = null, tableCaption = null;
let numberedInstance = 0, inNumbered = false;

function flushTable() {
  if (!tableRows) return;
  children.push(new Paragraph({ children: [new TextRun({ text: tableCaption, bold: true, italics: true })], spacing: { before: 120, after: 80 } }));
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 4200 : 1600, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, bold: i === 0 })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 9000, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: "" }));
  tableRows = null; tableCaption = null;
}

for (const raw of src) {
  const line = raw.replace(/\s+$/, "");
  if (!line) continue;
  if (line.startsWith("!header ")) { headerText = line.slice(8); continue; }
  if (line.startsWith("!footer ")) { footerText = line.slice(8); continue; }
  if (line.startsWith("|")) {
    const cells = line.slice(1).split("|");
    if (tableRows === null) { tableCaption = cells[0]; tableRows = []; }
    else tableRows.push(cells);
    continue;
  }
  flushTable();
  const num = line.match(/^(\d+)\.\s+(.*)$/);
  if (num) {
    if (!inNumbered) { numberedInstance += 1; inNumbered = true; }
    children.push(new Paragraph({ text: num[2], numbering: { reference: "so-thu-tu", level: 0, instance: numberedInstance } }));
    continue;
  }
  inNumbered = false;
  if (line.startsWith("# ")) {
    children.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  } else if (line.startsWith("## ")) {
    children.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } }));
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  } else {
    children.push(new Paragraph({ text: line, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }));
  }
}
flushTable();

const doc = new Document({
  creator: "Văn phòng Bộ Ngoại giao",
  title: "Báo cáo tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2023",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  numbering: { config: [{ reference: "so-thu-tu", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: {},
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 18, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ text: footerText + "  –  Trang ", size: 18 }),
      new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
      new TextRun({ text: "/", size: 18 }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
    ] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(OUT, buf); console.log("wrote", OUT); });
