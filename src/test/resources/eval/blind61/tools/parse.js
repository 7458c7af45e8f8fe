// Same light markup as srcparse.py (see there).
const fs = require('fs');
function parse(path) {
  const meta = {}, blocks = [];
  for (const chunk of fs.readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    let rest = [];
    for (const l of chunk.split('\n').filter(x => x.trim())) {
      const m = l.match(/^@([a-z0-9]+):\s?(.*)$/);
      if (m) meta[m[1]] = m[2]; else rest.push(l);
    }
    if (!rest.length) continue;
    if (rest[0].startsWith('## ')) { blocks.push(['h', rest[0].slice(3)]); rest = rest.slice(1); if (!rest.length) continue; }
    if (rest.every(l => l.startsWith('- '))) blocks.push(['ul', rest.map(l => l.slice(2))]);
    else if (rest.length > 1 && rest.every(l => /^\d+\. /.test(l))) blocks.push(['ol', rest.map(l => l.replace(/^\d+\. /, ''))]);
    else if (rest.every(l => l.startsWith('|'))) blocks.push(['table', rest.map(l => l.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim()))]);
    else if (rest[0].startsWith('CAP: ')) blocks.push(['cap', rest[0].slice(5)]);
    else blocks.push(['p', rest.join(' ')]);
  }
  return { meta, blocks };
}
module.exports = { parse };
