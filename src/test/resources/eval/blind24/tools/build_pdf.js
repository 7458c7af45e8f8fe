// Build reports/007_*.pdf from a text source with the npm package `pdfkit` and DejaVu fonts.
// Running header on every page, "Trang x/y" footer on every page (bufferPages), text flows over page breaks.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [,, src, out] = process.argv;
const F = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 78, bottom: 72, left: 68, right: 60 }, bufferPages: true,
  info: { Title: 'Tom tat Hoi nghi tong ket cong tac lanh su va bao ho cong dan 2023', Author: 'Cuc Lanh su' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', F + 'DejaVuSerif.ttf');
doc.registerFont('B', F + 'DejaVuSerif-Bold.ttf');
doc.registerFont('S', F + 'DejaVuSans.ttf');
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const raw of fs.readFileSync(src, 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith('@title ')) { doc.font('B').fontSize(13).text(line.slice(7), { align: 'center', width: W }); doc.moveDown(0.4); }
  else if (line.startsWith('@center ')) { doc.font('R').fontSize(10.5).text(line.slice(8), { align: 'center', width: W }); doc.moveDown(0.6); }
  else if (line.startsWith('# ')) { doc.moveDown(0.3); doc.font('B').fontSize(11.5).text(line.slice(2), { width: W }); doc.moveDown(0.3); }
  else if (line.startsWith('- ')) { doc.font('R').fontSize(11.5).text('–  ' + line.slice(2), { width: W - 18, indent: 0, align: 'justify', lineGap: 3 }); doc.moveDown(0.25); }
  else { doc.font('R').fontSize(11.5).text(line, { width: W, align: 'justify', indent: 22, lineGap: 3 }); doc.moveDown(0.45); }
}
const range = doc.bufferedPageRange();
for (let k = range.start; k < range.start + range.count; k++) {
  doc.switchToPage(k);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('S').fontSize(8.5).fillColor('#444')
     .text('BỘ NGOẠI GIAO - CỤC LÃNH SỰ', m.left, 34, { width: W, align: 'left', lineBreak: false });
  doc.text('Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2023', m.left, 34, { width: W, align: 'right', lineBreak: false });
  doc.moveTo(m.left, 48).lineTo(m.left + W, 48).lineWidth(0.5).strokeColor('#888').stroke();
  doc.text(`Trang ${k + 1}/${range.count}`, m.left, doc.page.height - 46, { width: W, align: 'center', lineBreak: false });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
console.log('wrote', out, range.count, 'pages');
