// Builds the 2-3 page PDF from src/007_pdf.txt with pdfkit + DejaVu fonts.
const fs = require('fs'), path = require('path');
const { parse } = require('./srcparse');
const PDFDocument = require('pdfkit');
const [src, outdir] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FD = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 85, bottom: 85, left: 72, right: 72 },
  info: { Title: meta.title, Author: 'Sở Ngoại vụ tỉnh Cao Bằng', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016' } });
doc.pipe(fs.createWriteStream(path.join(outdir, meta.out)));
doc.registerFont('R', FD + 'DejaVuSerif.ttf'); doc.registerFont('B', FD + 'DejaVuSerif-Bold.ttf'); doc.registerFont('I', FD + 'DejaVuSerif-Italic.ttf');
doc.font('B').fontSize(14).text(meta.title, { align: 'center' });
doc.moveDown(0.3).font('I').fontSize(10.5).text(meta.subtitle, { align: 'center' });
doc.moveDown(1);
for (const [kind, val] of blocks) {
  if (kind === 'h2') { if (doc.y > doc.page.height - doc.page.margins.bottom - 70) doc.addPage(); doc.moveDown(0.4).font('B').fontSize(12).text(val).moveDown(0.3); }
  else doc.font('R').fontSize(12).text(val, { align: 'justify', lineGap: 4.5, indent: 24, paragraphGap: 7 });
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(8.5).fillColor('#444').text(meta.header, 72, 40, { width: doc.page.width - 144, align: 'center', lineBreak: false });
  doc.moveTo(72, 55).lineTo(doc.page.width - 72, 55).lineWidth(0.5).stroke('#888');
  doc.font('R').fontSize(9).text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm; doc.fillColor('black');
}
doc.end();
console.log('wrote', meta.out, range.count, 'pages');
