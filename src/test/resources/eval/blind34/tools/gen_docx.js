// Build reports/006_*.docx from src/006_ngoai_vu_21.txt using the npm package `docx`.
// Markup: "^ " small caps line, "# " title, "## " heading, "- " bullet, "|" table row, else paragraph.
const fs = require("fs"), path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require("docx");
const ROOT = path.resolve(__dirname, "..");
const lines = fs.readFileSync(path.join(ROOT, "src/006_ngoai_vu_21.txt"), "utf8").split("\n").filter(l => l.trim());
const children = [];
let rows = [];
const flush = () => {
  if (!rows.length) return;
  children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ children: r.map(c => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })) })),
  }));
  children.push(new Paragraph({ text: "Bảng: Một số chỉ tiêu công tác ngoại vụ địa phương (nguồn: báo cáo của các địa phương)." }));
  rows = [];
};
for (const l of lines) {
  if (l.startsWith("|")) { rows.push(l.slice(1).split("|").map(s => s.trim())); continue; }
  flush();
  if (l.startsWith("^ ")) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.slice(2), bold: true, size: 20 })] }));
  else if (l.startsWith("## ")) children.push(new Paragraph({ text: l.slice(3), heading: HeadingLevel.HEADING_2 }));
  else if (l.startsWith("# ")) children.push(new Paragraph({ text: l.slice(2), heading: HeadingLevel.HEADING_1 }));
  else if (l.startsWith("- ")) children.push(new Paragraph({ text: l.slice(2), bullet: { level: 0 } }));
  else children.push(new Paragraph({ children: [new TextRun(l)] }));
}
flush();
const doc = new Document({ creator: "Vụ Ngoại vụ địa phương", title: "Hội nghị Ngoại vụ toàn quốc lần thứ 21", sections: [{ children }] });
Packer.toBuffer(doc).then(b => { const out = path.join(ROOT, "reports/006_2ad110cfd4e0af57.docx"); fs.writeFileSync(out, b); console.log("wrote", out); });
