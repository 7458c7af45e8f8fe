// Same tiny source format as srcparse.py
const fs = require("fs");
module.exports = function parse(path) {
  const meta = {}, blocks = [];
  const text = fs.readFileSync(path, "utf8").trim();
  for (const chunk of text.split(/\n\s*\n/)) {
    const rest = [];
    for (const ln of chunk.split("\n")) {
      const m = ln.match(/^@(\w+):\s*(.*)$/);
      if (m) meta[m[1]] = m[2]; else rest.push(ln);
    }
    if (!rest.length) continue;
    const f = rest[0];
    if (f.startsWith("## ")) blocks.push(["h2", f.slice(3)]);
    else if (f.startsWith("# ")) blocks.push(["h1", f.slice(2)]);
    else if (f.startsWith("- ")) blocks.push(["ul", rest.map(l => l.slice(2))]);
    else if (f.startsWith("|")) blocks.push(["table", rest.map(l => l.trim().replace(/^\||\|$/g, "").split("|").map(c => c.trim()))]);
    else blocks.push(["p", rest.join(" ")]);
  }
  return { meta, blocks };
};
