// Build reports/007_ban_tin_da_phuong_so_11_2023.pdf from src/C_content.txt with the npm package `pdfkit`.
// Running header on every page, "Trang x/y" footer, DejaVu Sans (Unicode) font.
// Markup: "# " title, "~ " byline, "## " section heading, other lines = paragraphs.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const ROOT = path.join(__dirname, '..');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const out = path.join(ROOT, 'reports', '007_ban_tin_da_phuong_so_11_2023.pdf');
const lines = fs.readFileSync(path.join(ROOT, 'src', 'C_content.txt'), 'utf8').split('\n');
const BODY_SIZE = parseFloat(process.env.BODY_SIZE || '11');

const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 80, bottom: 70, left: 65, right: 65 },
  info: { Title: 'Bản tin Ngoại giao đa phương số 11/2023', Author: 'Vụ Các tổ chức quốc tế - Bộ Ngoại giao' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', path.join(FONT_DIR, 'DejaVuSans.ttf'));
doc.registerFont('B', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
doc.registerFont('I', path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'));

// masthead on page 1
doc.font('B').fontSize(18).fillColor('#0b3d78').text('BẢN TIN NGOẠI GIAO ĐA PHƯƠNG', { align: 'center' });
doc.font('R').fontSize(10).fillColor('#333')
   .text('Bộ Ngoại giao - Vụ Các tổ chức quốc tế  |  Số 11/2023  |  Lưu hành nội bộ', { align: 'center' });
doc.moveDown(0.3);
doc.moveTo(65, doc.y).lineTo(doc.page.width - 65, doc.y).lineWidth(1.2).strokeColor('#0b3d78').stroke();
doc.moveDown(0.8);

for (const raw of lines) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith('## ')) {
    doc.moveDown(0.4);
    doc.font('B').fontSize(12.5).fillColor('#0b3d78').text(line.slice(3));
    doc.moveDown(0.3);
  } else if (line.startsWith('# ')) {
    doc.font('B').fontSize(15).fillColor('#000').text(line.slice(2), { align: 'left' });
    doc.moveDown(0.3);
  } else if (line.startsWith('~ ')) {
    doc.font('I').fontSize(9.5).fillColor('#555').text(line.slice(2));
    doc.moveDown(0.6);
  } else {
    doc.font('R').fontSize(BODY_SIZE).fillColor('#000')
       .text(line, { align: 'justify', lineGap: 2.5, paragraphGap: 6 });
  }
}

// running header + footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const w = doc.page.width;
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('R').fontSize(8.5).fillColor('#0b3d78')
     .text('Bản tin Ngoại giao đa phương - Số 11/2023 - Tháng 11/2023', 65, 35, { width: w - 130, align: 'left', lineBreak: false });
  doc.text('Lưu hành nội bộ', 65, 35, { width: w - 130, align: 'right', lineBreak: false });
  doc.moveTo(65, 50).lineTo(w - 65, 50).lineWidth(0.5).strokeColor('#999').stroke();
  doc.font('R').fontSize(9).fillColor('#333')
     .text(`Trang ${i + 1}/${range.count}`, 65, doc.page.height - 45, { width: w - 130, align: 'center', lineBreak: false });
  doc.page.margins.bottom = savedBottom;
}
doc.end();
console.log('wrote', out, 'pages:', range.count);
