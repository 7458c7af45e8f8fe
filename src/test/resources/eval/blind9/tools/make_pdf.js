// Build an A4 PDF bulletin with running header and "Trang x/y" footers using npm "pdfkit".
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const lines = fs.readFileSync(src, 'utf8').split('\n').filter(l => l.trim());
const doc = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 80, bottom: 80, left: 70, right: 70 } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD);
for (const l of lines) {
  if (l.startsWith('# ')) doc.font('B').fontSize(18).text(l.slice(2), { align: 'center' }).moveDown(0.6);
  else if (l.startsWith('> ')) doc.font('R').fontSize(10).fillColor('#555').text(l.slice(2), { align: 'center' }).fillColor('black').moveDown(0.8);
  else if (l.startsWith('## ')) doc.moveDown(0.3).font('B').fontSize(12.5).text(l.slice(3)).moveDown(0.3);
  else doc.font('R').fontSize(12).text(l, { align: 'justify', lineGap: 3 }).moveDown(0.5);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8.5).fillColor('#444')
     .text('BỘ NGOẠI GIAO – Bản tin Hội nghị Trưởng Cơ quan đại diện 2025', 70, 40, { width: doc.page.width - 140, align: 'left' });
  doc.moveTo(70, 55).lineTo(doc.page.width - 70, 55).stroke('#999');
  doc.text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 50, { width: doc.page.width - 140, align: 'center' });
  doc.page.margins = m;
}
doc.end();
