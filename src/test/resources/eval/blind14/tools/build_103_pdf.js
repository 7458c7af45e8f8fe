// Builds the A4 PDF bulletin (103) with pdfkit + DejaVu fonts; header/footer stamped after layout (bufferPages).
const fs = require('fs'), path = require('path');
const PDFDocument = require('pdfkit');
const out = process.argv[2] || '../reports/103_ban-tin-boi-duong-dai-su-tong-lanh-su-2024.pdf';
const F = '/usr/share/fonts/truetype/dejavu/';
const lines = fs.readFileSync(path.join(__dirname, 'src/103_article.txt'), 'utf8').split('\n').filter(Boolean);
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 70, left: 65, right: 65 }, bufferPages: true, info: { Title: lines[0], Author: 'Học viện Ngoại giao', Subject: 'Bản tin Đào tạo số 06/2024' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', F + 'DejaVuSerif.ttf'); doc.registerFont('B', F + 'DejaVuSerif-Bold.ttf'); doc.registerFont('I', F + 'DejaVuSerif-Italic.ttf'); doc.registerFont('S', F + 'DejaVuSans.ttf');
doc.font('S').fontSize(9).fillColor('#555').text('Hà Nội, 17/6/2024  |  Tin hoạt động', { align: 'left' });
doc.moveDown(0.6);
doc.font('B').fontSize(19).fillColor('#0b3d6e').text(lines[0], { align: 'left' });
doc.moveDown(0.6);
doc.font('B').fontSize(11.5).fillColor('black').text(lines[1], { align: 'justify', lineGap: 2 });
doc.moveDown(0.6);
for (const l of lines.slice(2)) {
  if (l.startsWith('## ')) { doc.moveDown(0.3); doc.font('B').fontSize(13).fillColor('#0b3d6e').text(l.slice(3)); doc.moveDown(0.3); continue; }
  doc.font('R').fontSize(11.5).fillColor('black').text(l, { align: 'justify', lineGap: 3, paragraphGap: 8 });
}
doc.moveDown(0.5);
doc.font('I').fontSize(10.5).text('Ban Biên tập Bản tin Đào tạo', { align: 'right' });
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('S').fontSize(8.5).fillColor('#0b3d6e').text('HỌC VIỆN NGOẠI GIAO  •  BẢN TIN ĐÀO TẠO SỐ 06/2024', 65, 38, { width: 465, align: 'left', lineBreak: false });
  doc.moveTo(65, 54).lineTo(530, 54).lineWidth(0.5).strokeColor('#0b3d6e').stroke();
  doc.font('S').fontSize(9).fillColor('#444').text(`Trang ${i + 1}/${range.count}`, 65, 800, { width: 465, align: 'center', lineBreak: false });
  doc.page.margins = m;
}
doc.end();
console.log('wrote', out);
