#!/usr/bin/env node
// Build a Word (.docx) file from a plain-text source with light markup.
// Usage: node make_docx.js SRC OUT
// Header lines 'key: value' then '---'. Body markup: '# ' title, '## ' heading 1, '### ' heading 2,
// '- ' bullet, 'caption: ' table caption, '| a | b |' table rows (first = header row), 'note: ' small
// italic note, 'sign: ' right-aligned line, 'signleft:'/'signright:' signature columns ('|' = new line).
const fs = require('fs');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType,
  AlignmentType, BorderStyle, Footer, PageNumber, ShadingType,
} = require('docx');

const [src, out] = process.argv.slice(2);
const text = fs.readFileSync(src, 'utf8');
const [head, body] = text.split('\n---\n');
const meta = {};
for (const line of head.split('\n')) {
  const i = line.indexOf(':');
  if (i > 0) meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
}

const FONT = 'Times New Roman';
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const P = (t, o = {}) => new Paragraph({
  alignment: o.align, spacing: { after: o.after ?? 80, before: o.before ?? 0 },
  children: [new TextRun({ text: t, bold: o.bold, italics: o.italics, size: o.size, font: FONT })],
});

const children = [];
// ---- document header block
if (meta.so) { // administrative layout (biên bản): two-column header
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, borders: noBorders, children: [
        P(meta.org1, { align: AlignmentType.CENTER, size: 24, after: 0 }),
        P(meta.org2, { align: AlignmentType.CENTER, bold: true, size: 24, after: 0 }),
        P('-------', { align: AlignmentType.CENTER, after: 60 }),
        P(meta.so, { align: AlignmentType.CENTER, size: 24 })] }),
      new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, borders: noBorders, children: [
        P('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: AlignmentType.CENTER, bold: true, size: 24, after: 0 }),
        P('Độc lập - Tự do - Hạnh phúc', { align: AlignmentType.CENTER, bold: true, size: 26, after: 0 }),
        P('---------------', { align: AlignmentType.CENTER, after: 60 }),
        P(meta.place_date, { align: AlignmentType.CENTER, italics: true, size: 26 })] }),
    ] })],
  }));
  children.push(P(meta.doctitle, { align: AlignmentType.CENTER, bold: true, size: 28, before: 240, after: 0 }));
  children.push(P(meta.subject, { align: AlignmentType.CENTER, bold: true, size: 26, after: 240 }));
} else { // summary layout
  children.push(P(meta.org, { bold: true, size: 24, after: 0 }));
  children.push(P(meta.unit, { bold: true, size: 24, after: 200 }));
  children.push(P(meta.doctype, { align: AlignmentType.CENTER, bold: true, size: 30, after: 60 }));
}

const lines = body.split('\n');
let i = 0;
while (i < lines.length) {
  const line = lines[i];
  if (!line.trim()) { i++; continue; }
  if (line.startsWith('# ')) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 200 },
      children: [new TextRun({ text: line.slice(2), bold: true, size: 28, font: FONT, color: '1F3864' })] }));
  } else if (line.startsWith('## ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 100 },
      children: [new TextRun({ text: line.slice(3), bold: true, size: 26, font: FONT, color: '1F3864' })] }));
  } else if (line.startsWith('### ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 120, after: 80 },
      children: [new TextRun({ text: line.slice(4), bold: true, italics: true, size: 26, font: FONT, color: '000000' })] }));
  } else if (line.startsWith('- ')) {
    children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 },
      children: [new TextRun({ text: line.slice(2), size: 26, font: FONT })] }));
  } else if (line.startsWith('caption: ')) {
    children.push(P(line.slice(9), { align: AlignmentType.CENTER, bold: true, size: 24, before: 120 }));
  } else if (line.startsWith('|')) {
    const rows = [];
    while (i < lines.length && lines[i].startsWith('|')) {
      rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
      i++;
    }
    i--;
    const isNum = (s) => /^[\d.,+-]+$/.test(s);
    const maxLen = rows[0].map((_, c) => Math.max(...rows.map((r) => Math.min(r[c].length, 40)), 4));
    const total = maxLen.reduce((a, b) => a + b, 0);
    const TW = 9070; // text width in twips (A4 minus margins)
    const colW = maxLen.map((m) => Math.round((TW * m) / total));
    children.push(new Table({
      width: { size: TW, type: WidthType.DXA }, columnWidths: colW,
      rows: rows.map((r, ri) => new TableRow({ tableHeader: ri === 0, children: r.map((c, ci) => new TableCell({
        width: { size: colW[ci], type: WidthType.DXA },
        shading: ri === 0 ? { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } : undefined,
        children: [new Paragraph({ alignment: ri > 0 && isNum(c) ? AlignmentType.RIGHT : (ri === 0 ? AlignmentType.CENTER : AlignmentType.LEFT),
          children: [new TextRun({ text: c, bold: ri === 0, size: 22, font: FONT })] })] })) })),
    }));
  } else if (line.startsWith('note: ')) {
    children.push(P(line.slice(6), { italics: true, size: 20, before: 60 }));
  } else if (line.startsWith('sign: ')) {
    children.push(P(line.slice(6), { align: AlignmentType.RIGHT, italics: true, size: 24, before: 240 }));
  } else if (line.startsWith('signleft: ')) {
    const left = line.slice(10).split('|');
    const right = lines[i + 1].slice(11).split('|');
    i++;
    const col = (arr) => new TableCell({ borders: noBorders, width: { size: 50, type: WidthType.PERCENTAGE },
      children: arr.map((t, k) => P(t, { align: AlignmentType.CENTER, bold: k === 0 || k === arr.length - 1 || t === 'BỘ TRƯỞNG',
        italics: t.startsWith('('), size: 26, after: t.startsWith('(') ? 600 : 0 })) });
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders,
      rows: [new TableRow({ children: [col(left), col(right)] })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 100 }, indent: { firstLine: 567 },
      children: [new TextRun({ text: line, size: 26, font: FONT })] }));
  }
  i++;
}

const footerText = meta.footer || `${meta.doctitle} ${meta.subject}`.slice(0, 60) + '…';
const doc = new Document({
  creator: meta.unit || meta.org2 || 'Bộ Ngoại giao',
  title: meta.subject || lines.find((l) => l.startsWith('# ')).slice(2),
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ text: footerText + '  -  Trang ', size: 18, font: FONT }),
      new TextRun({ children: [PageNumber.CURRENT], size: 18, font: FONT })] })] }) },
    children,
  }],
});
Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
