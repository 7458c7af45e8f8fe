// Minimal parser for the src/*.src.txt markup shared by the node generators.
const fs = require('fs');
function parse(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const meta = {}; const blocks = [];
  let cur = null;
  const flush = () => { if (cur) { blocks.push(cur); cur = null; } };
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) { flush(); continue; }
    let m;
    if ((m = line.match(/^@(\w+):\s*(.*)$/))) {
      flush();
      if (m[1] === 'tablecaption' || m[1] === 'sign') blocks.push({ type: m[1], text: m[2] });
      else meta[m[1]] = m[2];
      continue;
    }
    if ((m = line.match(/^\[(\w+)\]\s*(.*)$/))) {
      flush(); blocks.push({ type: m[1], text: m[2], parts: m[2].split(/\s*\|\s*/) }); continue;
    }
    if ((m = line.match(/^(#{1,3})\s+(.*)$/))) { flush(); blocks.push({ type: 'h' + m[1].length, text: m[2] }); continue; }
    if ((m = line.match(/^-\s+(.*)$/))) {
      if (!cur || cur.type !== 'ul') { flush(); cur = { type: 'ul', items: [] }; }
      cur.items.push(m[1]); continue;
    }
    if ((m = line.match(/^\d+\.\s+(.*)$/))) {
      if (!cur || cur.type !== 'ol') { flush(); cur = { type: 'ol', items: [] }; }
      cur.items.push(m[1]); continue;
    }
    if (line.startsWith('|')) {
      if (!cur || cur.type !== 'table') { flush(); cur = { type: 'table', rows: [] }; }
      const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map(s => s.trim());
      if (!cells.every(c => /^-+$/.test(c))) cur.rows.push(cells);
      continue;
    }
    if (!cur || cur.type !== 'p') { flush(); cur = { type: 'p', text: line }; }
    else cur.text += ' ' + line;
  }
  flush();
  return { meta, blocks };
}
module.exports = { parse };
