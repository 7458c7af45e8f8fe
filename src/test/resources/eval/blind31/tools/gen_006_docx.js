// Build reports/006_*.docx with the npm package `docx` from src/006_truong_cqdd_chau_phi_tay_a.txt
const fs = require('fs'), path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType,
        AlignmentType, Footer, Header, PageNumber, BorderStyle } = require('docx');
const { parse } = require('./srcparse');
const ROOT = path.resolve(__dirname, '..');
const { meta, blocks } = parse(path.join(ROOT, 'src/006_truong_cqdd_chau_phi_tay_a.txt'));
const F = 'Times New Roman';
const children = [];
children.push(new Paragraph({ children: [new TextRun({ text: meta.org, bold: true, font: F })] }));
children.push(new Paragraph({ children: [new TextRun({ text: meta.note, italics: true, font: F, size: 20 })], spacing: { after: 200 } }));
for (const b of blocks) {
  if (b.t === 'h1') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, font: F, bold: true })] }));
  else if (b.t === 'subtitle') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: b.text, font: F, bold: true, size: 26 })] }));
  else if (b.t === 'h2') children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.text, font: F })] }));
  else if (b.t === 'p') children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun({ text: b.text, font: F, size: 26 })] }));
  else if (b.t === 'ul') for (const it of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: it, font: F, size: 26 })] }));
  else if (b.t === 'table') {
    children.push(new Paragraph({ spacing: { before: 120, after: 80 }, children: [new TextRun({ text: b.caption, italics: true, font: F, size: 24 })] }));
    const rows = b.rows.map((r, ri) => new TableRow({ tableHeader: ri === 0, children: r.map((c, ci) => new TableCell({
      width: { size: ci === 0 ? 2800 : 1600, type: WidthType.DXA },
      children: [new Paragraph({ alignment: ci === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, font: F, size: 24, bold: ri === 0 || r[0] === 'Tổng cộng' })] })] })) }));
    children.push(new Table({ rows, width: { size: 9200, type: WidthType.DXA } }));
  } else if (b.t === 'tablenote') children.push(new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text: b.text, italics: true, font: F, size: 22 })] }));
}
const [unit, who] = meta.sign.split('|');
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 }, children: [new TextRun({ text: unit, bold: true, font: F })] }));
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: who, italics: true, font: F })] }));
const doc = new Document({
  creator: 'Vụ Tây Á – Châu Phi', title: 'Báo cáo tóm tắt Hội nghị Trưởng CQĐD khu vực châu Phi – Tây Á lần thứ 3',
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Lưu hành nội bộ', italics: true, size: 18, font: F })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 20, font: F })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => { const out = path.join(ROOT, 'reports/006_truong_cqdd_chau_phi_tay_a.docx'); fs.writeFileSync(out, buf); console.log('wrote', out); });
