// Build report 007 as a 2-3 page PDF "printed from a word processor":
// running header, "Trang x/y" footer, paragraphs flowing over page breaks.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const { parse } = require('./parse');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true,
  info: { Title: meta.subtitle, Author: 'Học viện Ngoại giao', Creator: 'Microsoft Word', Producer: 'Microsoft: Print To PDF' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD);
doc.font('B').fontSize(14).text(meta.title, { align: 'center' });
doc.moveDown(0.3);
doc.font('B').fontSize(11.5).text(meta.subtitle, { align: 'center' });
doc.moveDown(1);
for (const [kind, val] of blocks) {
  if (kind === 'h') { doc.moveDown(0.4); doc.font('B').fontSize(11.5).text(val); doc.moveDown(0.3); }
  else if (kind === 'p') { doc.font('R').fontSize(11.5).text(val, { align: 'justify', indent: 28, lineGap: 2.5, paragraphGap: 6 }); }
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(9).fillColor('#444').text(meta.header, 72, 40, { width: doc.page.width - 144, align: 'center' });
  doc.moveTo(72, 56).lineTo(doc.page.width - 72, 56).lineWidth(0.5).stroke('#888');
  doc.text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center' });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
