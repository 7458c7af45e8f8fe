// Build report 006 (.docx) from src/006_xuc_tien.txt using npm "docx".
const fs = require('fs'); const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');
const ROOT = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(ROOT, 'src/006_xuc_tien.txt'), 'utf8').split('\n').filter(l => l.trim());
const children = []; let rows = [];
function flushTable() {
  if (!rows.length) return;
  const trs = rows.map((cells, i) => new TableRow({ children: cells.map((c, j) => new TableCell({
    width: { size: j === 0 ? 3400 : 1900, type: WidthType.DXA },
    children: [new Paragraph({ alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
      children: [new TextRun({ text: c, bold: i === 0 || i === rows.length - 1 })] })] })) }));
  children.push(new Table({ rows: trs, width: { size: 9100, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: '' }));
  rows = [];
}
for (const l of lines) {
  if (l.startsWith('|')) { rows.push(l.slice(1).split('|').map(s => s.trim())); continue; }
  flushTable();
  if (l.startsWith('#T ')) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(3), bold: true })] }));
  else if (l.startsWith('# ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: l.slice(2) }));
  else if (l.startsWith('- ')) children.push(new Paragraph({ bullet: { level: 0 }, text: l.slice(2) }));
  else children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(l)] }));
}
flushTable();
const doc = new Document({ creator: 'Vu Tong hop kinh te', title: 'Bao cao tom tat Hoi nghi xuc tien thuong mai 2018',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  sections: [{ children }] });
Packer.toBuffer(doc).then(b => { fs.writeFileSync(path.join(ROOT, 'reports/006_1ed302380549992e.docx'), b); console.log('wrote 006'); });
