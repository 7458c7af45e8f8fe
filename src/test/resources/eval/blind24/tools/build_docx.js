// Build reports/006_*.docx from the light-markup text source in src/ with the npm package `docx`.
// Markup: @title, @subtitle, @note, @source, "# " heading, "- " bullet, "@table caption" followed by "| a | b" rows.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, LevelFormat, Header, Footer, PageNumber } = require('docx');

const [,, src, out] = process.argv;
const lines = fs.readFileSync(src, 'utf8').split('\n');
const children = [];
let i = 0;
const font = 'Times New Roman';
const p = (text, opts = {}) => new Paragraph({ spacing: { after: 120 }, ...opts,
  children: [new TextRun({ text, font, size: opts.size || 26, bold: opts.bold, italics: opts.italics })] });
while (i < lines.length) {
  const line = lines[i].trimEnd();
  if (!line) { i++; continue; }
  if (line.startsWith('@title ')) children.push(p(line.slice(7), { bold: true, size: 32, alignment: AlignmentType.CENTER }));
  else if (line.startsWith('@subtitle ')) children.push(p(line.slice(10), { bold: true, size: 28, alignment: AlignmentType.CENTER }));
  else if (line.startsWith('@note ') || line.startsWith('@source ')) children.push(p(line.replace(/^@\w+ /, ''), { italics: true, size: 22 }));
  else if (line.startsWith('# ')) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: line.slice(2), font, size: 28, bold: true })] }));
  else if (line.startsWith('- ')) children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 80 },
      children: [new TextRun({ text: line.slice(2), font, size: 26 })] }));
  else if (line.startsWith('@table ')) {
    children.push(p(line.slice(7), { bold: true, size: 24, alignment: AlignmentType.CENTER }));
    const rows = [];
    i++;
    while (i < lines.length && lines[i].startsWith('|')) {
      const cells = lines[i].slice(1).split('|').map(s => s.trim());
      const header = rows.length === 0;
      rows.push(new TableRow({ tableHeader: header, children: cells.map((c, k) => new TableCell({
        width: { size: k === 0 ? 3400 : 2000, type: WidthType.DXA },
        children: [new Paragraph({ alignment: k === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: c, font, size: 24, bold: header || /^Tổng/.test(cells[0]) })] })] })) }));
      i++;
    }
    children.push(new Table({ rows, width: { size: 9400, type: WidthType.DXA } }));
    continue;
  } else children.push(p(line, { alignment: AlignmentType.JUSTIFIED }));
  i++;
}
const doc = new Document({
  creator: 'Vu Tong hop kinh te', title: 'Bao cao tom tat Hoi nghi Ngoai giao kinh te 2023',
  numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•',
    alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 20 })] })] }) },
    children }],
});
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log('wrote', out); });
