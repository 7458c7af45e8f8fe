// JS twin of srcparse.py: parse a src/*.txt report source into {meta, blocks}.
const fs = require('fs');
function parse(path) {
  const meta = {}; const blocks = []; let para = [];
  const flush = () => { if (para.length) { blocks.push(['p', para.join(' ')]); para = []; } };
  for (const raw of fs.readFileSync(path, 'utf8').split('\n')) {
    const s = raw.trim();
    if (!s) { flush(); continue; }
    let m = s.match(/^@(\w+):\s*(.*)$/);
    if (m) { flush(); if (m[1] === 'caption') blocks.push(['caption', m[2]]); else meta[m[1]] = m[2]; continue; }
    if (s.startsWith('## ')) { flush(); blocks.push(['h2', s.slice(3)]); continue; }
    if (s.startsWith('# ')) { flush(); blocks.push(['h1', s.slice(2)]); continue; }
    if (s.startsWith('- ')) { flush(); blocks.push(['ul', s.slice(2)]); continue; }
    if (/^\d+\.\s+/.test(s)) { flush(); blocks.push(['ol', s]); continue; }
    if (/^[a-zđ]\)\s+/.test(s)) { flush(); blocks.push(['alpha', s]); continue; }
    if (s.startsWith('|')) { flush(); blocks.push(['tr', s.replace(/^\||\|$/g, '').split('|').map(c => c.trim())]); continue; }
    para.push(s);
  }
  flush();
  return { meta, blocks };
}
module.exports = { parse };
