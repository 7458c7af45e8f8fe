// Builds reports/hoi-nghi-ngoai-giao-27-2012.pdf with pdfkit + DejaVuSans
const fs = require('fs'); const PDFDocument = require('pdfkit');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const lines = fs.readFileSync('src/pdf_text.txt', 'utf8').split('\n').filter(l => l.trim());
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, bufferPages: true, info: { Title: 'Hội nghị Ngoại giao lần thứ 27', Author: 'Bản tin Ngoại giao' } });
doc.pipe(fs.createWriteStream('../reports/hoi-nghi-ngoai-giao-27-2012.pdf'));
doc.registerFont('dv', FONT); doc.font('dv');
doc.fontSize(18).text(lines[0], { align: 'center' }); doc.moveDown(1);
doc.fontSize(12.5);
for (const l of lines.slice(1)) { doc.text(l, { align: 'justify', lineGap: 3 }); doc.moveDown(0.6); }
const range = doc.bufferedPageRange(); const n = range.count;
for (let i = 0; i < n; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins.bottom; doc.page.margins.bottom = 0; doc.page.margins.top = 0;
  doc.fontSize(9).text('BẢN TIN NGOẠI GIAO – Số đặc biệt Hội nghị Ngoại giao 27 (12/2012)', 72, 36, { width: doc.page.width - 144, align: 'center' });
  doc.moveTo(72, 50).lineTo(doc.page.width - 72, 50).stroke();
  doc.fontSize(9).text(`Trang ${i + 1}/${n}`, 72, doc.page.height - 45, { width: doc.page.width - 144, align: 'center' });
  doc.page.margins.bottom = m;
}
doc.end();
console.log('pages', n);
