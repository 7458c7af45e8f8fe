// Build report (b): Word file with headings, bullet + numbered lists, a numeric table and a page-number footer.
const fs = require('fs');
const path = require('path');
const { parse } = require('./srcparse');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT = 'Times New Roman';
const children = [];
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.org, bold: true, font: FONT, size: 24 })] }));
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 200 }, children: [new d.TextRun({ text: '-----', font: FONT })] }));
children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.title, bold: true, font: FONT, size: 32 })] }));
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 300 }, children: [new d.TextRun({ text: meta.subtitle, bold: true, italics: true, font: FONT, size: 26 })] }));
let olInstance = 0;
for (const [kind, val] of blocks) {
  if (kind === 'h1') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: val, font: FONT })] }));
  else if (kind === 'h2') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun({ text: val, font: FONT })] }));
  else if (kind === 'p') children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new d.TextRun({ text: val, font: FONT, size: 26 })] }));
  else if (kind === 'ul') for (const it of val) children.push(new d.Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new d.TextRun({ text: it, font: FONT, size: 26 })] }));
  else if (kind === 'ol') { olInstance++; for (const it of val) children.push(new d.Paragraph({ numbering: { reference: 'num', level: 0, instance: olInstance }, spacing: { after: 60 }, children: [new d.TextRun({ text: it, font: FONT, size: 26 })] })); }
  else if (kind === 'table') {
    const widths = [700, 3900, 2900, 900, 900];
    const rows = val.map((cells, ri) => new d.TableRow({ tableHeader: ri === 0, children: cells.map((c, ci) => new d.TableCell({
      width: { size: widths[ci] || 1500, type: d.WidthType.DXA },
      shading: ri === 0 ? { fill: 'D9E2F3', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
      children: [new d.Paragraph({ alignment: (ci === 0 || ci >= 3) ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
        children: [new d.TextRun({ text: c, bold: ri === 0 || ri === val.length - 1, font: FONT, size: 24 })] })] })) }));
    children.push(new d.Table({ rows, width: { size: 9300, type: d.WidthType.DXA } }));
    children.push(new d.Paragraph({ children: [] }));
  }
}
const doc = new d.Document({
  creator: 'Học viện Ngoại giao', title: meta.title + ' - ' + meta.subtitle, description: 'Báo cáo tóm tắt',
  numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: meta.footer + '  -  Trang ', font: FONT, size: 20 }),
      new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 20 }),
      new d.TextRun({ text: '/', font: FONT, size: 20 }),
      new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 20 })] })] }) },
    children }],
});
d.Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log('wrote', out); });
