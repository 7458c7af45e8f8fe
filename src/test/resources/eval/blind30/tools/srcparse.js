// Same light markup as srcparse.py (see there).
const fs = require('fs');
module.exports = function parse(path) {
  const meta = {}, blocks = []; let para = [];
  const flush = () => { if (para.length) { blocks.push(['p', para.join(' ')]); para = []; } };
  for (const raw of fs.readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trimEnd(); let m;
    if ((m = line.match(/^@(\w+):\s*(.*)$/))) { flush(); if (m[1] === 'tablecaption') blocks.push(['tablecaption', m[2]]); else meta[m[1]] = m[2]; continue; }
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('## ')) { flush(); blocks.push(['h2', line.slice(3)]); }
    else if (line.startsWith('# ')) { flush(); blocks.push(['h1', line.slice(2)]); }
    else if (line.startsWith('- ')) { flush(); blocks.push(['li', line.slice(2)]); }
    else if (line.startsWith('|')) { flush(); const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(s => s.trim());
      const last = blocks[blocks.length - 1]; if (last && last[0] === 'table') last[1].push(cells); else blocks.push(['table', [cells]]); }
    else para.push(line.trim());
  }
  flush(); return { meta, blocks };
};
