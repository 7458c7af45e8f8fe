// Builds reports/103_hocvienngoaigiao_2024.pdf with npm `pdfkit` and DejaVu fonts.
// Running header drawn on every page; "Trang x/y" footers added after layout (bufferPages).
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const C = require('./pdf_content.js');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const FONTI = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf';
const out = path.join(__dirname, '..', 'reports', '103_hocvienngoaigiao_2024.pdf');
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 70, left: 72, right: 72 }, bufferPages: true,
  info: { Title: 'Bản tin Học viện Ngoại giao số 04/2024', Author: 'Học viện Ngoại giao' } });
doc.registerFont('R', FONT); doc.registerFont('B', FONTB); doc.registerFont('I', FONTI);
doc.pipe(fs.createWriteStream(out));
function header() {
  const x = doc.x, y = doc.y;
  doc.font('I').fontSize(8.5).fillColor('#444').text(C.header, 72, 40, { width: doc.page.width - 144, align: 'center', lineBreak: false });
  doc.moveTo(72, 55).lineTo(doc.page.width - 72, 55).lineWidth(0.5).strokeColor('#888').stroke();
  doc.fillColor('black').font('R').fontSize(11);
  doc.x = x; doc.y = y;
}
header();
doc.on('pageAdded', header);
doc.font('B').fontSize(9).fillColor('#8b0000').text(C.kicker);
doc.moveDown(0.3);
doc.font('B').fontSize(15).fillColor('black').text(C.title, { align: 'left' });
doc.moveDown(0.3);
doc.font('I').fontSize(9.5).text(C.byline);
doc.moveDown(0.6);
for (const [kind, t] of C.blocks) {
  if (kind === 'h') { doc.moveDown(0.4); doc.font('B').fontSize(11.5).text(t); doc.moveDown(0.2); }
  else { doc.font('R').fontSize(11).text(t, { align: 'justify', lineGap: 4 }); doc.moveDown(0.45); }
}
doc.moveDown(0.5);
doc.font('I').fontSize(9).text(C.sign, { align: 'right' });
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(range.start + i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('R').fontSize(9).fillColor('#444').text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 45, { width: doc.page.width - 144, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm;
}
doc.end();
console.log('wrote', out, 'pages', range.count);
