// Build a Word report (.docx) from a light plain-text markup (used for reports 006 and 010).
// Markup: "!C"/"!L"/"!R" centred/left-bold/right-italic line, "# "/"## "/"### " headings,
// "- " bullet, "| a | b |" table row (first row = header), "!SIGN a | b" two-column signature row,
// "!HDR a | b" two-column borderless header row (issuing body | national motto), anything else = body paragraph. Usage: node make_docx.js SRC OUT
const fs = require("fs");
const d = require("docx");
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n");
const FONT = "Times New Roman";
const children = [];
let table = null, sign = [], hdr = [];
const run = (t, o = {}) => new d.TextRun({ text: t, font: FONT, size: 26, ...o });
function flushTable() {
  if (!table) return;
  const ncol = table[0].length;
  const first = table[0][0] === "STT" ? 700 : 3600;
  const widths = [first, ...Array(ncol - 1).fill(Math.floor((9000 - first) / (ncol - 1)))];
  const rows = table.map((cells, ri) => new d.TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new d.TableCell({
      width: { size: widths[ci], type: d.WidthType.DXA },
      shading: ri === 0 ? { fill: "D9E2F3", type: d.ShadingType.CLEAR, color: "auto" } : undefined,
      children: [new d.Paragraph({
        alignment: (ci > 0 && /^[-+]?[\d.,]+$/.test(c)) ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        children: [run(c, { bold: ri === 0, size: 24 })] })],
    })),
  }));
  children.push(new d.Table({ rows, columnWidths: widths, width: { size: 9000, type: d.WidthType.DXA } }));
  children.push(new d.Paragraph({ children: [] }));
  table = null;
}
const NOB = { top: { style: d.BorderStyle.NONE }, bottom: { style: d.BorderStyle.NONE },
              left: { style: d.BorderStyle.NONE }, right: { style: d.BorderStyle.NONE } };
function flushHdr() {
  if (!hdr.length) return;
  const rows = [new d.TableRow({ children: [0, 1].map(i => new d.TableCell({ borders: NOB,
    width: { size: i ? 5400 : 3600, type: d.WidthType.DXA },
    children: hdr.map(pair => new d.Paragraph({ alignment: d.AlignmentType.CENTER,
      children: [run(pair[i] || "", { bold: true, size: 24 })] })) })) })];
  children.push(new d.Table({ rows, width: { size: 9000, type: d.WidthType.DXA } }));
  hdr = [];
}
function flushSign() {
  if (!sign.length) return;
  const rows = [new d.TableRow({ children: [0, 1].map(i => new d.TableCell({
    borders: { top: { style: d.BorderStyle.NONE }, bottom: { style: d.BorderStyle.NONE },
               left: { style: d.BorderStyle.NONE }, right: { style: d.BorderStyle.NONE } },
    width: { size: 4500, type: d.WidthType.DXA },
    children: sign.map((pair, k) => new d.Paragraph({ alignment: d.AlignmentType.CENTER,
      spacing: k === 1 ? { before: 120, after: 600 } : {},
      children: [run(pair[i] || "", { bold: k !== 1, italics: k === 1 })] })) })) })];
  children.push(new d.Table({ rows, width: { size: 9000, type: d.WidthType.DXA } }));
  sign = [];
}
for (const raw of lines) {
  const l = raw.replace(/\s+$/, "");
  if (l.startsWith("|")) { (table = table || []).push(l.replace(/^\||\|$/g, "").split("|").map(s => s.trim())); continue; }
  flushTable();
  if (l.startsWith("!SIGN ")) { sign.push(l.slice(6).split("|").map(s => s.trim())); continue; }
  flushSign();
  if (l.startsWith("!HDR ")) { hdr.push(l.slice(5).split("|").map(s => s.trim())); continue; }
  flushHdr();
  if (!l.trim()) continue;
  if (l.startsWith("!C ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("!L ")) children.push(new d.Paragraph({ children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("!R ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [run(l.slice(3), { italics: true })] }));
  else if (l.startsWith("### ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_3, children: [run(l.slice(4), { bold: true })] }));
  else if (l.startsWith("## ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("# ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, alignment: d.AlignmentType.CENTER, children: [run(l.slice(2), { bold: true, size: 30 })] }));
  else if (l.startsWith("- ")) children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(l.slice(2))] }));
  else children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(l)] }));
}
flushTable(); flushSign(); flushHdr();
const doc = new d.Document({
  creator: "Bộ Ngoại giao", title: lines.find(x => x.startsWith("## ")).slice(3),
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
});
d.Packer.toBuffer(doc).then(b => { fs.writeFileSync(out, b); console.log("wrote", out); });
