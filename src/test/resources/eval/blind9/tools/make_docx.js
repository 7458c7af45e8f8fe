// Build a Word report (with tables) from a marked-up text file using npm "docx".
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, 'utf8').split('\n').filter(l => l.trim());
const children = [];
let rows = null;
function flush() {
  if (!rows) return;
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
  children.push(new Paragraph(''));
  rows = null;
}
for (const l of lines) {
  if (l.startsWith('| ')) { rows = rows || []; rows.push(l.split('|').slice(1, -1).map(s => s.trim())); continue; }
  flush();
  if (l.startsWith('# ')) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(2), bold: true })] }));
  else if (l.startsWith('## ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(l.slice(3))] }));
  else if (l.startsWith('> ')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(2), italics: true })] }));
  else if (l.startsWith('[TABLE] ')) children.push(new Paragraph({ children: [new TextRun({ text: l.slice(8), bold: true })] }));
  else children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(l)] }));
}
flush();
const doc = new Document({ creator: 'Vụ Hợp tác kinh tế đa phương', title: 'Hội nghị hợp tác tiểu vùng Mekong 2024', sections: [{ children }] });
Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
