// Build a 2-3 page PDF report with running header and "Trang x/y" footers from a src/*.txt source.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const { parse } = require('./srcparse');

const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const ITAL = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf';

const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 68, right: 62 }, bufferPages: true,
  info: { Title: meta.subtitle, Author: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD); doc.registerFont('I', ITAL);
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
const body = { width: W, align: 'justify', lineGap: 2.5, paragraphGap: 6 };

doc.font('B').fontSize(10).text(meta.org, { width: W, align: 'left' });
doc.font('I').fontSize(10).text(meta.place_date, { width: W, align: 'right' });
doc.moveDown(1);
doc.font('B').fontSize(15).text(meta.title, { width: W, align: 'center' });
doc.font('B').fontSize(12).text(meta.subtitle, { width: W, align: 'center' });
doc.moveDown(1);

for (const [kind, val] of blocks) {
  if (kind === 'h1') { doc.moveDown(0.4); doc.font('B').fontSize(11.5).text(val, { width: W }); doc.moveDown(0.2); }
  else if (kind === 'p') doc.font('R').fontSize(11).text(val, body);
  else if (kind === 'ul') doc.font('R').fontSize(11).text('–  ' + val, { ...body, indent: 0, paragraphGap: 3 });
  else if (kind === 'ol') doc.font('R').fontSize(11).text(val, { ...body, paragraphGap: 3 });
}
doc.moveDown(1.5);
doc.font('B').fontSize(11).text(meta.sign, { width: W, align: 'right' });

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saveB = doc.page.margins.bottom, saveT = doc.page.margins.top;
  doc.page.margins.bottom = 0; doc.page.margins.top = 0;
  doc.font('I').fontSize(8.5).fillColor('#444444')
    .text(meta.header, doc.page.margins.left, 36, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(doc.page.margins.left, 50).lineTo(doc.page.width - doc.page.margins.right, 50).lineWidth(0.5).stroke('#888888');
  doc.font('R').fontSize(9).fillColor('#000000')
    .text(`Trang ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = saveB; doc.page.margins.top = saveT;
}
doc.end();
