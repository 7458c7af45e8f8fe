// Build a Word file (.docx) from a src/*.txt file: header block, headings, bullets, tables, signature.
// usage: node make_docx.js ../src/XXX.txt ../reports
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, BorderStyle, LevelFormat,
} = require('docx');
const {parse, one} = require('./srcparse');

const [src, outdir] = process.argv.slice(2);
const {meta, blocks} = parse(src);
const FONT = 'Times New Roman';
const run = (text, o = {}) => new TextRun({text, font: FONT, size: o.size || 26, bold: o.bold, italics: o.italics});
const para = (text, o = {}) => new Paragraph({
  children: [run(text, o)], alignment: o.align || AlignmentType.JUSTIFIED,
  spacing: {after: o.after === undefined ? 120 : o.after}, indent: o.indent,
});
const NONE = {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'};
const noBorders = {top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE};

function twoColumn(left, right, leftBoldAll, rightBoldUntil, alignLeft) {
  const cell = (lines, boldUntil, align) => new TableCell({
    width: {size: 50, type: WidthType.PERCENTAGE}, borders: noBorders,
    children: lines.map((l, i) => new Paragraph({
      alignment: align, spacing: {after: 40},
      children: [run(l, {bold: i < boldUntil, italics: /^Quảng Trị, ngày|^Hà Nội, ngày/.test(l), size: 24})],
    })),
  });
  return new Table({
    width: {size: 100, type: WidthType.PERCENTAGE}, borders: noBorders,
    rows: [new TableRow({children: [
      cell(left, leftBoldAll, alignLeft || AlignmentType.CENTER),
      cell(right, rightBoldUntil, AlignmentType.CENTER),
    ]})],
  });
}
const split = s => s.split('|').map(x => x.trim());

const children = [];
children.push(twoColumn(split(one(meta, 'left')), split(one(meta, 'right')), 2, 2));
children.push(para('', {after: 200}));
for (let i = 0; i < blocks.length; i++) {
  const b = blocks[i];
  if (b.t === 'h1') {
    children.push(new Paragraph({heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
      children: [run(b.s, {bold: true, size: 30})], spacing: {after: 60}}));
  } else if (b.t === 'h2') {
    children.push(new Paragraph({heading: HeadingLevel.HEADING_1, children: [run(b.s, {bold: true, size: 26})],
      spacing: {before: 240, after: 120}}));
  } else if (b.t === 'h3') {
    children.push(new Paragraph({heading: HeadingLevel.HEADING_2, children: [run(b.s, {bold: true, italics: true, size: 26})],
      spacing: {before: 160, after: 100}}));
  } else if (b.t === 'center') {
    children.push(para(b.s, {bold: true, align: AlignmentType.CENTER, after: 160}));
  } else if (b.t === 'p') {
    children.push(para(b.s, {indent: {firstLine: 567}}));
  } else if (b.t === 'bullet') {
    children.push(new Paragraph({numbering: {reference: 'bullets', level: 0}, alignment: AlignmentType.JUSTIFIED,
      children: [run(b.s)], spacing: {after: 80}}));
  } else if (b.t === 'num') {
    children.push(para(`${b.n}. ${b.s}`, {indent: {left: 567}}));
  } else if (b.t === 'table') {
    const ncol = b.rows[0].length;
    children.push(new Table({
      width: {size: 100, type: WidthType.PERCENTAGE},
      rows: b.rows.map((r, ri) => new TableRow({tableHeader: ri === 0, children: r.map((c, ci) => new TableCell({
        children: [new Paragraph({
          alignment: (ri > 0 && /^[\d.,]+$/.test(c)) ? AlignmentType.RIGHT : (ri === 0 ? AlignmentType.CENTER : AlignmentType.LEFT),
          children: [run(c, {bold: ri === 0, size: 24})]})],
      }))})),
    }));
    children.push(para('', {after: 120}));
  } else {
    throw new Error('unsupported block ' + b.t);
  }
}
children.push(para('', {after: 200}));
const sl = split(one(meta, 'sign-left'));
const sr = split(one(meta, 'sign-right'));
// 'Nơi nhận' list is left-aligned and small; a signer on the left (minutes) is centred and bold
const leftIsList = /^Nơi nhận/.test(sl[0]);
children.push(twoColumn(sl, sr, leftIsList ? 1 : 1, sr.length > 3 ? 2 : 1, leftIsList ? AlignmentType.LEFT : AlignmentType.CENTER));

const doc = new Document({
  creator: one(meta, 'creator'), title: one(meta, 'doctitle'), description: one(meta, 'doctitle'),
  numbering: {config: [{reference: 'bullets', levels: [{level: 0, format: LevelFormat.BULLET, text: '-',
    alignment: AlignmentType.LEFT, style: {paragraph: {indent: {left: 567, hanging: 283}}}}]}]},
  styles: {default: {document: {run: {font: FONT, size: 26}}}},
  sections: [{properties: {page: {margin: {top: 1134, bottom: 1134, left: 1701, right: 1134}}}, children}],
});
Packer.toBuffer(doc).then(buf => {
  const out = path.join(outdir, one(meta, 'out'));
  fs.writeFileSync(out, buf);
  console.log('wrote', path.basename(out));
});
