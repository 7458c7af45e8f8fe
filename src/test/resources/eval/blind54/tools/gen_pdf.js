// Render src/007_*.src (light @-markup) into a 2-3 page PDF "printed from a word processor",
// with a running header and "Trang x/y" footers, using the npm package `pdfkit` and DejaVu fonts.
// Usage: node gen_pdf.js <src> <out.pdf>
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [src, out] = process.argv.slice(2);
const FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];
const fontDir = FONT_DIRS.find((d) => fs.existsSync(d + "/DejaVuSerif.ttf"));
if (!fontDir) { console.error("DejaVu fonts not found"); process.exit(1); }

const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim() !== "");
const meta = {};
const blocks = [];
for (const line of lines) {
  if (line.startsWith("@")) {
    const sp = line.indexOf(" ");
    meta[line.slice(1, sp)] = line.slice(sp + 1);
  } else if (line.startsWith("## ")) blocks.push({ t: "h2", s: line.slice(3) });
  else if (line.startsWith("# ")) blocks.push({ t: "h1", s: line.slice(2) });
  else if (line.startsWith("- ")) blocks.push({ t: "li", s: line.slice(2) });
  else if (/^1\. /.test(line)) blocks.push({ t: "ol", s: line.slice(3) });
  else blocks.push({ t: "p", s: line });
}

const FIXED_DATE = new Date(Date.UTC(2024, 6, 25, 3, 12, 0));
const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 85, bottom: 80, left: 85, right: 60 },
  info: { Title: meta.title, Author: "Vụ Đông Nam Á, Nam Á và Nam Thái Bình Dương", Creator: "Microsoft® Word 2019",
    Producer: "Microsoft® Word 2019", CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont("serif", fontDir + "/DejaVuSerif.ttf");
doc.registerFont("serif-bold", fontDir + "/DejaVuSerif-Bold.ttf");
doc.registerFont("serif-italic", fontDir + "/DejaVuSerif-Italic.ttf");
doc.registerFont("sans", fontDir + "/DejaVuSans.ttf");

const W = doc.page.width - doc.page.margins.left - doc.page.margins.right;
const body = { width: W, align: "justify", lineGap: 5, paragraphGap: 6, indent: 28 };

doc.font("serif-bold").fontSize(13).text(meta.title, { align: "center", lineGap: 3 });
doc.moveDown(0.3);
doc.font("serif-italic").fontSize(11).text(meta.meta, { align: "center" });
doc.moveDown(0.8);
let olN = 0;
for (const b of blocks) {
  if (b.t === "h1") { olN = 0; doc.moveDown(0.4); doc.font("serif-bold").fontSize(12).text(b.s, { width: W, lineGap: 4 }); doc.moveDown(0.2); }
  else if (b.t === "h2") { doc.font("serif-bold").fontSize(11.5).text(b.s, { width: W, lineGap: 4, indent: 14 }); }
  else if (b.t === "li") { doc.font("serif").fontSize(11.5).text("-  " + b.s, { ...body, indent: 14 }); }
  else if (b.t === "ol") { olN += 1; doc.font("serif").fontSize(11.5).text(olN + ".  " + b.s, { ...body, indent: 14 }); }
  else { doc.font("serif").fontSize(11.5).text(b.s, body); }
}
doc.moveDown(1);
const yStart = doc.y;
doc.font("serif-italic").fontSize(10).text("Nơi nhận:", doc.page.margins.left, yStart, { width: W / 2 });
const recips = meta.recipients.replace(/^Nơi nhận:\s*/, "").replace(/\.\s*$/, "").split(";").map((r) => r.trim()).filter(Boolean);
recips.forEach((r, k) => doc.font("serif").fontSize(9.5).text("- " + r + (k === recips.length - 1 ? "." : ";"), { width: W / 2 }));
const signX = doc.page.margins.left + W / 2;
let y = yStart;
for (const [i, s] of meta.sign.split("|").entries()) {
  doc.font(i === 1 ? "serif-italic" : "serif-bold").fontSize(11).text(s, signX, y, { width: W / 2, align: "center" });
  y = doc.y + (i === 1 ? 30 : 2);
}

const range = doc.bufferedPageRange();
const [hLeft, hRight] = meta.header.split("|");
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; const bottom = m.bottom; m.bottom = 0; m.top = 0;
  doc.font("sans").fontSize(8).fillColor("#555555");
  doc.text(hLeft, m.left, 36, { width: W, align: "left", lineBreak: false });
  doc.font("sans").fontSize(8).text(hRight, m.left, 48, { width: W, align: "right", lineBreak: false });
  doc.moveTo(m.left, 64).lineTo(m.left + W, 64).lineWidth(0.5).strokeColor("#999999").stroke();
  doc.moveTo(m.left, doc.page.height - 55).lineTo(m.left + W, doc.page.height - 55).stroke();
  doc.fontSize(9).text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 48, { width: W, align: "center" });
  doc.fillColor("black"); m.bottom = bottom; m.top = 85;
}
doc.end();
console.log("pages:", range.count);
