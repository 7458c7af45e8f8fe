// Builds reports/007_*.pdf with pdfkit, as if printed from a word processor:
// running header, "Trang x/y" footer, text flowing across page breaks.
const fs = require('fs');
const { parse } = require('./markup');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FD = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 60 }, bufferPages: true,
  info: { Title: meta.subtitle, Author: 'Văn phòng Bộ Ngoại giao', Creator: 'Microsoft Word', Producer: 'Microsoft: Print To PDF' } });
doc.registerFont('R', FD + 'DejaVuSans.ttf');
doc.registerFont('B', FD + 'DejaVuSans-Bold.ttf');
doc.registerFont('I', FD + 'DejaVuSans-Oblique.ttf');
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width - 130;
doc.font('B').fontSize(15).text(meta.title, { align: 'center' });
doc.font('B').fontSize(12.5).text(meta.subtitle, { align: 'center' });
doc.moveDown(0.3).font('I').fontSize(10).text(meta.dateline, { align: 'center' });
doc.moveDown(1);
for (const b of blocks) {
  if (b.type === 'h1') { doc.moveDown(0.4).font('B').fontSize(11.5).text(b.text); doc.moveDown(0.3); }
  else if (b.type === 'p') { doc.font('R').fontSize(11).text(b.text, { align: 'justify', indent: 24, lineGap: 4.5 }); doc.moveDown(0.5); }
  else if (b.type === 'ol') { b.items.forEach((it, i) => { doc.font('R').fontSize(11).text(`${i + 1}. ${it}`, { indent: 0, lineGap: 3, align: 'left', width: W - 20, continued: false }); doc.moveDown(0.15); }); doc.moveDown(0.4); }
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('I').fontSize(8.5).fillColor('#444').text(meta.header, 70, 36, { width: W, align: 'left', lineBreak: false });
  doc.moveTo(70, 50).lineTo(70 + W, 50).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
