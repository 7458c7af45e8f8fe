// src/007_*.src.txt -> reports/007_*.pdf : 2-3 page report "printed" from a word processor,
// running header, "Trang x/y" footer, a paragraph flowing over a page break.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const { parse, m1 } = require('./srcparse');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT_DIR = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 78, bottom: 70, left: 80, right: 62 },
  info: { Title: 'Báo cáo kết quả cuộc họp liên ngành về bảo hộ ngư dân', Author: 'Cục Lãnh sự', Creator: 'Microsoft® Word 2016' } });
doc.registerFont('R', FONT_DIR + 'DejaVuSerif.ttf');
doc.registerFont('B', FONT_DIR + 'DejaVuSerif-Bold.ttf');
doc.registerFont('I', FONT_DIR + 'DejaVuSerif-Italic.ttf');
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width - 80 - 62;
const size = 11;
for (const b of blocks) {
  if (b.t === 'h1') { doc.font('B').fontSize(13).text(b.x, { align: 'center' }); doc.moveDown(0.6); }
  else if (b.t === 'h2') { doc.moveDown(0.3); doc.font('B').fontSize(size).text(b.x); doc.moveDown(0.3); }
  else if (b.t === 'li') { doc.font('R').fontSize(size).text('•  ' + b.x, { indent: 18, lineGap: 2 }); }
  else if (b.t === 'ol') { doc.font('R').fontSize(size).text(b.n + '. ' + b.x, { indent: 18, align: 'justify', lineGap: 2 }); doc.moveDown(0.2); }
  else if (b.t === 'p') {
    if (/^Hà Nội, ngày/.test(b.x)) { doc.font('I').fontSize(size).text(b.x, { align: 'right' }); doc.moveDown(0.6); }
    else if (/^CỤC LÃNH SỰ/.test(b.x)) { doc.moveDown(1); doc.font('B').fontSize(size).text(b.x, { align: 'right' }); }
    else { doc.font('R').fontSize(size).text(b.x, { align: 'justify', indent: 24, lineGap: 2 }); doc.moveDown(0.4); }
  }
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(8.5).fillColor('#555555').text(m1(meta, 'header'), 80, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(80, 54).lineTo(80 + W, 54).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.font('R').fontSize(9).fillColor('#000000').text(`Trang ${i + 1}/${range.count}`, 80, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
