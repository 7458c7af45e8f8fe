// The chat page. Every piece of text from the server or the user is put in place as text (textContent,
// createTextNode), never as markup, so a report or a question holding <script> shows as written.
'use strict';

const CONVERSATION_KEY = 'baocao.conversation';
const TRANSCRIPT_KEY = 'baocao.transcript';
const MARKER = /\[(\d{1,3})\]/g;

const log = document.getElementById('log');
const form = document.getElementById('ask');
const input = document.getElementById('question');
const send = document.getElementById('send');
const aside = document.getElementById('source');
const asideHeading = document.getElementById('source-heading');
const asideBody = document.getElementById('source-body');
let lastTrigger = null;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** "2023-01-10" → "10/1/2023", as the reports write dates. */
function vnDate(iso) {
  if (!iso) return 'không rõ ngày';
  const [y, m, d] = iso.split('-').map(Number);
  return d + '/' + m + '/' + y;
}

function transcript() {
  try { return JSON.parse(sessionStorage.getItem(TRANSCRIPT_KEY) || '[]'); } catch (e) { return []; }
}

function remember(question, reply) {
  const turns = transcript();
  turns.push({ question, reply });
  try { sessionStorage.setItem(TRANSCRIPT_KEY, JSON.stringify(turns.slice(-50))); } catch (e) { /* storage full: the page still works */ }
}

/** The answer's text with each [n] as a button opening source n. */
function answerText(text, citations, turnId) {
  const p = el('p', 'answer');
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    p.appendChild(document.createTextNode(text.slice(at, m.index)));
    const n = Number(m[1]);
    const citation = citations[n - 1];
    if (citation) {
      const b = el('button', 'cite', '[' + n + ']');
      b.type = 'button';
      b.setAttribute('aria-label', 'Mở nguồn ' + n + ': ' + citation.title);
      b.setAttribute('aria-controls', 'source');
      b.setAttribute('aria-expanded', 'false');
      b.dataset.turn = turnId;
      b.addEventListener('click', () => openSource(citation, b));
      p.appendChild(b);
    } else {
      p.appendChild(document.createTextNode(m[0]));
    }
    at = m.index + m[0].length;
  }
  p.appendChild(document.createTextNode(text.slice(at)));
  return p;
}

function sourceList(citations) {
  const box = el('div', 'sources');
  box.appendChild(el('h3', null, 'Nguồn'));
  const list = el('ol');
  for (const c of citations) {
    const li = el('li');
    const open = el('button', 'cite', '[' + c.n + ']');
    open.type = 'button';
    open.setAttribute('aria-label', 'Mở nguồn ' + c.n);
    open.setAttribute('aria-controls', 'source');
    open.setAttribute('aria-expanded', 'false');
    open.addEventListener('click', () => openSource(c, open));
    li.appendChild(open);
    li.appendChild(document.createTextNode(' ' + c.title + ' '));
    const meta = [vnDate(c.date), c.conference, c.source].filter(Boolean).join(' – ');
    li.appendChild(el('span', 'meta', '– ' + meta));
    list.appendChild(li);
  }
  box.appendChild(list);
  return box;
}

function renderReply(box, reply, turnId) {
  box.replaceChildren();
  box.classList.toggle('refused', !!reply.abstained);
  if (reply.message !== undefined) {
    box.appendChild(el('p', 'answer', reply.message));
    return;
  }
  if (reply.source) {
    const s = reply.source;
    box.appendChild(el('p', 'status', 'Nguồn ' + s.n + ': ' + s.title + ' – ' + vnDate(s.date)));
    box.appendChild(el('p', 'passage', s.passage));
    return;
  }
  if (reply.understood) box.appendChild(el('p', 'understood', '(Hiểu là: ' + reply.understood + ')'));
  if (reply.abstained) box.appendChild(el('p', 'status', 'Không trả lời được (' + reply.refusal + ')'));
  box.appendChild(answerText(reply.answer, reply.citations || [], turnId));
  if (reply.citations && reply.citations.length) box.appendChild(sourceList(reply.citations));
}

function addTurn(question) {
  const li = el('li', 'turn');
  li.id = 'turn-' + (log.children.length + 1);
  li.appendChild(el('p', 'asked', question));
  const box = el('div', 'reply');
  li.appendChild(box);
  log.appendChild(li);
  return { box, id: li.id };
}

function showError(box, detail) {
  box.replaceChildren(el('p', 'error', 'Lỗi: ' + detail));
}

