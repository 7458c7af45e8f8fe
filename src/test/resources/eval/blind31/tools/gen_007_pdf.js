// Build reports/007_*.pdf with npm `pdfkit` from src/007_ngoai_giao_van_hoa_hue.txt
const fs = require('fs'), path = require('path');
const PDFDocument = require('pdfkit');
const { parse } = require('./srcparse');
const ROOT = path.resolve(__dirname, '..');
const { meta, blocks } = parse(path.join(ROOT, 'src/007_ngoai_giao_van_hoa_hue.txt'));
const FONT_DIR = '/usr/share/fonts/truetype/dejavu/';
const out = path.join(ROOT, 'reports/007_ngoai_giao_van_hoa_hue.pdf');
const doc = new PDFDocument({ size: 'A4', margins: { top: 70, bottom: 70, left: 65, right: 65 }, bufferPages: true,
  info: { Title: 'Kỷ yếu tóm tắt Hội nghị Ngoại giao văn hóa năm 2023', Author: 'Vụ Ngoại giao văn hóa và UNESCO' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT_DIR + 'DejaVuSans.ttf');
doc.registerFont('B', FONT_DIR + 'DejaVuSans-Bold.ttf');
doc.registerFont('I', FONT_DIR + 'DejaVuSans-Oblique.ttf');
const W = doc.page.width - 130;
const SIZE = 11.5;
for (const b of blocks) {
  if (b.t === 'h1') doc.font('B').fontSize(15).text(b.text, { align: 'center' }).moveDown(0.3);
  else if (b.t === 'subtitle') doc.font('I').fontSize(12).text(b.text, { align: 'center' }).moveDown(0.8);
  else if (b.t === 'h2') doc.moveDown(0.4).font('B').fontSize(12).text(b.text).moveDown(0.3);
  else if (b.t === 'p') doc.font('R').fontSize(SIZE).text(b.text, { align: 'justify', lineGap: 2.5 }).moveDown(0.5);
  else if (b.t === 'ul') { doc.font('R').fontSize(SIZE); for (const it of b.items) doc.text('•  ' + it, { indent: 0, lineGap: 2 }); doc.moveDown(0.5); }
  else if (b.t === 'table') {
    doc.font('I').fontSize(10).text(b.caption).moveDown(0.3);
    const cols = [W * 0.5, W * 0.25, W * 0.25];
    for (const [ri, r] of b.rows.entries()) {
      if (doc.y + 18 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y; let x = doc.page.margins.left;
      doc.font(ri === 0 || r[0] === 'Tổng cộng' ? 'B' : 'R').fontSize(10);
      r.forEach((c, ci) => { doc.text(c, x + 4, y + 3, { width: cols[ci] - 8, align: ci ? 'right' : 'left', lineBreak: false }); x += cols[ci]; });
      doc.rect(doc.page.margins.left, y, W, 18).stroke();
      doc.y = y + 18; doc.x = doc.page.margins.left;
    }
    doc.moveDown(0.6);
  } else if (b.t === 'end') doc.moveDown(1).font('I').fontSize(9.5).text(b.text, { align: 'right' });
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(7.5).fillColor('#444').text(meta.header, 65, 35, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(65, 50).lineTo(65 + W, 50).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).text(`Trang ${i + 1}/${range.count}`, 65, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm; doc.fillColor('black').strokeColor('black');
}
doc.end();
console.log('wrote', out, 'pages', range.count);
