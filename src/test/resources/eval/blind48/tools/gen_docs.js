// Build the Word (006) and PDF (007) reports from src/ plain text.
const fs = require('fs'), path = require('path');
const ROOT = path.resolve(__dirname, '..');
const NAMES = JSON.parse(fs.readFileSync(path.join(ROOT, 'tools/names.json'), 'utf8'));
const src = n => fs.readFileSync(path.join(ROOT, 'src', n), 'utf8').split('\n');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, Header, Footer } = require('docx');
const PDFDocument = require('pdfkit');

async function buildDocx() {
  const lines = src('006_docx.txt');
  const children = []; let header = '', footer = ''; let rows = [];
  const flushTable = () => {
    if (!rows.length) return;
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((r, i) => new TableRow({ children: r.map((c, j) => new TableCell({
        children: [new Paragraph({ alignment: j ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
    children.push(new Paragraph(''));
    rows = [];
  };
  for (const line of lines) {
    if (line.startsWith('|')) { rows.push(line.slice(1).split('|').map(s => s.trim())); continue; }
    flushTable();
    if (line.startsWith('@header:')) header = line.slice(8).trim();
    else if (line.startsWith('@footer:')) footer = line.slice(8).trim();
    else if (line.startsWith('# ')) children.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
    else if (line.startsWith('## ')) children.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_1 }));
    else if (line.startsWith('- ')) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    else if (line.trim()) children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flushTable();
  children.push(new Paragraph({ children: [new TextRun({ text: footer, italics: true })] }));
  const doc = new Document({ creator: 'Văn phòng Bộ Ngoại giao', title: 'Báo cáo tóm tắt Hội nghị sơ kết 9 tháng 2021',
    sections: [{ headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: header, bold: true })] })] }) },
                 children }] });
  fs.writeFileSync(path.join(ROOT, 'reports', NAMES['006']), await Packer.toBuffer(doc));
}

function buildPdf() {
  const lines = src('007_pdf.txt');
  const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 }, bufferPages: true,
    info: { Title: 'Tổng hợp kết quả Hội nghị Trưởng Cơ quan đại diện giữa nhiệm kỳ 2022', Author: 'Vụ Tổng hợp kinh tế' } });
  doc.pipe(fs.createWriteStream(path.join(ROOT, 'reports', NAMES['007'])));
  doc.registerFont('R', FONT); doc.registerFont('B', BOLD);
  let header = '', footer = '';
  for (const line of lines) {
    if (line.startsWith('@header:')) { header = line.slice(8).trim(); continue; }
    if (line.startsWith('@footer:')) { footer = line.slice(8).trim(); continue; }
    if (line.startsWith('# ')) doc.font('B').fontSize(13.5).text(line.slice(2), { align: 'center' }).moveDown(0.8);
    else if (line.startsWith('## ')) doc.moveDown(0.4).font('B').fontSize(11.5).text(line.slice(3)).moveDown(0.3);
    else if (line.trim()) doc.font('R').fontSize(11).text(line, { align: 'justify', lineGap: 3.2, indent: 20 }).moveDown(0.5);
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('R').fontSize(8.5).fillColor('#555')
      .text(header, 70, 36, { width: doc.page.width - 140, align: 'center', lineBreak: false });
    doc.moveTo(70, 52).lineTo(doc.page.width - 70, 52).strokeColor('#999').stroke();
    doc.text(footer, 70, doc.page.height - 46, { width: 300, lineBreak: false });
    doc.text(`Trang ${i + 1}/${range.count}`, doc.page.width - 170, doc.page.height - 46, { width: 100, align: 'right', lineBreak: false });
    doc.page.margins = m; doc.fillColor('black');
  }
  doc.end();
}

buildDocx().then(buildPdf);
