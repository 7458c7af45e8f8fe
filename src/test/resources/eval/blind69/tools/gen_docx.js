// Render src/006_*.src.txt into a Word document with headings, lists, a table and page-number footer.
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, Footer, PageNumber, LevelFormat, BorderStyle,
} = require("docx");

const [src, dst] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n");
const meta = {};
const children = [];
let tableRows = [];
let numInstance = 0;
let inNumbered = false;

function flushTable() {
  if (!tableRows.length) return;
  const rows = tableRows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 2400 : 2200, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, bold: i === 0 || c === "Tổng cộng" || (cells[0] === "Tổng cộng") })],
      })],
    })),
  }));
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows }));
  children.push(new Paragraph({ children: [new TextRun({ text: "Nguồn: Báo cáo của các địa phương gửi Bộ Ngoại giao.", italics: true, size: 20 })] }));
  tableRows = [];
}

for (const raw of lines) {
  const ln = raw.trimEnd();
  if (!/^\d+\. /.test(ln)) inNumbered = false;
  if (ln.startsWith("|")) {
    tableRows.push(ln.split("|").slice(1, -1).map((s) => s.trim()));
    continue;
  }
  flushTable();
  if (ln.startsWith("@")) {
    const i = ln.indexOf(":");
    meta[ln.slice(1, i).trim()] = ln.slice(i + 1).trim();
  } else if (ln.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: ln.slice(2), bold: true })] }));
  } else if (ln.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(ln.slice(3))] }));
  } else if (ln.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(ln.slice(2))] }));
  } else if (/^\d+\. /.test(ln)) {
    if (!inNumbered) { numInstance += 1; inNumbered = true; }
    children.push(new Paragraph({ numbering: { reference: "num", level: 0, instance: numInstance }, children: [new TextRun(ln.replace(/^\d+\. /, ""))] }));
  } else if (ln.trim()) {
    children.push(new Paragraph({ spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(ln)] }));
  }
}
flushTable();

const doc = new Document({
  creator: "Văn phòng Bộ Ngoại giao",
  title: "Báo cáo tóm tắt Hội nghị Ngoại vụ toàn quốc lần thứ 21",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  numbering: { config: [{ reference: "num", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
  sections: [{
    properties: {},
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ text: meta.footer + " – Trang ", size: 18 }),
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

Packer.toBuffer(doc).then((buf) => fs.writeFileSync(dst, buf));
