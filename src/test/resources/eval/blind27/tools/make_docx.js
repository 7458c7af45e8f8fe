// Build reports/006_*.docx from src/006_bao_ho_cong_dan.txt with the npm package "docx".
// Markup: "#T " title, "#S " subtitle, "# " heading, "- " bullet, "|a|b|c" table row (first row = header), "#F " footer, else paragraph.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, Footer, Header } = require('docx');
const src = process.argv[2], out = process.argv[3];
const lines = fs.readFileSync(src, 'utf8').split('\n').filter(l => l.trim() !== '');
const children = []; let footerText = ''; let rows = [];
function flushTable() {
  if (!rows.length) return;
  const n = rows[0].length;
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map(c => new TableCell({
      width: { size: Math.floor(100 / n), type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 })] })] })) })),
  }));
  children.push(new Paragraph(''));
  rows = [];
}
for (const l of lines) {
  if (l.startsWith('|')) { rows.push(l.slice(1).split('|').map(s => s.trim())); continue; }
  flushTable();
  if (l.startsWith('#T ')) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(3), bold: true })] }));
  else if (l.startsWith('#S ')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(3), italics: true })] }));
  else if (l.startsWith('#F ')) footerText = l.slice(3);
  else if (l.startsWith('# ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: l.slice(2) }));
  else if (l.startsWith('- ')) children.push(new Paragraph({ text: l.slice(2), bullet: { level: 0 } }));
  else children.push(new Paragraph({ children: [new TextRun(l)] }));
}
flushTable();
const doc = new Document({
  creator: 'Cục Lãnh sự', title: 'Báo cáo tóm tắt Hội nghị bảo hộ công dân 2024',
  sections: [{ headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'BỘ NGOẠI GIAO - CỤC LÃNH SỰ', size: 16 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footerText, size: 16 })] })] }) },
    children }],
});
Packer.toBuffer(doc).then(b => { fs.writeFileSync(out, b); console.log('wrote', out); });
