// Build reports/007_...pdf from src/007_bao-ho-cong-dan.txt with pdfkit + DejaVu fonts.
// Running header and "Trang x/y" footer on every page (buffered pages).
const fs = require('fs'), path = require('path'), PDFDocument = require('pdfkit');
const root = path.resolve(__dirname, '..');
const F = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 68, right: 68 }, bufferPages: true, info: { Title: 'Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2023', Author: 'Cục Lãnh sự - Bộ Ngoại giao' } });
doc.registerFont('R', F + 'DejaVuSans.ttf'); doc.registerFont('B', F + 'DejaVuSans-Bold.ttf');
doc.pipe(fs.createWriteStream(path.join(root, 'reports/007_cuc-lanh-su_tong-ket-bao-ho-cong-dan-2023.pdf')));
for (const line of fs.readFileSync(path.join(root, 'src/007_bao-ho-cong-dan.txt'), 'utf8').split('\n')) {
  if (line.startsWith('# ')) doc.font('B').fontSize(14).text(line.slice(2), { align: 'center' }).moveDown(0.3);
  else if (line.startsWith('## ')) doc.font('B').fontSize(12).text(line.slice(3)).moveDown(0.3);
  else if (line.startsWith('P: ')) doc.font('R').fontSize(11.5).text(line.slice(3), { align: 'justify', lineGap: 4 }).moveDown(0.6);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8.5).fillColor('#555')
     .text('BỘ NGOẠI GIAO - CỤC LÃNH SỰ | Tổng kết công tác lãnh sự và bảo hộ công dân năm 2023', 68, 36, { width: 459, align: 'center' });
  doc.moveTo(68, 52).lineTo(527, 52).strokeColor('#999').stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 68, 800, { width: 459, align: 'center' });
  doc.fillColor('black'); doc.page.margins = m;
}
doc.end(); console.log('ok');
