// Builds the Word report from src/r06_tongket2023.src.txt using npm "docx"
const fs = require('fs'); const path = require('path');
const { parse } = require('./srcparse');
const d = require('docx');
const [,, src, out] = process.argv;
const { one, blocks } = parse(src);
const F = 'Times New Roman';
const children = [];
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: one('title'), bold: true, size: 32, font: F })] }));
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 120 }, children: [new d.TextRun({ text: one('subtitle'), bold: true, size: 26, font: F })] }));
children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [new d.TextRun({ text: one('note'), italics: true, size: 24, font: F })] }));
let numInstance = 0; let prevNum = false;
for (const b of blocks) {
  if (b.t !== 'num') prevNum = false;
  if (b.t === 'h1') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: b.text, font: F, bold: true, size: 28 })] }));
  else if (b.t === 'h2') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun({ text: b.text, font: F, bold: true, size: 26 })] }));
  else if (b.t === 'bullet') children.push(new d.Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new d.TextRun({ text: b.text, font: F, size: 26 })] }));
  else if (b.t === 'num') {
    if (!prevNum) numInstance++; prevNum = true;
    children.push(new d.Paragraph({ numbering: { reference: 'nv', level: 0, instance: numInstance }, spacing: { after: 60 }, children: [new d.TextRun({ text: b.text, font: F, size: 26 })] }));
  } else if (b.t === 'table') {
    const rows = b.rows.map((cells, i) => new d.TableRow({ tableHeader: i === 0, children: cells.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 5600 : 1700, type: d.WidthType.DXA },
      shading: i === 0 ? { fill: 'D9E2F3', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
      children: [new d.Paragraph({ alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT, children: [new d.TextRun({ text: c, font: F, size: 24, bold: i === 0 })] })],
    })) }));
    children.push(new d.Table({ width: { size: 9000, type: d.WidthType.DXA }, rows }));
    children.push(new d.Paragraph({ children: [new d.TextRun({ text: 'Nguồn: Tổng hợp từ báo cáo của các đơn vị.', italics: true, font: F, size: 22 })] }));
  } else children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new d.TextRun({ text: b.text, font: F, size: 26 })] }));
}
const doc = new d.Document({
  creator: 'Văn phòng Bộ', title: one('subtitle'), description: 'Báo cáo tóm tắt',
  numbering: { config: [{ reference: 'nv', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: one('header'), size: 18, font: F, italics: true })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ children: ['Trang ', d.PageNumber.CURRENT, ' / ', d.PageNumber.TOTAL_PAGES], size: 20, font: F })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log('wrote', out); });
