// Build report 007 (.pdf) from src/007_pdf_src.txt with the npm `pdfkit` package.
// Source format: "@header text" running header, "# text" centred bold title line,
// "= text" centred line, "## text" heading, blank-line separated paragraphs
// (consecutive non-blank lines form one paragraph, each kept on its own line).
// Every page gets the running header and a "Trang x/y" footer; the script reports
// which paragraph(s) were split over a page break.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "007_pdf_src.txt");
const OUT = path.join(ROOT, "reports", "007_5f6bcf6d48247073.pdf");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf";

const BODY = 11.5; // body font size, chosen so that a paragraph runs over a page break
const text = fs.readFileSync(SRC, "utf8");
let header = "";
const blocks = [];
let cur = [];
for (const raw of text.split("\n")) {
  const line = raw.trimEnd();
  if (line.startsWith("@header ")) { header = line.slice(8); continue; }
  if (!line) { if (cur.length) blocks.push(cur); cur = []; continue; }
  if (/^(#|=|##) /.test(line)) { if (cur.length) blocks.push(cur); blocks.push([line]); cur = []; continue; }
  cur.push(line);
}
if (cur.length) blocks.push(cur);

const doc = new PDFDocument({
  size: "A4", margins: { top: 78, bottom: 78, left: 72, right: 72 }, bufferPages: true,
  info: { Title: "Báo cáo kết quả Hội nghị Trưởng CQĐD khu vực Mỹ Latinh lần thứ 4", Author: "Vụ Châu Mỹ – Bộ Ngoại giao" },
});
doc.registerFont("R", FONT); doc.registerFont("B", FONT_B); doc.registerFont("I", FONT_I);
doc.pipe(fs.createWriteStream(OUT));

let current = null;
const split = [];
doc.on("pageAdded", () => { if (current) split.push(current); });

for (const b of blocks) {
  const first = b[0];
  if (first.startsWith("# ")) {
    doc.font("B").fontSize(13).text(first.slice(2), { align: "center" });
  } else if (first.startsWith("= ")) {
    doc.moveDown(0.3).font("I").fontSize(11).text(first.slice(2), { align: "center" }).moveDown(0.8);
  } else if (first.startsWith("## ")) {
    if (doc.y + 70 > doc.page.height - doc.page.margins.bottom) doc.addPage(); // keep heading with next lines
    doc.moveDown(0.4).font("B").fontSize(11.5).text(first.slice(3)).moveDown(0.3);
  } else {
    for (const line of b) {
      doc.font("R").fontSize(BODY);
      if (doc.y + doc.currentLineHeight(true) + 2.5 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      current = line.slice(0, 60);
      doc.font("R").fontSize(BODY).text(line, { align: "justify", indent: 20, lineGap: 2.5 });
      current = null;
    }
    doc.moveDown(0.5);
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { width, height } = doc.page;
  const m = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("I").fontSize(8.5).fillColor("#444").text(header, 72, 40, { width: width - 144, align: "center", lineBreak: false });
  doc.moveTo(72, 56).lineTo(width - 72, 56).lineWidth(0.5).strokeColor("#888").stroke();
  doc.moveTo(72, height - 58).lineTo(width - 72, height - 58).stroke();
  doc.font("R").fontSize(9).fillColor("#000").text(`Trang ${i + 1}/${range.count}`, 72, height - 50, { width: width - 144, align: "right", lineBreak: false });
  doc.page.margins = m;
}
doc.end();
if (!split.length) { console.error("no paragraph split over a page break: adjust BODY"); process.exitCode = 1; }
console.error(`wrote ${OUT}: ${range.count} pages; paragraphs split over a page break: ${JSON.stringify(split)}`);
