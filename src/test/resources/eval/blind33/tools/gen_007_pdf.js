// Build reports/007_*.pdf (2-3 pages) from src/007_ngoai_vu_dia_phuong_22.txt with npm "pdfkit".
const fs = require("fs"), path = require("path"), PDFDocument = require("pdfkit");
const ROOT = path.join(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const src = fs.readFileSync(path.join(ROOT, "src", "007_ngoai_vu_dia_phuong_22.txt"), "utf8").trim().split("\n");
const out = path.join(ROOT, "reports", "007_e07d4b9a16c35f28.pdf");
const doc = new PDFDocument({ size: "A4", margins: { top: 80, bottom: 80, left: 70, right: 70 }, bufferPages: true,
  info: { Title: "Hội nghị Ngoại vụ địa phương toàn quốc lần thứ 22", Author: "Vụ Địa phương - Bộ Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", BOLD);
let header = "";
const W = doc.page.width - 140;
let tableRows = [];
function drawTable() {
  const colW = [190, 60, 60, 60, 85];
  for (const [i, r] of tableRows.entries()) {
    if (doc.y > doc.page.height - 110) doc.addPage();
    const y = doc.y; let x = 70;
    doc.font(i === 0 ? "B" : "R").fontSize(9);
    r.forEach((c, j) => { doc.rect(x, y, colW[j], 18).stroke(); doc.text(c, x + 4, y + 5, { width: colW[j] - 8, align: j ? "right" : "left", lineBreak: false }); x += colW[j]; });
    doc.x = 70; doc.y = y + 18;
  }
  doc.moveDown(0.5); tableRows = [];
}
for (const line of src) {
  const m = line.match(/^(HEADER|TITLE|SUBTITLE|H|TABLE|ROW|NOTE|SIGN): (.*)$/);
  if (m && (m[1] === "TABLE" || m[1] === "ROW")) { tableRows.push(m[2].split("|").map(s => s.trim())); continue; }
  if (tableRows.length) drawTable();
  if (m && m[1] === "HEADER") header = m[2];
  else if (m && m[1] === "TITLE") doc.font("B").fontSize(15).text(m[2], { align: "center" }).moveDown(0.3);
  else if (m && m[1] === "SUBTITLE") doc.font("R").fontSize(11).text(m[2], { align: "center" }).moveDown(0.8);
  else if (m && m[1] === "H") doc.font("B").fontSize(12).text(m[2]).moveDown(0.3);
  else if (m && m[1] === "NOTE") doc.font("R").fontSize(9).text(m[2]).moveDown(0.6);
  else if (m && m[1] === "SIGN") doc.moveDown(1).font("B").fontSize(11).text(m[2], { align: "right" });
  else doc.font("R").fontSize(11.5).text(line, { align: "justify", lineGap: 3.5 }).moveDown(0.5);
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#444").text(header, 70, 40, { width: W, align: "center", lineBreak: false });
  doc.moveTo(70, 55).lineTo(70 + W, 55).strokeColor("#888").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 50, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = bm; doc.fillColor("black").strokeColor("black");
}
doc.end();
console.log("wrote", out, "pages", range.count);
