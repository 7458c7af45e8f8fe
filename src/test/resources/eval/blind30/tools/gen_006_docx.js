// Build reports/006_... .docx with npm "docx" from src/006_cao_bang.txt
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType,
        Footer, AlignmentType, PageNumber } = require('docx');
const parse = require('./srcparse');
const ROOT = path.resolve(__dirname, '..');
const { meta, blocks } = parse(path.join(ROOT, 'src', '006_cao_bang.txt'));
const children = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.org, bold: true })] })];
for (const [kind, val] of blocks) {
  if (kind === 'h1') children.push(new Paragraph({ text: val, heading: HeadingLevel.TITLE }));
  else if (kind === 'h2') children.push(new Paragraph({ text: val, heading: HeadingLevel.HEADING_1 }));
  else if (kind === 'li') children.push(new Paragraph({ text: val, bullet: { level: 0 } }));
  else if (kind === 'p') children.push(new Paragraph({ children: [new TextRun(val)], spacing: { after: 120 } }));
  else if (kind === 'tablecaption') children.push(new Paragraph({ children: [new TextRun({ text: val, italics: true })] }));
  else if (kind === 'table') {
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
      rows: val.map((r, i) => new TableRow({ children: r.map((c, j) => new TableCell({
        children: [new Paragraph({ alignment: j ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
    children.push(new Paragraph(''));
  }
}
const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
  new TextRun(meta.footer + ' - Trang '), new TextRun({ children: [PageNumber.CURRENT] }),
  new TextRun(' / '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })] });
const doc = new Document({ creator: 'Sở Ngoại vụ tỉnh Cao Bằng', title: 'Thông cáo Hội nghị tổng kết công tác đối ngoại và biên giới năm 2023',
  sections: [{ footers: { default: footer }, children }] });
const out = path.join(ROOT, 'reports', '006_cao_bang_doi_ngoai_bien_gioi_2023.docx');
Packer.toBuffer(doc).then(b => { fs.writeFileSync(out, b); console.log('wrote', out); });
