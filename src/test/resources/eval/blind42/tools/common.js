// Shared helpers for the Node generators (same conventions as common.py).
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const ROOT = path.dirname(__dirname);
const SRC = path.join(ROOT, 'src');
const REPORTS = path.join(ROOT, 'reports');

function reportName(num, srcPath, ext) {
  const h = crypto.createHash('sha256').update(fs.readFileSync(srcPath)).digest('hex').slice(0, 16);
  return String(num).padStart(3, '0') + '_' + h + '.' + ext;
}

function parseSrc(p) {
  const meta = {};
  const body = [];
  for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
    const m = line.match(/^@(\w+):\s?(.*)$/);
    if (m) (meta[m[1]] = meta[m[1]] || []).push(m[2]);
    else body.push(line);
  }
  while (body.length && !body[0].trim()) body.shift();
  while (body.length && !body[body.length - 1].trim()) body.pop();
  return { meta, body };
}

function blocks(body) {
  const out = [];
  let cur = [];
  for (const l of body) {
    if (l.trim()) cur.push(l);
    else if (cur.length) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}

module.exports = { ROOT, SRC, REPORTS, reportName, parseSrc, blocks };
