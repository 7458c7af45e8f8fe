// 007: a 2-3 page PDF with a running header, "Trang x/y" footers and a
// paragraph that flows over a page break (pdfkit, DejaVu fonts for Vietnamese).
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { SRC, REPORTS, reportName, parseSrc, blocks } = require('./common');

const FONT_DIR = '/usr/share/fonts/truetype/dejavu/';
const REG = FONT_DIR + 'DejaVuSerif.ttf';
const BOLD = FONT_DIR + 'DejaVuSerif-Bold.ttf';
const ITAL = FONT_DIR + 'DejaVuSerif-Italic.ttf';
const SIZE = Number(process.env.PDF_FONT_SIZE || 13);

const src = path.join(SRC, '007_hn_tong_ket_ttdn_2016.txt');
const { meta, body } = parseSrc(src);
fs.mkdirSync(REPORTS, { recursive: true });
const out = path.join(REPORTS, reportName(7, src, 'pdf'));

const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 80, bottom: 80, left: 72, right: 72 },
  info: { Title: meta.title[0], Author: 'Vụ Thông tin Báo chí', CreationDate: new Date('2017-01-09T08:00:00+07:00') } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('reg', REG); doc.registerFont('bold', BOLD); doc.registerFont('ital', ITAL);

const W = doc.page.width - 144;
doc.font('bold').fontSize(14).text(meta.title[0], { align: 'center', width: W });
doc.moveDown(0.3);
doc.font('ital').fontSize(11).text(meta.subtitle[0], { align: 'center', width: W });
doc.moveDown(1);

for (const blk of blocks(body)) {
  if (blk[0].startsWith('# ')) {
    doc.moveDown(0.4);
    doc.font('bold').fontSize(12).text(blk[0].slice(2), { width: W });
    doc.moveDown(0.3);
  } else if (blk[0].startsWith('- ')) {
    for (const l of blk) {
      doc.font('reg').fontSize(SIZE).text('•  ' + l.slice(2), { width: W - 18, indent: 0, align: 'justify',
        continued: false, lineGap: 2 });
      doc.moveDown(0.2);
    }
    doc.moveDown(0.3);
  } else {
    doc.font('reg').fontSize(SIZE).text(blk.join(' '), { width: W, align: 'justify', indent: 24, lineGap: 2 });
    doc.moveDown(0.5);
  }
}
doc.moveDown(0.5);
doc.font('ital').fontSize(SIZE).text(meta.end[0], { align: 'right', width: W });

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saveTop = doc.page.margins.top, saveBottom = doc.page.margins.bottom;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font('ital').fontSize(8.5).fillColor('#444')
    .text(meta.header[0], 72, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(72, 54).lineTo(72 + W, 54).lineWidth(0.5).strokeColor('#888').stroke();
  doc.font('reg').fontSize(9).fillColor('#000')
    .text('Trang ' + (i + 1) + '/' + range.count, 72, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.top = saveTop; doc.page.margins.bottom = saveBottom;
}
doc.end();
console.log(out);