async function openSource(citation, trigger) {
  document.querySelectorAll('.cite[aria-expanded=true]').forEach(b => b.setAttribute('aria-expanded', 'false'));
  trigger.setAttribute('aria-expanded', 'true');
  lastTrigger = trigger;
  aside.hidden = false;
  asideHeading.textContent = 'Nguồn [' + citation.n + ']';
  asideBody.replaceChildren(el('p', 'pending', 'Đang mở đoạn nguồn…'));
  try {
    const r = await fetch('/api/reports/' + encodeURIComponent(citation.report) + '/passages/' + citation.ordinal);
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail || r.statusText);
    const title = el('p', 'title', body.title);
    const meta = el('p', 'meta', [vnDate(body.date), body.conference, body.url || body.source].filter(Boolean).join(' – '));
    const passage = el('blockquote', 'passage');
    passage.id = 'passage-text';
    const at = citation.quote ? body.passage.indexOf(citation.quote) : -1;
    if (at >= 0) {
      passage.appendChild(document.createTextNode(body.passage.slice(0, at)));
      passage.appendChild(el('mark', null, citation.quote));
      passage.appendChild(document.createTextNode(body.passage.slice(at + citation.quote.length)));
    } else {
      passage.textContent = body.passage;
    }
    asideBody.replaceChildren(title, meta, passage);
  } catch (e) {
    asideBody.replaceChildren(el('p', 'error', 'Không mở được đoạn nguồn: ' + e.message));
  }
  asideHeading.focus();
  if (window.matchMedia('(max-width: 899px)').matches) aside.scrollIntoView({ block: 'start' });
}

function closeSource() {
  aside.hidden = true;
  document.querySelectorAll('.cite[aria-expanded=true]').forEach(b => b.setAttribute('aria-expanded', 'false'));
  if (lastTrigger && document.body.contains(lastTrigger)) lastTrigger.focus();
}

/** Reads a text/event-stream response, calling onEvent(name, data) for each event. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const chunk = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      let name = 'message', data = '';
      for (const line of chunk.split('\n')) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data += line.slice(6);
      }
      onEvent(name, JSON.parse(data));
    }
  }
}

async function ask(question) {
  question = question.trim();
  if (!question) { input.focus(); return; }
  document.getElementById('examples').hidden = true;
  const turn = addTurn(question);
  turn.box.appendChild(el('p', 'pending', 'Đang tìm trong các báo cáo…'));
  send.disabled = true;
  const body = { question };
  const conversation = localStorage.getItem(CONVERSATION_KEY);
  if (conversation) body.conversation = conversation;
  let final = null;
  try {
    const r = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify(body),
    });
    if (!r.ok) {
      const problem = await r.json().catch(() => ({ detail: r.statusText }));
      showError(turn.box, problem.detail || ('HTTP ' + r.status));
      return;
    }
    await readEvents(r, (name, data) => {
      if (name === 'draft') turn.box.replaceChildren(el('p', 'answer', data.answer));
      else if (name === 'answer') final = data;
    });
    if (!final) throw new Error('câu trả lời bị ngắt giữa chừng');
    localStorage.setItem(CONVERSATION_KEY, final.conversation);
    renderReply(turn.box, final, turn.id);
    remember(question, final);
  } catch (e) {
    showError(turn.box, 'không kết nối được máy chủ (' + e.message + ')');
  } finally {
    send.disabled = false;
  }
}

form.addEventListener('submit', e => {
  e.preventDefault();
  const q = input.value;
  input.value = '';
  ask(q).then(() => input.focus());
});
input.addEventListener('keydown', e => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    form.requestSubmit();
  }
});
document.querySelectorAll('.example').forEach(b => b.addEventListener('click', () => ask(b.textContent).then(() => input.focus())));
document.getElementById('close-source').addEventListener('click', closeSource);
aside.addEventListener('keydown', e => { if (e.key === 'Escape') closeSource(); });
document.getElementById('new-conversation').addEventListener('click', async () => {
  await ask('/moi');
  sessionStorage.removeItem(TRANSCRIPT_KEY);
  localStorage.removeItem(CONVERSATION_KEY);
  const last = log.lastElementChild;
  log.replaceChildren();
  if (last) log.appendChild(last);
  aside.hidden = true;
  document.getElementById('examples').hidden = false;
  input.focus();
});

// the conversation goes on after a reload: the server keeps its focus, the tab keeps what was shown
for (const t of transcript()) {
  const turn = addTurn(t.question);
  renderReply(turn.box, t.reply, turn.id);
}
if (log.children.length) document.getElementById('examples').hidden = true;
