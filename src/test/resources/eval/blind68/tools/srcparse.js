// Same tiny parser as srcparse.py, for the node generators.
const fs = require('fs');
function parse(path) {
  const meta = {}, blocks = [];
  for (const raw of fs.readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const m = line.match(/^@([a-z_]+):\s?(.*)$/);
    if (m) { (meta[m[1]] = meta[m[1]] || []).push(m[2]); continue; }
    if (!line.trim()) continue;
    if (line.startsWith('## ')) blocks.push(['h2', line.slice(3)]);
    else if (line.startsWith('# ')) blocks.push(['h1', line.slice(2)]);
    else if (line.startsWith('- ')) blocks.push(['bullet', line.slice(2)]);
    else if (/^\d+\. /.test(line)) blocks.push(['num', line.replace(/^\d+\. /, '')]);
    else if (line.startsWith('|')) {
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim());
      if (cells.every(c => /^-+$/.test(c))) continue;
      const last = blocks[blocks.length - 1];
      if (last && last[0] === 'table') last[1].push(cells); else blocks.push(['table', [cells]]);
    } else if (line.startsWith('[img] ')) blocks.push(['img', line.slice(6)]);
    else blocks.push(['p', line]);
  }
  const m1 = {}; for (const k in meta) m1[k] = meta[k][0];
  return { meta: m1, metaAll: meta, blocks };
}
module.exports = { parse };
