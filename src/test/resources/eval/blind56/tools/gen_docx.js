// src/006_*.src.txt -> reports/006_*.docx (headings, bullets, numbered lists, table, page-number footer)
const fs = require("fs");
const d = require("docx");
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
const meta = {};
const children = [];
let table = [];
let numRef = 0; let inNum = false;
const flushTable = () => {
  if (!table.length) return;
  children.push(new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: table.map((cells, i) => new d.TableRow({
      tableHeader: i === 0,
      children: cells.map((c, j) => new d.TableCell({
        children: [new d.Paragraph({
          alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT,
          children: [new d.TextRun({ text: c, bold: i === 0 || i === table.length - 1 })],
        })],
      })),
    })),
  }));
  children.push(new d.Paragraph({ text: "" }));
  table = [];
};
for (const line of lines) {
  if (!line.startsWith("|")) flushTable();
  if (!/^\d+\. /.test(line)) inNum = false;
  if (line.startsWith("@")) {
    const i = line.indexOf(":"); meta[line.slice(1, i)] = line.slice(i + 1).trim();
    if (line.startsWith("@title")) children.push(new d.Paragraph({ text: meta.title, heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER }));
    if (line.startsWith("@subtitle")) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [new d.TextRun({ text: meta.subtitle, bold: true, italics: true, size: 26 })] }));
  } else if (line.startsWith("# ")) {
    children.push(new d.Paragraph({ text: line.slice(2), heading: d.HeadingLevel.HEADING_1 }));
  } else if (line.startsWith("- ")) {
    children.push(new d.Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  } else if (/^\d+\. /.test(line)) {
    if (!inNum) { numRef++; inNum = true; }
    children.push(new d.Paragraph({ text: line.replace(/^\d+\. /, ""), numbering: { reference: "num", level: 0, instance: numRef } }));
  } else if (line.startsWith("|")) {
    table.push(line.split("|").slice(1, -1).map((c) => c.trim()));
  } else {
    children.push(new d.Paragraph({ text: line, alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 } }));
  }
}
flushTable();
const doc = new d.Document({
  creator: "Cục Lãnh sự", title: meta.subtitle,
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  numbering: { config: [{ reference: "num", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: meta.header, size: 18 })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: meta.footer + " - Trang ", size: 18 }), new d.TextRun({ children: [d.PageNumber.CURRENT], size: 18 }),
      new d.TextRun({ text: "/", size: 18 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then((b) => fs.writeFileSync(out, b));
