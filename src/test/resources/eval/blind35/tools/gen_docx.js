// Build reports/006_*.docx from src/006_docx_source.txt using the npm package `docx`.
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, Footer, LevelFormat } = require('docx');
const ROOT = path.resolve(__dirname, '..');
const src = fs.readFileSync(path.join(ROOT, 'src', '006_docx_source.txt'), 'utf8').split('\n').filter(l => l.trim());
const children = []; let rows = null; let foot = '';
const flush = () => { if (rows) { children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })); rows = null; } };
const cell = (t, bold) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] });
for (const l of src) {
  const i = l.indexOf(':'); const k = l.slice(0, i); const v = l.slice(i + 1).trim();
  if (k !== 'ROW' && k !== 'TABLE') flush();
  if (k === 'TITLE') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: v, bold: true })] }));
  else if (k === 'SUBTITLE') children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: v, italics: true })] }));
  else if (k === 'H1') children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: v }));
  else if (k === 'H2') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: v }));
  else if (k === 'B') children.push(new Paragraph({ text: v, bullet: { level: 0 } }));
  else if (k === 'N') children.push(new Paragraph({ text: v, numbering: { reference: 'num', level: 0 } }));
  else if (k === 'P') children.push(new Paragraph({ text: v }));
  else if (k === 'TABLE') rows = [new TableRow({ tableHeader: true, children: v.split('|').map(c => cell(c.trim(), true)) })];
  else if (k === 'ROW') rows.push(new TableRow({ children: v.split('|').map(c => cell(c.trim(), false)) }));
  else if (k === 'FOOT') foot = v;
}
flush();
children.push(new Paragraph({ children: [new TextRun({ text: foot, italics: true })] }));
const doc = new Document({
  creator: 'Cục Ngoại vụ', title: 'Báo cáo tóm tắt Hội nghị Ngoại vụ toàn quốc lần thứ 21',
  numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
  sections: [{ footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: 'Tài liệu lưu hành nội bộ – Cục Ngoại vụ' })] }) }, children }],
});
Packer.toBuffer(doc).then(b => { fs.writeFileSync(path.join(ROOT, 'reports', '006_e05b31918b951ec8.docx'), b); console.log('built 006 docx'); });
