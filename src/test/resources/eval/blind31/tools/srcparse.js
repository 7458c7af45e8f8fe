// Same tiny markup parser as srcparse.py, for the Node generators.
const fs = require('fs');
function parse(path) {
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  const meta = {}, blocks = [];
  let i = 0;
  while (i < lines.length) {
    const ln = lines[i].replace(/\s+$/, '');
    if (!ln) { i++; continue; }
    if (ln.startsWith('@') && ln.includes(':')) {
      const k = ln.slice(1, ln.indexOf(':')).trim(), v = ln.slice(ln.indexOf(':') + 1).trim();
      if (k === 'table' || k === 'tablecaption') {
        const rows = []; i++;
        while (i < lines.length && lines[i].startsWith('|')) {
          rows.push(lines[i].trim().replace(/^\||\|$/g, '').split('|').map(s => s.trim())); i++;
        }
        blocks.push({ t: 'table', caption: v, rows }); continue;
      }
      if (k === 'subtitle' || k === 'tablenote' || k === 'end') blocks.push({ t: k, text: v });
      else meta[k] = v;
    } else if (ln.startsWith('## ')) blocks.push({ t: 'h2', text: ln.slice(3) });
    else if (ln.startsWith('# ')) blocks.push({ t: 'h1', text: ln.slice(2) });
    else if (ln.startsWith('- ')) {
      const items = [];
      while (i < lines.length && lines[i].startsWith('- ')) { items.push(lines[i].slice(2).trim()); i++; }
      blocks.push({ t: 'ul', items }); continue;
    } else blocks.push({ t: 'p', text: ln });
    i++;
  }
  return { meta, blocks };
}
module.exports = { parse };
