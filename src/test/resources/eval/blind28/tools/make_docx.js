// Build reports/006_...docx from src/006_ngoai-giao-kinh-te.txt with the npm package docx.
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');
const root = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(root, 'src/006_ngoai-giao-kinh-te.txt'), 'utf8').split('\n');
const children = []; let rows = null;
for (const line of lines) {
  if (line === 'TABLE') { rows = []; continue; }
  if (line === 'ENDTABLE') {
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((r, i) => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph({ alignment: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
    children.push(new Paragraph(''));
    rows = null; continue;
  }
  if (rows) { rows.push(line.split('|')); continue; }
  if (line.startsWith('T: ')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(3), bold: true })] }));
  else if (line.startsWith('# ')) children.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }));
  else if (line.startsWith('## ')) children.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_2 }));
  else if (line.startsWith('- ')) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  else if (line.startsWith('P: ')) children.push(new Paragraph({ children: [new TextRun(line.slice(3))] }));
}
const doc = new Document({ creator: 'Vụ Tổng hợp kinh tế', title: 'Hội nghị Ngoại giao kinh tế 2024', sections: [{ children }] });
Packer.toBuffer(doc).then(b => { fs.writeFileSync(path.join(root, 'reports/006_hoi-nghi-ngoai-giao-kinh-te-2024.docx'), b); console.log('ok'); });
