// Build a Word report (.docx) with headings, bullets and a numeric table from a src/*.txt source.
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
        WidthType, AlignmentType, LevelFormat, BorderStyle, ShadingType } = require('docx');
const { parse } = require('./srcparse');

const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const children = [];
const font = 'Times New Roman';

children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: meta.org, bold: true, size: 22, font })] }));
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.place_date, italics: true, size: 24, font })] }));
children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.title, bold: true, size: 32, font })] }));
children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: meta.subtitle, bold: true, size: 26, font })] }));

let rows = []; let caption = null;
const numCell = (t) => /^[\d.,]+$/.test(t);
function flushTable() {
  if (!rows.length) return;
  if (caption) children.push(new Paragraph({ spacing: { before: 120, after: 60 }, children: [new TextRun({ text: caption, bold: true, italics: true, size: 24, font })] }));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  children.push(new Table({
    width: { size: 9000, type: WidthType.DXA },
    rows: rows.map((cells, ri) => new TableRow({
      tableHeader: ri === 0,
      children: cells.map((c) => new TableCell({
        borders,
        shading: ri === 0 ? { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } : undefined,
        children: [new Paragraph({ alignment: (ri > 0 && numCell(c)) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: c, bold: ri === 0 || cells[0].startsWith('Tổng'), size: 22, font })] })],
      })),
    })),
  }));
  children.push(new Paragraph({ text: '' }));
  rows = []; caption = null;
}

for (const [kind, val] of blocks) {
  if (kind !== 'tr' && kind !== 'caption') flushTable();
  if (kind === 'h1') children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: val, bold: true, size: 28, font })] }));
  else if (kind === 'h2') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: val, bold: true, italics: true, size: 26, font })] }));
  else if (kind === 'ul') children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun({ text: val, size: 26, font })] }));
  else if (kind === 'ol') children.push(new Paragraph({ numbering: { reference: 'tasks', level: 0 }, children: [new TextRun({ text: val.replace(/^\d+\.\s+/, ''), size: 26, font })] }));
  else if (kind === 'caption') caption = val;
  else if (kind === 'tr') rows.push(val);
  else if (kind === 'p') children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun({ text: val, size: 26, font })] }));
}
flushTable();
children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 }, children: [new TextRun({ text: meta.sign, bold: true, size: 24, font })] }));

const doc = new Document({
  creator: 'Vụ Ngoại giao Văn hóa và UNESCO', title: meta.subtitle,
  numbering: { config: [
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    { reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
  ] },
  sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
});
Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
