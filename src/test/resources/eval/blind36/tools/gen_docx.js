// Build reports/006_*.docx (Word: headings, bullets, a table) from src/006_word_summary.txt with npm "docx".
const fs = require("fs");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType } = require("docx");
const [src, out] = process.argv.slice(2);
const meta = {}; const children = []; let rows = [];
const flush = () => {
  if (!rows.length) return;
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ children: r.map(c => new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
  children.push(new Paragraph(""));
  rows = [];
};
for (const raw of fs.readFileSync(src, "utf8").split("\n")) {
  const line = raw.trimEnd();
  if (!line) continue;
  if (line.startsWith("@")) { const i = line.indexOf(":"); meta[line.slice(1, i)] = line.slice(i + 1).trim(); continue; }
  if (!line.startsWith("|")) flush();
  if (line.startsWith("== ")) children.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_2 }));
  else if (line.startsWith("- ")) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  else if (line.startsWith("|")) rows.push(line.replace(/^\||\|$/g, "").split("|").map(s => s.trim()));
  else children.push(new Paragraph({ children: [new TextRun(line)] }));
}
flush();
const head = [
  new Paragraph({ children: [new TextRun({ text: meta.org, bold: true })] }),
  new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
  new Paragraph({ text: meta.subtitle, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
];
const tail = [new Paragraph(""), new Paragraph({ children: [new TextRun({ text: meta.compiler, italics: true })] })];
const doc = new Document({ creator: "Van phong Bo", title: meta.subtitle,
  sections: [{ children: [...head, ...children, ...tail] }] });
Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
