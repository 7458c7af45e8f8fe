// Build report 007 (.pdf) from src/r3_letan_apec_body.txt using npm "pdfkit".
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const BODY = parseFloat(process.env.BODY_PT || '13');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const lines = fs.readFileSync(path.join(__dirname, 'src', 'r3_letan_apec_body.txt'), 'utf8')
  .split('\n').filter(l => l.trim());
let header = '';
const out = path.join(__dirname, '..', 'reports', '007_letan_apec_2017.pdf');

const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 80, bottom: 70, left: 70, right: 70 },
  info: { Title: 'Tổng kết công tác lễ tân Năm APEC 2017', Author: 'Cục Lễ tân Nhà nước', Subject: 'Bản tin Lễ tân Nhà nước số 12/2017' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT);
doc.registerFont('B', BOLD);
const W = doc.page.width - 140;

for (const l of lines) {
  if (l.startsWith('HEADER: ')) { header = l.slice(8); continue; }
  if (l.startsWith('TITLE: ')) {
    doc.font('B').fontSize(19).fillColor('#7a1010').text(l.slice(7), { width: W, align: 'left', lineGap: 3 });
    doc.moveDown(0.4);
  } else if (l.startsWith('DATE: ')) {
    doc.font('R').fontSize(9.5).fillColor('#555555').text(l.slice(6), { width: W });
    doc.moveDown(0.6);
  } else if (l.startsWith('SAPO: ')) {
    doc.font('B').fontSize(11.5).fillColor('black').text(l.slice(6), { width: W, align: 'justify', lineGap: 2 });
    doc.moveDown(0.7);
  } else if (l.startsWith('## ')) {
    doc.moveDown(0.3);
    doc.font('B').fontSize(12.5).fillColor('#7a1010').text(l.slice(3), { width: W });
    doc.moveDown(0.4);
  } else if (l.startsWith('BYLINE: ')) {
    doc.moveDown(0.3);
    doc.font('B').fontSize(11.5).fillColor('black').text(l.slice(8), { width: W, align: 'right' });
  } else {
    doc.font('R').fontSize(BODY).fillColor('black').text(l, { width: W, align: 'justify', lineGap: 3.5, indent: 20 });
    doc.moveDown(0.55);
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saved = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8.5).fillColor('#444444')
    .text(header, 70, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(70, 56).lineTo(70 + W, 56).lineWidth(0.6).strokeColor('#7a1010').stroke();
  doc.moveTo(70, doc.page.height - 52).lineTo(70 + W, doc.page.height - 52).lineWidth(0.4).strokeColor('#888888').stroke();
  doc.font('R').fontSize(9).fillColor('#444444')
    .text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 44, { width: W, align: 'right', lineBreak: false });
  doc.page.margins = saved;
}
doc.end();
console.log('wrote', out, 'pages', range.count);
