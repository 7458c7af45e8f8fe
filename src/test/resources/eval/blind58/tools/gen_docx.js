// Render src/006_report.txt into a .docx (headings, bullets, numbered list, table, page-number footer)
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, Footer, Header, PageNumber, LevelFormat, BorderStyle,
} = require("docx");

const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
const children = [];
let headerText = "", footerText = "", tableRows = [], numberedInstance = 0, lastKind = "";

function flushTable() {
  if (!tableRows.length) return;
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j < 2 ? 2200 : 1600, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: j >= 2 ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 || cells[0].startsWith("Tổng") })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 9200, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: "" }));
  tableRows = [];
}

for (const line of lines) {
  const idx = line.indexOf(":");
  const kind = line.slice(0, idx).trim();
  const text = line.slice(idx + 1).trim();
  if (kind !== "T") flushTable();
  if (kind === "N" && lastKind !== "N") numberedInstance++;
  switch (kind) {
    case "HEADER": headerText = text; break;
    case "FOOTER": footerText = text; break;
    case "TITLE":
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] }));
      break;
    case "TITLE2":
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 28 })] }));
      break;
    case "SUB":
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, italics: true })] }));
      break;
    case "H1":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] }));
      break;
    case "P":
      children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] }));
      break;
    case "B":
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }));
      break;
    case "N":
      children.push(new Paragraph({ numbering: { reference: "num", level: 0, instance: numberedInstance }, children: [new TextRun(text)] }));
      break;
    case "TABLECAPTION":
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, italics: true })] }));
      break;
    case "T":
      tableRows.push(text.split("|"));
      break;
    default:
      throw new Error("unknown kind " + kind);
  }
  lastKind = kind;
}
flushTable();

const doc = new Document({
  creator: "Ủy ban Biên giới quốc gia",
  title: "Báo cáo tóm tắt Hội nghị các tỉnh biên giới Việt Nam – Cam-pu-chia lần thứ 12",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  numbering: {
    config: [{
      reference: "num",
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    }],
  },
  sections: [{
    properties: {},
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 18, italics: true })] })] }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ text: footerText + "  |  Trang ", size: 18 }),
            new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
            new TextRun({ text: "/", size: 18 }),
            new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
          ],
        })],
      }),
    },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
