// JS twin of srcparse.py
const fs = require('fs');
function parse(path) {
  const meta = {}; const lines = [];
  for (const ln of fs.readFileSync(path, 'utf8').split('\n')) {
    const m = ln.match(/^@([a-z_]+): (.*)$/);
    if (m && lines.length === 0) meta[m[1]] = m[2]; else lines.push(ln);
  }
  const blocks = [];
  const last = () => blocks[blocks.length - 1];
  for (const ln of lines) {
    if (!ln.trim()) continue;
    if (ln.startsWith('## ')) blocks.push(['h2', ln.slice(3)]);
    else if (ln.startsWith('# ')) blocks.push(['h1', ln.slice(2)]);
    else if (ln.startsWith('! ')) blocks.push(['fig', ln.slice(2)]);
    else if (ln.startsWith('- ')) { if (last() && last()[0] === 'ul') last()[1].push(ln.slice(2)); else blocks.push(['ul', [ln.slice(2)]]); }
    else if (/^\d+\. /.test(ln)) { const it = ln.replace(/^\d+\. /, ''); if (last() && last()[0] === 'ol') last()[1].push(it); else blocks.push(['ol', [it]]); }
    else if (ln.startsWith('|')) {
      const cells = ln.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(s => s.trim());
      if (/^[-:]*$/.test(cells.join(''))) continue;
      if (last() && last()[0] === 'table') last()[1].push(cells); else blocks.push(['table', [cells]]);
    } else blocks.push(['p', ln]);
  }
  return { meta, blocks };
}
module.exports = { parse };
