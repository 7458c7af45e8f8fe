// Build reports/007_... .pdf with npm "pdfkit" (DejaVu Sans) from src/007_hnng32.txt
// Running header and "Trang x/y" footer on every page; body text flows so one paragraph splits over a page break.
const fs = require('fs'), path = require('path');
const PDFDocument = require('pdfkit');
const parse = require('./srcparse');
const ROOT = path.resolve(__dirname, '..');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const { meta, blocks } = parse(path.join(ROOT, 'src', '007_hnng32.txt'));
const out = path.join(ROOT, 'reports', '007_hoi_nghi_ngoai_giao_32.pdf');
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true,
  info: { Title: 'Hội nghị Ngoại giao lần thứ 32', Author: 'Bộ Ngoại giao' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', FONTB);
const size = Number(process.env.BODY_SIZE || 12.5);
for (const [kind, val] of blocks) {
  if (kind === 'h1') { doc.font('B').fontSize(17).text(val, { align: 'center' }); doc.moveDown(0.8); }
  else if (kind === 'h2') { doc.moveDown(0.3); doc.font('B').fontSize(13).text(val); doc.moveDown(0.3); }
  else if (kind === 'p') { doc.font('R').fontSize(size).text(val, { align: 'justify', lineGap: 3 }); doc.moveDown(0.6); }
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const mb = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('R').fontSize(8.5).fillColor('#444').text(meta.header, 64, 34, { width: doc.page.width - 128, align: 'center', lineBreak: false });
  doc.moveTo(64, 50).lineTo(doc.page.width - 64, 50).strokeColor('#999').stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 48, { width: doc.page.width - 128, align: 'center', lineBreak: false });
  doc.page.margins.bottom = mb; doc.fillColor('black');
}
doc.end();
console.log('wrote', out, 'pages', range.count);
