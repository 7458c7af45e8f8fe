// Build reports/007_*.pdf (2-3 pages, running header, "Trang x/y" footer) with npm pdfkit.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");
const ROOT = path.resolve(__dirname, "..");
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const lines = fs.readFileSync(path.join(ROOT, "src", "007_ngoai_giao_kinh_te_dbscl_2023.txt"), "utf8").split("\n");
const out = path.join(ROOT, "reports", "007_ngoai_giao_kinh_te_dbscl_can_tho_2023.pdf");
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true,
  info: { Title: "Hội nghị Ngoại giao kinh tế vùng Đồng bằng sông Cửu Long 2023", Author: "Bộ Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", FONT_B);
const W = doc.page.width - 128;
let table = null;
function flushTable() {
  if (!table) return;
  doc.moveDown(0.3).font("B").fontSize(11).text(table.caption, { width: W });
  const cols = [W * 0.55, W * 0.18, W * 0.27];
  for (const [i, row] of table.rows.entries()) {
    const y = doc.y; let x = 64;
    doc.font(i === 0 ? "B" : "R").fontSize(10.5);
    row.forEach((c, j) => { doc.text(c, x + 3, y + 3, { width: cols[j] - 6, align: j === 0 ? "left" : "right" }); x += cols[j]; });
    doc.rect(64, y, W, 20).stroke();
    doc.x = 64; doc.y = y + 20;
  }
  doc.moveDown(0.6);
  table = null;
}
for (const line of lines) {
  if (!line.trim()) continue;
  const [k, ...rest] = line.split(": "); const v = rest.join(": ");
  if (k === "ROW") { table.rows.push(v.split("|").map((s) => s.trim())); continue; }
  flushTable();
  if (k === "H1") doc.font("B").fontSize(14).text(v, { align: "center", width: W }).moveDown(0.3);
  else if (k === "SUB") doc.font("R").fontSize(10).fillColor("#444").text(v, { align: "center", width: W }).fillColor("black").moveDown(0.8);
  else if (k === "H2") doc.moveDown(0.3).font("B").fontSize(12).text(v, { width: W }).moveDown(0.3);
  else if (k === "P") doc.font("R").fontSize(12).text(v, { align: "justify", width: W, lineGap: 4 }).moveDown(0.6);
  else if (k === "TABLE") table = { caption: v, rows: [] };
  else if (k === "END") doc.font("B").fontSize(11).text(v, { align: "right", width: W });
  else throw new Error("bad line " + line);
}
flushTable();
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("R").fontSize(8.5).fillColor("#555")
     .text("BỘ NGOẠI GIAO  |  Hội nghị Ngoại giao kinh tế vùng ĐBSCL 2023 - Cần Thơ, 18/8/2023", 64, 36, { width: W, align: "center" });
  doc.moveTo(64, 50).lineTo(64 + W, 50).stroke("#999");
  doc.text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 48, { width: W, align: "center" });
  doc.page.margins = m; doc.fillColor("black");
}
doc.end();
console.log("wrote", out, "pages:", range.count);
