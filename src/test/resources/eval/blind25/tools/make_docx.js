// Build reports/006_*.docx from the simple text source in src/ with the npm package "docx".
// Source syntax: "@title", "@sub", "# " heading 1, "## " heading 2, "- " bullet,
// "@caption" table caption, "| a | b |" table rows (first row = header), "@end" closing line.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, Header, Footer, PageNumber } = require('docx');

const [,, src, out] = process.argv;
const lines = fs.readFileSync(src, 'utf8').split('\n');
const children = [];
let rows = [];

function flushTable() {
  if (!rows.length) return;
  const trs = rows.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map(c => new TableCell({
      width: { size: Math.floor(9000 / cells.length), type: WidthType.DXA },
      children: [new Paragraph({
        alignment: /^[\d.,]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 || /^Tổng/.test(cells[0]) })],
      })],
    })),
  }));
  children.push(new Table({ rows: trs, width: { size: 9000, type: WidthType.DXA } }));
  children.push(new Paragraph({ text: '' }));
  rows = [];
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith('|')) {
    rows.push(line.split('|').slice(1, -1).map(s => s.trim()));
    continue;
  }
  flushTable();
  if (!line) continue;
  if (line.startsWith('@title ')) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: line.slice(7) }));
  } else if (line.startsWith('@sub ')) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line.slice(5), italics: true })] }));
  } else if (line.startsWith('@caption ')) {
    children.push(new Paragraph({ children: [new TextRun({ text: line.slice(9), bold: true, italics: true })] }));
  } else if (line.startsWith('@end ')) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: line.slice(5), italics: true })] }));
  } else if (line.startsWith('## ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: line.slice(3) }));
  } else if (line.startsWith('# ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: line.slice(2) }));
  } else if (line.startsWith('- ')) {
    children.push(new Paragraph({ bullet: { level: 0 }, text: line.slice(2) }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, text: line }));
  }
}
flushTable();

const doc = new Document({
  creator: 'Cục Lãnh sự',
  title: 'Báo cáo tóm tắt Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2023',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Cục Lãnh sự - Bộ Ngoại giao', size: 18, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log('wrote', out, buf.length, 'bytes'); });
