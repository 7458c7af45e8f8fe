// b) Word file with headings, bullet & numbered lists, a numeric table, page-number footer
const fs = require('fs'); const { parse } = require('./parse_src');
const d = require('docx');
const [,, src, out] = process.argv;
const { meta, blocks } = parse(src);
const F = 'Times New Roman';
const run = (text, o = {}) => new d.TextRun({ text, font: F, size: 26, ...o });
const children = [];
const [org1, org2] = meta.org.split(' - ');
children.push(new d.Paragraph({ alignment: d.AlignmentType.LEFT, children: [run(org1, { bold: true })] }));
children.push(new d.Paragraph({ alignment: d.AlignmentType.LEFT, children: [run(org2, { bold: true })] }));
let numRef = 0; let lastWasNum = false;
const numberingConfigs = [];
for (const b of blocks) {
  if (b.t !== 'num') lastWasNum = false;
  if (b.t === 'h1') children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [run(b.text, { bold: true, size: 28 })] }));
  else if (b.t === 'h2') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 200, after: 100 }, children: [run(b.text, { bold: true, size: 26 })] }));
  else if (b.t === 'h3') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(b.text, { bold: true, italics: true })] }));
  else if (b.t === 'bullet') children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(b.text)] }));
  else if (b.t === 'num') {
    if (!lastWasNum) { numRef++; numberingConfigs.push({ reference: 'num' + numRef, levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }); }
    lastWasNum = true;
    children.push(new d.Paragraph({ numbering: { reference: 'num' + numRef, level: 0 }, children: [run(b.text)] }));
  } else if (b.t === 'table') {
    const rows = b.rows.map((r, i) => new d.TableRow({ tableHeader: i === 0, children: r.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 3000 : 2000, type: d.WidthType.DXA },
      children: [new d.Paragraph({ alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT, children: [run(c, { bold: i === 0 || i === b.rows.length - 1, size: 24 })] })] })) }));
    children.push(new d.Table({ width: { size: 9000, type: d.WidthType.DXA }, rows }));
    children.push(new d.Paragraph({ children: [run('(Nguồn: Sở Kế hoạch và Đầu tư tỉnh Quảng Trị)', { italics: true, size: 22 })] }));
  } else if (b.t === 'p') {
    const isDate = /^Hà Nội, ngày/.test(b.text);
    children.push(new d.Paragraph({ alignment: isDate ? d.AlignmentType.CENTER : d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(b.text, { italics: isDate })] }));
  }
}
if (meta.sign) {
  const [title, name] = meta.sign.split('|');
  children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: { before: 360 }, children: [run(title, { bold: true })] }));
  children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: { before: 720 }, children: [run(name, { bold: true })] }));
}
const doc = new d.Document({
  creator: 'Vụ Tổng hợp kinh tế', title: blocks.find(b => b.t === 'h1').text,
  numbering: { config: numberingConfigs },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: meta.footer + ' - Trang ', font: F, size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: F, size: 20 }),
      new d.TextRun({ text: ' / ', font: F, size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: F, size: 20 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
