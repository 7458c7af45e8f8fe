// src/007_*.src.txt -> reports/007_*.pdf (running header, "Trang x/y" footer, paragraphs flow over page breaks)
const fs = require("fs");
const PDFDocument = require("pdfkit");
const [src, out] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 72, right: 64 }, bufferPages: true,
  info: { Title: "Báo cáo kết quả Kỳ họp lần thứ 31", Author: "Ủy ban Biên giới quốc gia", Producer: "LibreOffice 7.4", Creator: "Writer", CreationDate: new Date("2024-02-05T10:20:00+07:00") } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
const BODY = parseFloat(process.env.PDF_BODY || "12.5");
const W = doc.page.width - 72 - 64;
let header = ""; const sign = [];
for (const line of lines) {
  if (line.startsWith("@")) {
    const i = line.indexOf(":"); const k = line.slice(1, i); const v = line.slice(i + 1).trim();
    if (k === "header") header = v;
    else if (k === "title") doc.font("B").fontSize(12.5).text(v, { align: "center" }).moveDown(0.3);
    else if (k === "subtitle") doc.font("R").fontSize(11).text(v, { align: "center" }).moveDown(0.8);
    else if (k === "sign") sign.push(v);
  } else if (line.startsWith("# ")) {
    doc.moveDown(0.3).font("B").fontSize(11.5).text(line.slice(2), { align: "left" }).moveDown(0.2);
  } else if (/^\d+\. [A-ZĐÁÀẢÃẠ]/.test(line) && line.length < 60) {
    doc.font("B").fontSize(11).text(line, { align: "left" }).moveDown(0.15);
  } else if (line.startsWith("- ")) {
    doc.font("R").fontSize(BODY).text("–  " + line.slice(2), { align: "justify", indent: 0, lineGap: 2.5 }).moveDown(0.15);
  } else {
    doc.font("R").fontSize(BODY).text(line, { align: "justify", indent: 28, lineGap: 3 }).moveDown(0.35);
  }
}
doc.moveDown(1);
sign.forEach((s, i) => doc.font(i ? "B" : "R").fontSize(11).text(s, 72 + W / 2, undefined, { width: W / 2, align: "center" }));
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  const mb = doc.page.margins.bottom; const mt = doc.page.margins.top;
  doc.page.margins.bottom = 0; doc.page.margins.top = 0;
  doc.font("R").fontSize(8.5).fillColor("#444");
  doc.text(header, 72, 36, { width: W, align: "center", lineBreak: false });
  doc.moveTo(72, 50).lineTo(72 + W, 50).lineWidth(0.5).stroke("#888");
  doc.text(`Trang ${p + 1}/${range.count}`, 72, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.fillColor("black");
  doc.page.margins.bottom = mb; doc.page.margins.top = mt;
}
doc.end();
