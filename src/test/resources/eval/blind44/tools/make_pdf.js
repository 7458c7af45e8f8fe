// Build a 2-3 page PDF bulletin from a src/*.txt file with pdfkit:
// running header on every page, "Trang x/y" footer, text flowing over page breaks.
// usage: node make_pdf.js ../src/XXX.txt ../reports
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const {parse, one} = require('./srcparse');

const [src, outdir] = process.argv.slice(2);
const {meta, blocks} = parse(src);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const ITAL = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf';
const fixed = new Date('2018-07-09T08:00:00Z');
const doc = new PDFDocument({
  size: 'A4', margins: {top: 72, bottom: 72, left: 68, right: 68}, bufferPages: true,
  info: {Title: one(meta, 'doctitle'), Author: one(meta, 'author'), Creator: 'make_pdf.js', CreationDate: fixed, ModDate: fixed},
});
const out = path.join(outdir, one(meta, 'out'));
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD); doc.registerFont('I', ITAL);
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;

for (const b of blocks) {
  if (b.t === 'h1') {
    doc.font('B').fontSize(15).text(b.s, {align: 'center', width: W}); doc.moveDown(0.4);
  } else if (b.t === 'center') {
    doc.font('I').fontSize(10).text(b.s, {align: 'center', width: W}); doc.moveDown(0.8);
  } else if (b.t === 'h2') {
    doc.moveDown(0.3); doc.font('B').fontSize(12).text(b.s, {width: W}); doc.moveDown(0.3);
  } else if (b.t === 'p') {
    doc.font('R').fontSize(11).text(b.s, {align: 'justify', width: W, indent: 18, lineGap: 2.5}); doc.moveDown(0.5);
  } else if (b.t === 'num') {
    doc.font('R').fontSize(11).text(`${b.n}. ${b.s}`, doc.page.margins.left + 18, doc.y, {width: W - 18, lineGap: 2.5});
    doc.moveDown(0.25); doc.x = doc.page.margins.left;
  } else {
    throw new Error('unsupported block ' + b.t);
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  const saveBottom = m.bottom; m.bottom = 0; // allow writing inside the margins
  doc.font('I').fontSize(8.5).fillColor('#444')
    .text(one(meta, 'header'), m.left, 36, {width: W, align: 'left', lineBreak: false});
  doc.moveTo(m.left, 50).lineTo(doc.page.width - m.right, 50).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#444')
    .text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 45, {width: W, align: 'center', lineBreak: false});
  m.bottom = saveBottom;
  doc.fillColor('black');
}
doc.end();
console.log('wrote', path.basename(out), 'pages:', range.count);
