// Build reports/006_*.docx from src/006_ngoai_giao_van_hoa_2024.txt with npm "docx".
const fs = require("fs"), path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType,
        AlignmentType, Footer, PageNumber, BorderStyle } = require("docx");
const ROOT = path.join(__dirname, "..");
const src = fs.readFileSync(path.join(ROOT, "src", "006_ngoai_giao_van_hoa_2024.txt"), "utf8").trim().split("\n");
const children = [];
let rows = null;
const cell = (t, bold) => new TableCell({ width: { size: 2000, type: WidthType.DXA },
  children: [new Paragraph({ alignment: /^[\d.,]+$/.test(t) ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: t, bold })] })] });
const flush = () => { if (rows) { children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows })); rows = null; } };
for (const line of src) {
  const m = line.match(/^(TITLE|SUBTITLE|META|TABLE|ROW|NOTE|SIGN): (.*)$/);
  if (m && (m[1] === "TABLE" || m[1] === "ROW")) {
    const cells = m[2].split("|").map(s => s.trim());
    if (m[1] === "TABLE") rows = [new TableRow({ tableHeader: true, children: cells.map(c => cell(c, true)) })];
    else rows.push(new TableRow({ children: cells.map(c => cell(c, false)) }));
    continue;
  }
  flush();
  if (m && m[1] === "TITLE") children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(m[2])] }));
  else if (m && m[1] === "SUBTITLE") children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m[2], italics: true })] }));
  else if (m && m[1] === "META") children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m[2], size: 20 })] }));
  else if (m && m[1] === "NOTE") children.push(new Paragraph({ children: [new TextRun({ text: m[2], italics: true, size: 20 })] }));
  else if (m && m[1] === "SIGN") children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 400 }, children: [new TextRun({ text: m[2], italics: true })] }));
  else if (line.startsWith("## ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(line.slice(3))] }));
  else if (line.startsWith("# ")) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.slice(2))] }));
  else if (line.startsWith("- ")) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.slice(2))] }));
  else if (line.trim()) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(line)] }));
}
flush();
const doc = new Document({
  creator: "Vụ Ngoại giao văn hóa và UNESCO", title: "Báo cáo tóm tắt Hội nghị Ngoại giao văn hóa năm 2024",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun("Trang "), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(" / "), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })] }) },
    children }]
});
Packer.toBuffer(doc).then(buf => { const out = path.join(ROOT, "reports", "006_5c8e21d9f04b7a3e.docx"); fs.writeFileSync(out, buf); console.log("wrote", out); });
