// Render src/006_*.txt (light markup) as a Word .docx using the npm package "docx".
const fs = require('fs');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, 'utf8').split('\n');
let header = '', footer = '';
const children = [];
const FONT = 'Times New Roman';
const run = (text, o = {}) => new d.TextRun({ text, font: FONT, size: o.size || 26, bold: o.bold, italics: o.italics });
let table = null, tableCaption = null;
function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new d.TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 4200 : 1600, type: d.WidthType.DXA },
      children: [new d.Paragraph({ alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
        children: [run(c, { bold: i === 0 || /^Tổng/.test(cells[0]), size: 24 })] })],
    })),
  }));
  children.push(new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } }));
  children.push(new d.Paragraph({ children: [] }));
  table = null;
}
for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith('|')) {
    const cells = line.split('|').slice(1, -1).map(s => s.trim());
    if (!table) table = [];
    table.push(cells);
    continue;
  }
  flushTable();
  if (!line) continue;
  let m;
  if ((m = line.match(/^@header: (.*)$/))) { header = m[1]; continue; }
  if ((m = line.match(/^@footer: (.*)$/))) { footer = m[1]; continue; }
  if ((m = line.match(/^# (.*)$/))) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 240 },
      children: [run(m[1], { bold: true, size: 28 })] })); continue;
  }
  if ((m = line.match(/^## (.*)$/))) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 200, after: 100 },
      children: [run(m[1], { bold: true, size: 26 })] })); continue;
  }
  if ((m = line.match(/^- (.*)$/))) {
    children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(m[1])] })); continue;
  }
  if ((m = line.match(/^\d+\. (.*)$/))) {
    children.push(new d.Paragraph({ numbering: { reference: 'num', level: 0 }, children: [run(m[1])] })); continue;
  }
  if ((m = line.match(/^\[(left|right|center)\] (.*)$/))) {
    const al = { left: d.AlignmentType.LEFT, right: d.AlignmentType.RIGHT, center: d.AlignmentType.CENTER }[m[1]];
    const bold = /^[A-ZĐÀ-Ỹ\s]+$/.test(m[2]) || m[2].startsWith('Nơi nhận');
    children.push(new d.Paragraph({ alignment: al, children: [run(m[2], { bold, italics: m[2].startsWith('Hà Nội, ngày') })] })); continue;
  }
  if (/^Bảng \d+\./.test(line)) {
    children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 120, after: 80 }, children: [run(line, { bold: true, italics: true, size: 24 })] }));
    continue;
  }
  children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [run(line)] }));
}
flushTable();
const footParts = footer.split(/(\{PAGE\}|\{PAGES\})/).filter(Boolean).map(p =>
  p === '{PAGE}' ? new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 22 }) :
  p === '{PAGES}' ? new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 22 }) :
  new d.TextRun({ text: p, font: FONT, size: 22 }));
const doc = new d.Document({
  creator: 'Học viện Ngoại giao', title: 'Báo cáo tổng kết Khóa bồi dưỡng cán bộ ngoại giao trẻ khóa 6',
  numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(header, { italics: true, size: 20 })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: footParts })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
