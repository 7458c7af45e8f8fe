// Build report (c): 2-3 page PDF "printed from a word processor": running header, "Trang x/y" footers.
const fs = require('fs');
const { parse } = require('./srcparse');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 78, bottom: 72, left: 70, right: 62 },
  info: { Title: 'tong_ket_cong_tac_2023.docx', Author: 'VP Bo Ngoai giao', Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016', CreationDate: new Date('2024-01-09T10:15:00+07:00') } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONTDIR + 'DejaVuSerif.ttf');
doc.registerFont('B', FONTDIR + 'DejaVuSerif-Bold.ttf');
doc.registerFont('I', FONTDIR + 'DejaVuSerif-Italic.ttf');
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
doc.font('B').fontSize(13).text(meta.title, { align: 'center' });
doc.moveDown(0.3);
doc.font('I').fontSize(10.5).text(meta.subtitle, { align: 'center' });
doc.moveDown(1);
for (const [kind, val] of blocks) {
  if (kind === 'h1' || kind === 'h2') { doc.moveDown(0.4); doc.font('B').fontSize(11.5).text(val); doc.moveDown(0.3); }
  else if (kind === 'p') {
    const right = val === 'Văn phòng Bộ Ngoại giao';
    doc.font(right ? 'B' : 'R').fontSize(11).text(val, { align: right ? 'right' : 'justify', indent: right ? 0 : 28, lineGap: 3.2, paragraphGap: 7 });
  }
}
// running header + footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom, tm = doc.page.margins.top;
  doc.page.margins.bottom = 0; doc.page.margins.top = 0;
  doc.font('I').fontSize(8.5).fillColor('#444').text(meta.header, 70, 40, { width: W, align: 'left', lineBreak: false });
  doc.moveTo(70, 54).lineTo(70 + W, 54).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bm; doc.page.margins.top = tm;
}
doc.end();
console.log('wrote', out, 'pages', range.count);
