// Build reports/006_bao-cao-dak-lak-ca-phe.docx from src with the npm package `docx`.
const fs = require('fs');
const path = require('path');
const d = require('docx');
const ROOT = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(ROOT, 'src/006_lam_viec_dak_lak_ca_phe.txt'), 'utf8').split('\n');

const FONT = 'Times New Roman';
const run = (text, o = {}) => new d.TextRun({ text, font: FONT, size: 26, ...o });
const children = [];
let table = [];
let leftHdr = [], rightHdr = [];
let numGroupCount = 0, prevNumbered = false;

function flushTable() {
  if (!table.length) return;
  const rows = table.map((cells, ri) => new d.TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new d.TableCell({
      width: { size: [700, 2900, 1800, 1800, 2200][ci], type: d.WidthType.DXA },
      children: [new d.Paragraph({
        alignment: ci >= 2 ? d.AlignmentType.RIGHT : (ci === 0 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT),
        children: [run(c, { bold: ri === 0 || c === 'Tổng cộng', size: 24 })],
      })],
    })),
  }));
  children.push(new d.Table({ rows, width: { size: 9400, type: d.WidthType.DXA } }));
  children.push(new d.Paragraph({ children: [] }));
  table = [];
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line.startsWith('|')) flushTable();
  if (!line) continue;
  if (line.startsWith('@left ')) { leftHdr.push(line.slice(6)); continue; }
  if (line.startsWith('@right ')) { rightHdr.push(line.slice(7)); continue; }
  if (line.startsWith('# ')) {
    // header block: two-column table without borders (issuer | date)
    const nb = { top: { style: d.BorderStyle.NONE }, bottom: { style: d.BorderStyle.NONE }, left: { style: d.BorderStyle.NONE }, right: { style: d.BorderStyle.NONE } };
    children.push(new d.Table({
      width: { size: 9400, type: d.WidthType.DXA },
      borders: { top: { style: d.BorderStyle.NONE }, bottom: { style: d.BorderStyle.NONE }, left: { style: d.BorderStyle.NONE }, right: { style: d.BorderStyle.NONE }, insideHorizontal: { style: d.BorderStyle.NONE }, insideVertical: { style: d.BorderStyle.NONE } },
      rows: [new d.TableRow({ children: [
        new d.TableCell({ borders: nb, width: { size: 4200, type: d.WidthType.DXA }, children: leftHdr.map((t, i) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(t, { bold: i > 0 })] })) }),
        new d.TableCell({ borders: nb, width: { size: 5200, type: d.WidthType.DXA }, children: rightHdr.map(t => new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [run(t, { italics: true })] })) }),
      ] })],
    }));
    children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, spacing: { before: 360 }, children: [run(line.slice(2), { bold: true, size: 32 })] }));
    continue;
  }
  if (line.startsWith('@center ')) { children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [run(line.slice(8), { bold: true })] })); continue; }
  if (line.startsWith('@sign ')) { children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: { before: 360 }, children: [run(line.slice(6), { bold: true })] })); continue; }
  if (line.startsWith('## ')) { children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(line.slice(3), { bold: true, size: 28 })] })); continue; }
  if (line.startsWith('- ')) { children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(line.slice(2))] })); continue; }
  let m = line.match(/^(\d+)\. (.*)$/);
  if (m) { if (!prevNumbered) numGroupCount++; prevNumbered = true; children.push(new d.Paragraph({ numbering: { reference: 'numlist' + numGroupCount, level: 0 }, children: [run(m[2])] })); continue; }
  prevNumbered = false;
  if (line.startsWith('|')) { table.push(line.split('|').slice(1, -1).map(s => s.trim())); continue; }
  if (line.startsWith('Bảng ')) { children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(line, { bold: true, italics: true, size: 24 })] })); continue; }
  if (line.startsWith('Nguồn:')) { children.push(new d.Paragraph({ children: [run(line, { italics: true, size: 22 })] })); continue; }
  children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(line)] }));
}
flushTable();

// each numbered list restarts at 1: every block has its own numbering reference
const numbering = [];
for (let i = 1; i <= numGroupCount; i++) numbering.push({ reference: 'numlist' + i, levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] });
function build() {
  const doc = new d.Document({
    creator: 'Cục Ngoại vụ',
    title: 'Báo cáo tóm tắt buổi làm việc với tỉnh Đắk Lắk',
    numbering: { config: numbering },
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run('Trang ', { size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 20 }), run(' / ', { size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 20 })] })] }) },
      children,
    }],
  });
  return d.Packer.toBuffer(doc);
}
build().then(buf => {
  const out = path.join(ROOT, 'reports/006_bao-cao-dak-lak-ca-phe.docx');
  fs.writeFileSync(out, buf);
  console.log('wrote', out);
});
