// The admin page: the token stays in this tab (sessionStorage) and goes only in the Authorization header.
// Everything from the server is put in place as text.
'use strict';

const TOKEN_KEY = 'baocao.admin';
const status = document.getElementById('status');

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  row.appendChild(td);
}

async function call(path, options) {
  const token = sessionStorage.getItem(TOKEN_KEY) || '';
  const r = await fetch(path, { ...(options || {}), headers: { ...((options || {}).headers || {}), Authorization: 'Bearer ' + token } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.detail || ('HTTP ' + r.status));
  return body;
}

async function load() {
  try {
    const refused = await call('/api/admin/refused');
    const rows = document.getElementById('refused');
    rows.replaceChildren();
    for (const q of refused) {
      const tr = document.createElement('tr');
      [q.question, q.reason, q.count, q.last].forEach(v => cell(tr, v));
      rows.appendChild(tr);
    }
    const reports = await call('/api/admin/reports');
    const list = document.getElementById('reports');
    list.replaceChildren();
    for (const r of reports) {
      const tr = document.createElement('tr');
      const leaders = r.meeting ? r.meeting.leaders.map(l => l.name).join(', ') : '';
      [r.meeting && r.meeting.date || r.date, r.title, r.conference ? r.conference.name : '', leaders, r.url || r.source]
        .forEach(v => cell(tr, v));
      list.appendChild(tr);
    }
    status.textContent = reports.length + ' báo cáo, ' + refused.length + ' câu hỏi chưa trả lời được.';
  } catch (e) {
    status.textContent = 'Lỗi: ' + e.message;
  }
}

document.getElementById('token-form').addEventListener('submit', e => {
  e.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, document.getElementById('token').value.trim());
  document.getElementById('token').value = '';
  load();
});

document.getElementById('upload-form').addEventListener('submit', async e => {
  e.preventDefault();
  const file = document.getElementById('file').files[0];
  const result = document.getElementById('upload-result');
  if (!file) return;
  result.textContent = 'Đang đọc ' + file.name + '…';
  try {
    const body = await call('/api/admin/reports?name=' + encodeURIComponent(file.name),
      { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file });
    result.textContent = (body.status === 'added' ? 'Đã thêm: ' : 'Đã có sẵn: ') + body.report.title
      + (body.passages ? ' (' + body.passages + ' đoạn)' : '');
    load();
  } catch (err) {
    result.textContent = 'Không thêm được: ' + err.message;
  }
});

if (sessionStorage.getItem(TOKEN_KEY)) load();
