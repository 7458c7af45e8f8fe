// Same tiny source format as srcparse.py (see there for the markup).
const fs = require("fs");
function parse(path) {
  const lines = fs.readFileSync(path, "utf8").split("\n");
  const meta = {}, body = [];
  let i = 0;
  for (; i < lines.length && lines[i].trim() !== "==="; i++) {
    const m = lines[i].match(/^@(\w+):\s?(.*)$/);
    if (m) meta[m[1]] = m[2];
  }
  i++;
  let table = null;
  for (const line of lines.slice(i)) {
    if (!line.trim()) continue;
    if (line.startsWith("|")) {
      table.rows.push(line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim()));
      continue;
    }
    table = null;
    let m;
    if (line.startsWith("@table:")) { table = { type: "table", caption: line.slice(7).trim(), rows: [] }; body.push(table); }
    else if (line.startsWith("@sign:")) body.push({ type: "sign", text: line.slice(6).trim() });
    else if (line.startsWith("## ")) body.push({ type: "h3", text: line.slice(3).trim() });
    else if (line.startsWith("# ")) body.push({ type: "h2", text: line.slice(2).trim() });
    else if (line.startsWith("> ")) body.push({ type: "lead", text: line.slice(2).trim() });
    else if (line.startsWith("- ")) body.push({ type: "bullet", text: line.slice(2).trim() });
    else if ((m = line.match(/^(\d+)\. (.*)$/))) body.push({ type: "number", n: +m[1], text: m[2].trim() });
    else body.push({ type: "p", text: line.trim() });
  }
  return { meta, body };
}
module.exports = { parse };
