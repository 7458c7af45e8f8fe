// Build reports/007_*.pdf (2-3 pages, running header, "Trang x/y" footers) from src/007_conference_brief.txt with npm "pdfkit".
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out, sizeArg] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const size = Number(sizeArg || 11);
const meta = {}; const blocks = [];
for (const raw of fs.readFileSync(src, "utf8").split("\n")) {
  const line = raw.trimEnd(); if (!line) continue;
  if (line.startsWith("@")) { const i = line.indexOf(":"); meta[line.slice(1, i)] = line.slice(i + 1).trim(); }
  else if (line.startsWith("== ")) blocks.push(["h", line.slice(3)]);
  else if (line.startsWith("- ")) blocks.push(["li", line.slice(2)]);
  else blocks.push(["p", line]);
}
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 65, right: 65 }, bufferPages: true,
  info: { Title: meta.title, Author: "Bo Ngoai giao", CreationDate: new Date("2022-07-25T09:00:00+07:00") } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
doc.font("B").fontSize(size + 3).text(meta.title, { align: "center" });
doc.moveDown(0.3).font("R").fontSize(size).text(meta.subtitle, { align: "center" });
doc.moveDown(1);
for (const [k, t] of blocks) {
  if (k === "h") doc.moveDown(0.4).font("B").fontSize(size + 1).text(t).moveDown(0.3);
  else if (k === "li") doc.font("R").fontSize(size).text("•  " + t, { indent: 12, align: "justify", lineGap: 2 });
  else doc.font("R").fontSize(size).text(t, { align: "justify", lineGap: 2, paragraphGap: 6 });
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#444")
     .text(meta.header, 65, 36, { width: doc.page.width - 130, align: "center", lineBreak: false });
  doc.moveTo(65, 50).lineTo(doc.page.width - 65, 50).lineWidth(0.5).strokeColor("#888").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 65, doc.page.height - 45, { width: doc.page.width - 130, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm; doc.fillColor("black");
}
doc.end();
