// Build reports/007_*.pdf from src/007_hoi_nghi_ngoai_giao_32.txt with the npm package `pdfkit`
// and the DejaVu Serif TTF fonts. Running header + "Trang x/y" footer are stamped on every page
// after layout (bufferPages), so paragraphs flow naturally over page breaks.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const root = path.resolve(__dirname, "..");
const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
const src = fs.readFileSync(path.join(root, "src/007_hoi_nghi_ngoai_giao_32.txt"), "utf8").split("\n");
const out = path.join(root, "reports/007_bnb-ban-tin-hoi-nghi-ngoai-giao-32.pdf");
const fontSize = Number(process.env.PDF_FONT_SIZE || 12.5);

const doc = new PDFDocument({ size: "A4", bufferPages: true,
  margins: { top: 72, bottom: 66, left: 68, right: 62 },
  info: { Title: "Bản tin Hội nghị Ngoại giao lần thứ 32", Author: "Vụ Thông tin Báo chí - Bộ Ngoại giao" } });
doc.registerFont("R", path.join(FONT_DIR, "DejaVuSerif.ttf"));
doc.registerFont("B", path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"));
doc.registerFont("I", path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"));
doc.pipe(fs.createWriteStream(out));

for (const line of src) {
  if (!line.trim()) continue;
  const [tag, ...rest] = line.split(": ");
  const text = rest.join(": ");
  if (tag === "TITLE") {
    doc.font("B").fontSize(14).text(text, { align: "center" }).moveDown(0.3);
  } else if (tag === "SUB") {
    doc.font("I").fontSize(10).text(text, { align: "center" }).moveDown(0.8);
  } else if (tag === "H") {
    doc.moveDown(0.3).font("B").fontSize(fontSize).text(text).moveDown(0.2);
  } else if (tag === "P") {
    doc.font("R").fontSize(fontSize).text(text, { align: "justify", indent: 22, lineGap: 2.5 }).moveDown(0.45);
  } else if (tag === "NOTE") {
    doc.moveDown(0.5).font("I").fontSize(9.5).text(text, { align: "right" });
  } else throw new Error("bad line " + line);
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const { top, bottom, left, right } = doc.page.margins;
  const w = doc.page.width - left - right;
  doc.page.margins.top = 0; doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#444")
    .text("BỘ NGOẠI GIAO - Bản tin Hội nghị Ngoại giao lần thứ 32 (18-20/12/2023)", left, 34, { width: w, align: "left", lineBreak: false });
  doc.moveTo(left, 48).lineTo(left + w, 48).lineWidth(0.5).strokeColor("#888").stroke();
  doc.moveTo(left, doc.page.height - 48).lineTo(left + w, doc.page.height - 48).stroke();
  doc.font("R").fontSize(9).fillColor("#000")
    .text(`Trang ${i - range.start + 1}/${range.count}`, left, doc.page.height - 42, { width: w, align: "center", lineBreak: false });
  doc.page.margins.top = top; doc.page.margins.bottom = bottom;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
