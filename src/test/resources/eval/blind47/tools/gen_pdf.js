// Build report 007 (.pdf) from src/007_bien_gioi.txt using npm "pdfkit" and DejaVu fonts.
const fs = require('fs'); const path = require('path'); const PDFDocument = require('pdfkit');
const ROOT = path.resolve(__dirname, '..');
const F = '/usr/share/fonts/truetype/dejavu/';
const lines = fs.readFileSync(path.join(ROOT, 'src/007_bien_gioi.txt'), 'utf8').split('\n').filter(l => l.trim());
let header = '';
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 }, bufferPages: true,
  info: { Title: 'Hoi nghi tong ket cong tac bien gioi lanh tho nam 2019', Author: 'Uy ban Bien gioi quoc gia' } });
doc.pipe(fs.createWriteStream(path.join(ROOT, 'reports/007_025e292b73b9c8a2.pdf')));
doc.registerFont('R', F + 'DejaVuSerif.ttf'); doc.registerFont('B', F + 'DejaVuSerif-Bold.ttf'); doc.registerFont('S', F + 'DejaVuSans.ttf');
const W = doc.page.width - 140;
for (const l of lines) {
  if (l.startsWith('@header:')) { header = l.slice(8).trim(); continue; }
  if (l.startsWith('#T ')) { doc.font('B').fontSize(14).text(l.slice(3), { align: 'center' }); doc.moveDown(0.3); }
  else if (l.startsWith('#S ')) { doc.font('R').fontSize(11).text(l.slice(3), { align: 'center' }); doc.moveDown(0.8); }
  else if (l.startsWith('#H ')) { doc.moveDown(0.4); doc.font('B').fontSize(12).text(l.slice(3)); doc.moveDown(0.3); }
  else { doc.font('R').fontSize(12.5).text(l, { align: 'justify', lineGap: 5, indent: 24 }); doc.moveDown(0.5); }
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('S').fontSize(8.5).fillColor('#444').text(header.replace(' | ', ' — '), 70, 36, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(70, 52).lineTo(70 + W, 52).lineWidth(0.5).stroke('#888');
  doc.font('S').fontSize(9).text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 45, { width: W, align: 'right', lineBreak: false });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end(); console.log('wrote 007 pages=' + range.count);
