// Word report from src/006_vietkieu.txt: node tools/make_docx.js SRC OUT
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType } = require('docx');
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, 'utf8').split('\n');
const children = [];
let rows = [];
const flushTable = () => {
  if (!rows.length) return;
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells, r) => new TableRow({ children: cells.map((c, i) => new TableCell({
      children: [new Paragraph({ alignment: i > 0 ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: r === 0 || r === rows.length - 1 })] })] })) })),
  }));
  children.push(new Paragraph(''));
  rows = [];
};
for (const raw of lines) {
  const l = raw.trimEnd();
  if (l.startsWith('|')) { rows.push(l.replace(/^\||\|$/g, '').split('|').map(s => s.trim())); continue; }
  flushTable();
  if (!l) continue;
  if (l.startsWith('TITLE: ')) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(l.slice(7))] }));
  else if (l.startsWith('SUBTITLE: ')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(10), italics: true })] }));
  else if (l.startsWith('## ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(l.slice(3))] }));
  else if (l.startsWith('- ')) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(l.slice(2))] }));
  else children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(l)] }));
}
flushTable();
const doc = new Document({ creator: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài', title: 'Hội nghị NVNONN tiêu biểu lần thứ 4',
  sections: [{ children }] });
Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
