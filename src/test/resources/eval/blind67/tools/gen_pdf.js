// Builds the PDF report from src/r07_baoho_ngudan.src.txt using npm "pdfkit"
const fs = require('fs');
const PDFDocument = require('pdfkit');
const { parse } = require('./srcparse');
const [,, src, out] = process.argv;
const { one, blocks } = parse(src);
const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 78, right: 66 }, bufferPages: true,
  info: { Title: one('subtitle'), Author: 'Cục Lãnh sự', Creator: 'Microsoft® Word 2019', Producer: 'Microsoft® Word 2019', CreationDate: new Date('2024-07-25T09:12:00+07:00') } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONTDIR + 'DejaVuSerif.ttf');
doc.registerFont('B', FONTDIR + 'DejaVuSerif-Bold.ttf');
doc.registerFont('I', FONTDIR + 'DejaVuSerif-Italic.ttf');
const W = doc.page.width - 78 - 66;
doc.font('B').fontSize(15).text(one('title'), { align: 'center' });
doc.moveDown(0.3).font('B').fontSize(12.5).text(one('subtitle'), { align: 'center' });
doc.moveDown(0.3).font('I').fontSize(10.5).text(one('note'), { align: 'center' });
doc.moveDown(1);
for (const b of blocks) {
  if (b.t === 'h1') { doc.moveDown(0.5).font('B').fontSize(12).text(b.text); doc.moveDown(0.3); }
  else if (b.t === 'num') { doc.font('R').fontSize(11).text(b.n + '.  ' + b.text, { align: 'justify', indent: 0, lineGap: 3 }); doc.moveDown(0.2); }
  else { doc.font('R').fontSize(11).text(b.text, { align: 'justify', indent: 28, lineGap: 3 }); doc.moveDown(0.45); }
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(8.5).fillColor('#444').text(one('header'), 78, 36, { width: W, align: 'right', lineBreak: false });
  doc.moveTo(78, 50).lineTo(78 + W, 50).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, 78, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm;
}
doc.end();
console.log('wrote', out);
