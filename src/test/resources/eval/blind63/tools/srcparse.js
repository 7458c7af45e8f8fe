// JS twin of srcparse.py: parses src/*.src.txt markup into {meta, blocks}.
const fs = require('fs');
function parse(path) {
  const meta = {}; const blocks = []; let para = [];
  const flush = () => { if (para.length) { blocks.push({ t: 'p', x: para.join(' ') }); para = []; } };
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const m = line.match(/^@(\w+):\s?(.*)$/);
    if (m && !blocks.length && !para.length) { (meta[m[1]] = meta[m[1]] || []).push(m[2]); continue; }
    if (!line.trim()) { flush(); continue; }
    let r;
    if (line.startsWith('# ')) { flush(); blocks.push({ t: 'h1', x: line.slice(2).trim() }); }
    else if (line.startsWith('## ')) { flush(); blocks.push({ t: 'h2', x: line.slice(3).trim() }); }
    else if (line.startsWith('- ')) { flush(); blocks.push({ t: 'li', x: line.slice(2).trim() }); }
    else if ((r = line.match(/^(\d+)\. (.*)$/))) { flush(); blocks.push({ t: 'ol', x: r[2].trim(), n: +r[1] }); }
    else if (line.startsWith('|')) {
      flush();
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim());
      if (cells.every(c => /^-+$/.test(c))) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'table') last.rows.push(cells); else blocks.push({ t: 'table', rows: [cells] });
    }
    else if (line.startsWith('[ảnh] ')) { flush(); blocks.push({ t: 'fig', x: line.slice(6).trim() }); }
    else para.push(line.trim());
  }
  flush();
  return { meta, blocks };
}
const m1 = (meta, k, d = '') => (meta[k] || [d])[0];
module.exports = { parse, m1 };
