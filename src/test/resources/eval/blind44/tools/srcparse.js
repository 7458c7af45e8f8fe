// Same markup as srcparse.py, for the node generators (docx, pdf).
const fs = require('fs');
function parse(path) {
  const meta = {};
  const blocks = [];
  for (const raw of fs.readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    let m = line.match(/^@([\w-]+):\s*(.*)$/);
    if (m) { (meta[m[1]] = meta[m[1]] || []).push(m[2]); continue; }
    if (line.startsWith('### ')) blocks.push({t: 'h3', s: line.slice(4)});
    else if (line.startsWith('## ')) blocks.push({t: 'h2', s: line.slice(3)});
    else if (line.startsWith('# ')) blocks.push({t: 'h1', s: line.slice(2)});
    else if (line.startsWith('!') || line.startsWith('=')) blocks.push({t: 'center', s: line.slice(1)});
    else if (line.startsWith('- ')) blocks.push({t: 'bullet', s: line.slice(2)});
    else if ((m = line.match(/^(\d+)\. (.*)$/))) blocks.push({t: 'num', n: m[1], s: m[2]});
    else if (line.startsWith('|')) {
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split(' | ').map(c => c.trim());
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'table') last.rows.push(cells); else blocks.push({t: 'table', rows: [cells]});
    } else if (line.startsWith('[fig] ')) blocks.push({t: 'fig', s: line.slice(6)});
    else blocks.push({t: 'p', s: line});
  }
  return {meta, blocks};
}
const one = (meta, k, d = '') => (meta[k] ? meta[k][0] : d);
module.exports = {parse, one};
