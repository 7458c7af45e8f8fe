// Build reports/007_*.pdf from src/007_ngoai_giao_kinh_te.txt with pdfkit + DejaVu fonts.
// Running header and "Trang x/y" footer on every page (bufferPages), text flows across page breaks.
const fs = require('fs'), path = require('path'), PDFDocument = require('pdfkit');
const root = path.resolve(__dirname, '..');
const F = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 }, bufferPages: true,
  info: { Title: 'Tóm tắt Hội nghị Ngoại giao kinh tế 2024', Author: 'Vụ Tổng hợp kinh tế' } });
const out = path.join(root, 'reports/007_hoi_nghi_ngoai_giao_kinh_te_2024.pdf');
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', F + 'DejaVuSans.ttf'); doc.registerFont('B', F + 'DejaVuSans-Bold.ttf'); doc.registerFont('I', F + 'DejaVuSans-Oblique.ttf');
for (const l of fs.readFileSync(path.join(root, 'src/007_ngoai_giao_kinh_te.txt'), 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const [k, ...r] = l.split(': '); const t = r.join(': ');
  if (k === 'TITLE') doc.font('B').fontSize(13.5).text(t, { align: 'center' }).moveDown(0.3);
  else if (k === 'SUB') doc.font('I').fontSize(10).text(t, { align: 'center' }).moveDown(1);
  else if (k === 'H') doc.moveDown(0.4).font('B').fontSize(11.5).text(t).moveDown(0.3);
  else doc.font('R').fontSize(11.5).text(t, { align: 'justify', lineGap: 3.5, indent: 20 }).moveDown(0.5);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('I').fontSize(8.5).fillColor('#444')
    .text('BỘ NGOẠI GIAO - Hội nghị Ngoại giao kinh tế phục vụ phát triển đất nước năm 2024', 70, 40, { width: 455, align: 'center', lineBreak: false });
  doc.moveTo(70, 54).lineTo(525, 54).strokeColor('#888').stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, 70, 800, { width: 455, align: 'center', lineBreak: false });
  doc.page.margins = m;
}
doc.end();
console.log(out);
