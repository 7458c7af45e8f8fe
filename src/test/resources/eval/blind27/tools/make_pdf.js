// Build reports/007_*.pdf from src/007_ngoai_giao_kinh_te.txt with pdfkit + DejaVu fonts.
// Running header and "Trang x/y" footer drawn on every page after layout (bufferPages).
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const F = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true,
  info: { Title: 'Báo cáo nhanh Hội nghị Ngoại giao kinh tế năm 2024', Author: 'Vụ Tổng hợp kinh tế' } });
doc.registerFont('R', F + 'DejaVuSans.ttf'); doc.registerFont('B', F + 'DejaVuSans-Bold.ttf'); doc.registerFont('I', F + 'DejaVuSans-Oblique.ttf');
doc.pipe(fs.createWriteStream(out));
for (const l of fs.readFileSync(src, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  if (l.startsWith('#T ')) doc.font('B').fontSize(13).text(l.slice(3), { align: 'center' });
  else if (l.startsWith('#S ')) { doc.font('I').fontSize(10).text(l.slice(3), { align: 'center' }); doc.moveDown(); }
  else if (l.startsWith('# ')) { doc.moveDown(0.5); doc.font('B').fontSize(11.5).text(l.slice(2)); doc.moveDown(0.3); }
  else if (l.startsWith('- ')) doc.font('R').fontSize(11).text('•  ' + l.slice(2), { indent: 14, align: 'justify', lineGap: 3 });
  else { doc.font('R').fontSize(11).text(l, { align: 'justify', lineGap: 3, indent: 20 }); doc.moveDown(0.4); }
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('I').fontSize(8.5).fillColor('#444')
     .text('BỘ NGOẠI GIAO - Vụ Tổng hợp kinh tế | Báo cáo nhanh Hội nghị Ngoại giao kinh tế năm 2024', 72, 40, { width: doc.page.width - 144, align: 'center' });
  doc.moveTo(72, 55).lineTo(doc.page.width - 72, 55).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center' });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
