// Same markup as tools/srcparse.py (see there).
const fs = require("fs");
function parse(path) {
  const meta = {}, blocks = [];
  const lines = fs.readFileSync(path, "utf8").normalize("NFC").split("\n");
  for (const line of lines) {
    const s = line.trim();
    if (!s) continue;
    if (s.startsWith("@") && s.includes(":") && blocks.length === 0) {
      const i = s.indexOf(":");
      meta[s.slice(1, i).trim()] = s.slice(i + 1).trim();
    } else if (s.startsWith("## ")) blocks.push(["h2", s.slice(3)]);
    else if (s.startsWith("# ")) blocks.push(["h1", s.slice(2)]);
    else if (s.startsWith("- ")) blocks.push(["li", s.slice(2)]);
    else if (/^\d+\. /.test(s) && s !== s.toUpperCase()) blocks.push(["ol", s]);
    else if (s.startsWith("|")) {
      const cells = s.replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
      const last = blocks[blocks.length - 1];
      if (last && last[0] === "table") last[1].push(cells);
      else blocks.push(["table", [cells]]);
    } else if (s.startsWith("> ")) blocks.push(["fig", s.slice(2)]);
    else if (s.startsWith("!")) {
      const sp = s.indexOf(" ");
      blocks.push([s.slice(1, sp), s.slice(sp + 1)]);
    } else blocks.push(["p", s]);
  }
  return { meta, blocks };
}
module.exports = { parse };
