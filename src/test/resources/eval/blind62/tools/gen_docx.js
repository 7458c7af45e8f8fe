// Render src/006_*.src.txt into a Word .docx (headings, bullets, numbering, table, page-number footer).
const fs = require('fs');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, 'utf8').split('\n');
let header = '';
const children = [];
let table = [];
function flushTable() {
  if (!table.length) return;
  const rows = table.map((cells, ri) => new d.TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new d.TableCell({
      width: { size: [40, 12, 34, 14][ci], type: d.WidthType.PERCENTAGE },
      children: [new d.Paragraph({
        alignment: (ci === 1 || ci === 3) && ri > 0 ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        children: [new d.TextRun({ text: c, bold: ri === 0 || c.startsWith('Tổng') || (ri === table.length - 1) })],
      })],
    })),
  }));
  children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }));
  children.push(new d.Paragraph({ children: [new d.TextRun({ text: 'Nguồn: Cục Gìn giữ hòa bình Việt Nam, số liệu tính đến tháng 6/2024.', italics: true, size: 20 })] }));
  table = [];
}
for (const raw of lines) {
  const line = raw.trim();
  if (line.startsWith('|')) { table.push(line.split('|').slice(1, -1).map(s => s.trim())); continue; }
  flushTable();
  if (!line) continue;
  if (line.startsWith('@header:')) { header = line.slice(8).trim(); continue; }
  if (line.startsWith('# ')) children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, children: [new d.TextRun(line.slice(2))] }));
  else if (line.startsWith('## ')) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(line.slice(3))] }));
  else if (line.startsWith('- ')) children.push(new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun(line.slice(2))] }));
  else if (/^\d+\. /.test(line)) children.push(new d.Paragraph({ numbering: { reference: 'bh', level: 0 }, children: [new d.TextRun(line.replace(/^\d+\. /, ''))] }));
  else if (/^Hà Nội, ngày/.test(line)) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: line, italics: true })] }));
  else children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new d.TextRun(line)] }));
}
flushTable();
const doc = new d.Document({
  creator: 'Cục Gìn giữ hòa bình Việt Nam',
  title: 'Tổng kết 10 năm tham gia gìn giữ hòa bình LHQ',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  numbering: { config: [{ reference: 'bh', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START }] }] },
  sections: [{
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: header, size: 18, italics: true })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ children: ['Trang ', d.PageNumber.CURRENT, ' / ', d.PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
