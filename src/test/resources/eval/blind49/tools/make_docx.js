// Build report 006 (.docx) from src/006_chau_phi_docx.txt with the npm "docx" package.
const fs = require("fs"), path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType } = require("docx");
const parse = require("./srcparse");
const ROOT = path.resolve(__dirname, "..");
const { meta, blocks } = parse(path.join(ROOT, "src", "006_chau_phi_docx.txt"));
const children = [
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(meta.title)] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.subtitle, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.meta, italics: true })] }),
];
for (const [kind, val] of blocks) {
  if (kind === "h1") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(val)] }));
  else if (kind === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(val)] }));
  else if (kind === "p") children.push(new Paragraph({ children: [new TextRun(val)] }));
  else if (kind === "ul") for (const it of val) children.push(new Paragraph({ text: it, bullet: { level: 0 } }));
  else if (kind === "table") {
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: val.map((r, i) => new TableRow({
        tableHeader: i === 0,
        children: r.map((c, j) => new TableCell({
          children: [new Paragraph({
            alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
            children: [new TextRun({ text: c, bold: i === 0 || i === r.length + 100 || r[0] === "Tổng cộng" })] })],
        })),
      })),
    }));
  }
}
const doc = new Document({ creator: "Vụ Tây Á - Châu Phi", title: meta.subtitle, sections: [{ children }] });
Packer.toBuffer(doc).then(buf => {
  const out = path.join(ROOT, "reports", "006_a47e0b9c13d25f68.docx");
  fs.writeFileSync(out, buf);
  console.log("built", out);
});
