// Build reports/006_*.docx from src/006_baohocongdan2024.txt with the npm package `docx`.
// Markup: "!TITLE/!SUBTITLE/!CENTER/!RIGHT text", "# h1", "## h2", "- bullet",
// "TABLE: a|b|c" (consecutive lines = one table, first row = header), other lines = paragraphs.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        AlignmentType, WidthType, LevelFormat, Header, Footer, PageNumber } = require('docx');

const root = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(root, 'src', '006_baohocongdan2024.txt'), 'utf8').split('\n');
const children = [];
let table = null;
const FONT = 'Times New Roman';

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, r) => new TableRow({
    tableHeader: r === 0,
    children: cells.map((c, i) => new TableCell({
      width: { size: i === 0 ? 5000 : 2000, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
        children: [new TextRun({ text: c, bold: r === 0 || /^Tổng/.test(cells[0]), font: FONT, size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows }));
  children.push(new Paragraph({ text: '' }));
  table = null;
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line) continue;
  if (line.startsWith('TABLE: ')) { (table = table || []).push(line.slice(7).split('|')); continue; }
  flushTable();
  let m;
  if ((m = line.match(/^!(TITLE|SUBTITLE|CENTER|RIGHT) (.*)$/))) {
    const kind = m[1];
    children.push(new Paragraph({
      alignment: kind === 'RIGHT' ? AlignmentType.RIGHT : AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: m[2], font: FONT, bold: kind === 'TITLE', italics: kind === 'CENTER' || kind === 'RIGHT',
                               size: kind === 'TITLE' ? 30 : 26 })],
    }));
  } else if (line.startsWith('## ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: line.slice(3), font: FONT })] }));
  } else if (line.startsWith('# ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: line.slice(2), font: FONT })] }));
  } else if (line.startsWith('- ')) {
    children.push(new Paragraph({ numbering: { reference: 'dash', level: 0 },
      children: [new TextRun({ text: line.slice(2), font: FONT, size: 26 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: line, font: FONT, size: 26 })] }));
  }
}
flushTable();

const doc = new Document({
  creator: 'Cuc Lanh su', title: 'Bao cao tom tat Hoi nghi cong tac lanh su va bao ho cong dan 2024',
  numbering: { config: [{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-',
    alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: {},
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => {
  const out = path.join(root, 'reports', '006_baohocongdan_2024.docx');
  fs.writeFileSync(out, buf);
  console.log('wrote', out);
});
