// Build reports/006_hoi_nghi_lanh_su_danh_du_lan_3.docx from src/B_content.txt with the npm package `docx`.
// Markup: "@ " letterhead line, "# " title (Heading 1), "## " Heading 2, "~ " italic date line,
// "> " table caption, "| a | b" table rows (first row = header), "- " bullet, other lines = paragraphs.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
        TableCell, WidthType, BorderStyle } = require('docx');

const ROOT = path.join(__dirname, '..');
const lines = fs.readFileSync(path.join(ROOT, 'src', 'B_content.txt'), 'utf8').split('\n');
const children = [];
let rows = [];

function flushTable() {
  if (!rows.length) return;
  const ncol = rows[0].length;
  const trs = rows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map(c => new TableCell({
      width: { size: Math.floor(9000 / ncol), type: WidthType.DXA },
      children: [new Paragraph({
        alignment: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 || c === 'Tổng cộng' })],
      })],
    })),
  }));
  children.push(new Table({ rows: trs, width: { size: 9000, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: '' }));
  rows = [];
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith('| ')) {
    rows.push(line.slice(2).split(' | ').map(s => s.trim()));
    continue;
  }
  flushTable();
  if (!line) continue;
  if (line.startsWith('@ ')) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(2), bold: true, size: 24 })] }));
  } else if (line.startsWith('## ')) {
    children.push(new Paragraph({ text: line.slice(3), heading: HeadingLevel.HEADING_2 }));
  } else if (line.startsWith('# ')) {
    children.push(new Paragraph({ text: line.slice(2), heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER }));
  } else if (line.startsWith('~ ')) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: line.slice(2), italics: true })] }));
  } else if (line.startsWith('> ')) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(2), bold: true, italics: true })] }));
  } else if (line.startsWith('- ')) {
    children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED,
      children: [new TextRun(line)] }));
  }
}
flushTable();

const doc = new Document({
  creator: 'Cục Lãnh sự - Bộ Ngoại giao',
  title: 'Hội nghị Lãnh sự danh dự của Việt Nam lần thứ ba',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  sections: [{ children }],
});
const out = path.join(ROOT, 'reports', '006_hoi_nghi_lanh_su_danh_du_lan_3.docx');
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log('wrote', out); });
