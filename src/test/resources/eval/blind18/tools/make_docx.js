// Builds reports/102_bienGioi_2023.docx with the npm package `docx`.
const fs = require('fs');
const path = require('path');
const d = require('docx');
const C = require('./docx_content.js');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell, WidthType, Footer, PageNumber } = d;

const para = (t, opts = {}) => new Paragraph({ children: [new TextRun({ text: t, ...opts.run })], alignment: opts.align || AlignmentType.JUSTIFIED, spacing: { after: 120 } });
const heading = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const children = [];
children.push(new Paragraph({ children: [new TextRun({ text: C.org1, bold: true })], alignment: AlignmentType.LEFT }));
children.push(new Paragraph({ children: [new TextRun({ text: C.org2, bold: true })], alignment: AlignmentType.LEFT, spacing: { after: 240 } }));
children.push(new Paragraph({ text: C.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }));
children.push(new Paragraph({ children: [new TextRun({ text: C.subtitle, italics: true })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }));
for (const s of C.sections) { children.push(heading(s.h)); for (const p of s.p) children.push(para(p)); }
children.push(new Paragraph({ children: [new TextRun({ text: C.tableCaption, bold: true })], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } }));
const cell = (t, bold) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold })], alignment: AlignmentType.CENTER })], width: { size: 20, type: WidthType.PERCENTAGE } });
const rows = [new TableRow({ tableHeader: true, children: C.tableHead.map(h => cell(h, true)) })];
for (const r of C.tableRows) rows.push(new TableRow({ children: r.map((v, i) => cell(v, r[0] === 'Tổng cộng')) }));
children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
children.push(new Paragraph({ children: [new TextRun({ text: C.tableNote, italics: true, size: 20 })], spacing: { before: 80, after: 200 } }));
for (const s of C.sections2) {
  children.push(heading(s.h));
  if (s.p) for (const p of s.p) children.push(para(p));
  if (s.bullets) for (const b of s.bullets) children.push(new Paragraph({ text: b, bullet: { level: 0 } }));
}
const doc = new Document({
  creator: 'Văn phòng Ủy ban Biên giới quốc gia',
  title: C.title,
  description: 'Thông tin tóm tắt Hội nghị công tác biên giới, lãnh thổ',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  sections: [{
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(C.footer + ' - Trang '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => {
  const out = path.join(__dirname, '..', 'reports', '102_biengioi_2023.docx');
  fs.writeFileSync(out, buf);
  console.log('wrote', out, buf.length);
});
