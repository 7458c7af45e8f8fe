// Build reports/006_*.docx from src/006_bao_ho_cong_dan.txt with the npm package "docx".
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, Footer, PageNumber } = require('docx');
const root = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(root, 'src/006_bao_ho_cong_dan.txt'), 'utf8').split('\n');
const children = [];
let table = null;
const cell = (t, bold) => new TableCell({ width: { size: 3000, type: WidthType.DXA },
  children: [new Paragraph({ alignment: /^[\d.,%]+$/.test(t) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: t, bold })] })] });
for (const raw of lines) {
  const l = raw.trimEnd();
  if (table) {
    if (l === 'ENDTABLE') {
      children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows: table.map((r, i) => new TableRow({ children: r.map(c => cell(c, i === 0 || r[0] === 'Tổng cộng')) })) }));
      children.push(new Paragraph(''));
      table = null;
    } else table.push(l.split('|').map(s => s.trim()));
    continue;
  }
  if (!l) continue;
  if (l.startsWith('TITLE: ')) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(7), bold: true })] }));
  else if (l.startsWith('SUBTITLE: ')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(10), italics: true })] }));
  else if (l.startsWith('TABLE: ')) table = [l.slice(7).split('|').map(s => s.trim())];
  else if (l.startsWith('## ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: l.slice(3) }));
  else if (l.startsWith('# ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: l.slice(2) }));
  else if (l.startsWith('- ')) children.push(new Paragraph({ text: l.slice(2), bullet: { level: 0 } }));
  else if (/^\d+\. /.test(l)) children.push(new Paragraph({ text: l.replace(/^\d+\. /, ''), numbering: { reference: 'num', level: 0 } }));
  else children.push(new Paragraph({ text: l }));
}
const doc = new Document({
  creator: 'Cục Lãnh sự', title: 'Báo cáo tóm tắt Hội nghị tổng kết công tác lãnh sự 2023',
  numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START }] }] },
  sections: [{ footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Trang '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) }, children }],
});
Packer.toBuffer(doc).then(b => { const o = path.join(root, 'reports/006_tong_ket_lanh_su_bao_ho_cong_dan_2023.docx'); fs.writeFileSync(o, b); console.log(o); });
