// Parse the light markup used in ../src/*.txt into {meta, blocks}
// Markup: "@key: value" metadata; "# "/"## "/"### " headings; "- " bullets;
// "1. " numbered items; "| a | b |" table rows; "[cap] " figure captions;
// "[cmt] name | time | text" comments; "[rel] title" related links; other lines = paragraphs.
const fs = require('fs');
function parse(path) {
  const lines = fs.readFileSync(path, 'utf8').split(/\r?\n/);
  const meta = {}; const blocks = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    let m;
    if ((m = line.match(/^@([a-z_]+):\s?(.*)$/))) { meta[m[1]] = m[2]; continue; }
    if ((m = line.match(/^(#{1,3}) (.*)$/))) { blocks.push({ t: 'h' + m[1].length, text: m[2] }); continue; }
    if ((m = line.match(/^- (.*)$/))) { blocks.push({ t: 'bullet', text: m[1] }); continue; }
    if ((m = line.match(/^(\d+)\. (.*)$/))) { blocks.push({ t: 'num', n: +m[1], text: m[2] }); continue; }
    if (line.startsWith('|')) {
      const cells = line.replace(/^\||\|$/g, '').split('|').map(s => s.trim());
      if (cells.every(c => /^-+$/.test(c))) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.t === 'table') last.rows.push(cells); else blocks.push({ t: 'table', rows: [cells] });
      continue;
    }
    if ((m = line.match(/^\[cap\] (.*)$/))) { blocks.push({ t: 'cap', text: m[1] }); continue; }
    if ((m = line.match(/^\[cmt\] (.*)$/))) { const [name, time, text] = m[1].split(' | '); blocks.push({ t: 'cmt', name, time, text }); continue; }
    if ((m = line.match(/^\[rel\] (.*)$/))) { blocks.push({ t: 'rel', text: m[1] }); continue; }
    blocks.push({ t: 'p', text: line });
  }
  return { meta, blocks };
}
module.exports = { parse };
