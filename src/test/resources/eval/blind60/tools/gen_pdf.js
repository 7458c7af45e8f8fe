// Render src/007_border_notes.txt into a 2–3 page PDF "printed from a word processor" (npm pdfkit).
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out] = process.argv.slice(2);
const FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
const lines = fs.readFileSync(src, "utf8").split("\n").map(s => s.trimEnd()).filter(Boolean);
const meta = {}; const paras = [];
for (const l of lines) {
  const m = l.match(/^@(\w+) (.*)$/);
  if (m) meta[m[1]] = m[2]; else paras.push(l);
}
const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 80, bottom: 80, left: 85, right: 70 },
  info: { Title: "Thông tin về Lễ trao đổi công hàm Việt Nam – Cam-pu-chia", Author: "Vụ Thông tin Báo chí", Creator: "Microsoft® Word 2016", Producer: "Microsoft® Word 2016" },
});
doc.registerFont("R", FONT_DIR + "DejaVuSans.ttf");
doc.registerFont("B", FONT_DIR + "DejaVuSans-Bold.ttf");
doc.registerFont("I", FONT_DIR + "DejaVuSans-Oblique.ttf");
doc.pipe(fs.createWriteStream(out));
const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;

doc.font("B").fontSize(14).text(meta.title, { align: "center" });
doc.moveDown(0.3);
doc.font("B").fontSize(10.5).text(meta.subtitle, { align: "center" });
doc.moveDown(0.5);
doc.font("I").fontSize(10).text(meta.dateline, { align: "right" });
doc.moveDown(0.8);
for (const p of paras) {
  doc.font("R").fontSize(11).text(p, { align: "justify", indent: 28, lineGap: 3.2, paragraphGap: 8 });
}
doc.moveDown(0.5);
doc.font("I").fontSize(10).text(meta.contact, { align: "left" });

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saveBottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#444").text(meta.header, doc.page.margins.left, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(doc.page.margins.left, 54).lineTo(doc.page.margins.left + W, 54).lineWidth(0.5).strokeColor("#888").stroke();
  doc.font("R").fontSize(9).fillColor("#000").text(`Trang ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = saveBottom;
}
doc.end();
