// Shared parser for the light markup used in src/*.src.txt
// %key: value  -> meta (repeatable keys collected in arrays)
// # / ##        -> headings;  "- " bullets;  "1. " numbered;  "|a|b|c" table rows;  "!img: " captions
const fs = require('fs');
function parse(path) {
  const meta = {}; const blocks = [];
  for (const raw of fs.readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line) continue;
    let m;
    if ((m = line.match(/^%(\w+):\s*(.*)$/))) { (meta[m[1]] = meta[m[1]] || []).push(m[2]); continue; }
    if ((m = line.match(/^(#{1,2}) (.*)$/))) { blocks.push({ t: 'h' + m[1].length, text: m[2] }); continue; }
    if ((m = line.match(/^- (.*)$/))) { blocks.push({ t: 'bullet', text: m[1] }); continue; }
    if ((m = line.match(/^(\d+)\. (.*)$/))) { blocks.push({ t: 'num', n: +m[1], text: m[2] }); continue; }
    if (line.startsWith('|')) {
      const cells = line.slice(1).split('|');
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'table') last.rows.push(cells); else blocks.push({ t: 'table', rows: [cells] });
      continue;
    }
    if ((m = line.match(/^!img:\s*(.*)$/))) { blocks.push({ t: 'img', text: m[1] }); continue; }
    blocks.push({ t: 'p', text: line });
  }
  const one = k => (meta[k] ? meta[k][0] : '');
  return { meta, one, blocks };
}
module.exports = { parse };
