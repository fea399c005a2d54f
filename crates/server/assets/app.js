// ascribe web UI. No framework. Every piece of data reaches the page through
// text nodes (h() below); nothing from the server is ever parsed as HTML.
'use strict';

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const app = () => document.getElementById('app');
function show(...nodes) { const a = app(); a.replaceChildren(...nodes); }
function errorBox(msg) { return h('p', { class: 'error', role: 'alert' }, msg); }
function link(path, text) { return h('a', { href: path, 'data-nav': '1' }, text); }
function safeUrl(u) { return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null; }

async function api(path, opts) {
  const r = await fetch(path, opts);
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) {
    const e = body && body.error ? body.error : { code: String(r.status), message: r.statusText };
    throw new Error(e.code + ': ' + e.message);
  }
  return body;
}

// ---------- highlighting ----------

function speakerKey(a) {
  if (a.speaker && a.speaker.name) return a.speaker.name;
  if (a.handle) return '@' + a.handle;
  if (a.source && a.source.length) return a.source.map(s => s.text).join(' ');
  return '(unknown speaker)';
}

// The extractor's boilerplate ranges ("Read more:", sign-up prompts, photo
// credits), checked; a missing or malformed field counts as none.
function boilerplateOf(r) {
  const list = r && Array.isArray(r.boilerplate) ? r.boilerplate : [];
  return list.filter(b => b && Number.isInteger(b.start) && Number.isInteger(b.end) && b.start < b.end);
}

// Renders `text` with the attributions' content, cue and source spans
// highlighted, and boilerplate ranges marked (hidden on request). Offsets are
// Unicode code points (Array.from splits by them).
function annotated(text, attributions, boilerplate) {
  const cps = Array.from(text);
  const label = new Array(cps.length).fill(null);
  const bp = new Array(cps.length).fill(null); // kind of boilerplate, per code point
  for (const b of boilerplate || []) {
    for (let k = Math.max(0, b.start); k < Math.min(cps.length, b.end); k++) bp[k] = String(b.kind || 'boilerplate');
  }
  const speakers = new Map(); // key -> {index, count, attrs}
  attributions.forEach((a, i) => {
    const key = speakerKey(a);
    if (!speakers.has(key)) speakers.set(key, { index: speakers.size, count: 0, attrs: [] });
    const sp = speakers.get(key);
    sp.count++; sp.attrs.push(i);
  });
  for (const role of ['content', 'source', 'cue']) {
    attributions.forEach((a, i) => {
      for (const s of a[role] || []) {
        for (let k = Math.max(0, s.start); k < Math.min(cps.length, s.end); k++) label[k] = { i, role };
      }
    });
  }
  const details = h('div', { class: 'details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click or press Enter on a highlight for details.'));
  const article = h('div', { class: 'article' });
  const colour = i => 'sp-' + (speakers.get(speakerKey(attributions[i])).index % 8);

  function select(i) {
    for (const el of article.querySelectorAll('.hl.active')) el.classList.remove('active');
    for (const el of article.querySelectorAll('.hl[data-a="' + i + '"]')) el.classList.add('active');
    const a = attributions[i];
    const sp = a.speaker || {};
    const row = (k, v) => (v === null || v === undefined || v === '') ? [] : [h('dt', {}, k), h('dd', {}, String(v))];
    details.replaceChildren(h('dl', {},
      row('Speaker', speakerKey(a)),
      row('Type', sp.type),
      row('Role', sp.role),
      row('Kind', a.kind),
      row('Cue', (a.cue || []).map(s => s.text).join(' … ')),
      row('Venue', a.venue),
      row('Date', a.date),
      row('Handle', a.handle ? '@' + a.handle : null),
      row('Confidence', typeof a.confidence === 'number' ? a.confidence.toFixed(2) : null),
      row('Content', (a.content || []).map(s => s.text).join(' … ')),
      a.id !== undefined ? [h('dt', {}, 'Provenance'), h('dd', {}, link('/trace?attribution=' + encodeURIComponent(a.id), 'trace this quote'))] : []));
  }

  // A paragraph is "plain" without attributions, and "all-boilerplate" when
  // every visible character in it is boilerplate (then it hides whole).
  const newPara = () => { const p = h('p', { class: 'plain' }); p.dataset.text = '0'; p.dataset.bp = '0'; return p; };
  let para = newPara();
  const paras = [para];
  let k = 0;
  while (k < cps.length) {
    const l = label[k];
    if (cps[k] === '\n' && !l) {
      para = newPara(); paras.push(para);
      while (k < cps.length && cps[k] === '\n' && !label[k]) k++;
      continue;
    }
    const b = bp[k];
    let j = k + 1;
    while (j < cps.length && bp[j] === b && (l ? (label[j] && label[j].i === l.i && label[j].role === l.role) : (!label[j] && cps[j] !== '\n'))) j++;
    const piece = cps.slice(k, j).join('');
    const visible = piece.trim().length > 0;
    if (visible) para.dataset[b ? 'bp' : 'text'] = '1';
    // Boilerplate is wrapped so the checkbox can hide it; the highlight (if
    // any) goes inside the wrapper.
    const target = b ? para.appendChild(h('span', { class: 'boilerplate', title: 'boilerplate: ' + b, 'data-kind': b })) : para;
    if (l) {
      const a = attributions[l.i];
      para.classList.remove('plain');
      target.append(h('span', {
        class: 'hl hl-' + l.role + ' ' + colour(l.i), 'data-a': l.i, 'data-role': l.role, tabindex: 0, role: 'button',
        'aria-label': l.role + ' of ' + speakerKey(a) + ': ' + piece,
        onclick: () => select(l.i),
        onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(l.i); } },
      }, piece));
    } else {
      target.append(piece);
    }
    k = j;
  }
  for (const p of paras) {
    if (p.dataset.bp === '1' && p.dataset.text === '0') p.classList.add('all-boilerplate');
    delete p.dataset.bp; delete p.dataset.text;
  }
  article.append(...paras);

  const view = h('div', {});
  const legend = h('ul', { class: 'legend', 'aria-label': 'Speakers' });
  for (const [key, sp] of [...speakers.entries()].sort((x, y) => y[1].count - x[1].count)) {
    const btn = h('button', {
      type: 'button', class: 'sp-' + (sp.index % 8), 'aria-pressed': 'false',
      onclick: () => {
        const on = btn.getAttribute('aria-pressed') !== 'true';
        for (const b of legend.querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
        for (const el of article.querySelectorAll('.hl.focus')) el.classList.remove('focus');
        view.classList.toggle('dimmed', on);
        if (on) {
          btn.setAttribute('aria-pressed', 'true');
          for (const i of sp.attrs) for (const el of article.querySelectorAll('.hl[data-a="' + i + '"]')) el.classList.add('focus');
        }
      },
    }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), h('span', { class: 'name' }, key), h('span', { class: 'count' }, String(sp.count)));
    legend.append(h('li', {}, btn));
  }
  const cards = attributions.map((a, i) => a.kind === 'social'
    ? h('article', { class: 'card ' + colour(i) },
        h('div', {}, h('strong', {}, speakerKey(a)), ' ', a.handle ? h('span', { class: 'handle' }, '@' + a.handle) : null),
        h('p', {}, (a.content || []).map(s => s.text).join(' … ')),
        a.date ? h('div', { class: 'meta' }, a.date) : null)
    : null).filter(Boolean);
  const toggle = h('label', {}, h('input', { type: 'checkbox', id: 'hide-plain', onchange: e => view.classList.toggle('hide-plain', e.target.checked) }), ' Hide paragraphs without attributions');
  const nbp = (boilerplate || []).length;
  const bpToggle = nbp ? h('label', { class: 'bp-toggle' }, h('input', { type: 'checkbox', id: 'hide-boilerplate', onchange: e => view.classList.toggle('hide-boilerplate', e.target.checked) }),
    ' Hide boilerplate (' + nbp + (nbp === 1 ? ' passage' : ' passages') + ', greyed)') : null;
  view.append(h('div', { class: 'layout' },
    h('section', { 'aria-label': 'Article' }, h('div', { class: 'toggles' }, toggle, bpToggle), article),
    h('aside', {},
      h('h2', {}, 'Speakers'),
      attributions.length ? legend : h('p', { class: 'muted' }, 'No attributions found.'),
      h('p', { class: 'key' }, 'Shaded: content · bold double underline: cue · boxed italic: source'),
      h('h2', {}, 'Details'), details,
      cards.length ? [h('h2', {}, 'Embedded posts'), ...cards] : [])));
  return view;
}

// ---------- views ----------

function annotateView() {
  const ta = h('textarea', { id: 'article', 'aria-label': 'Article text', placeholder: 'Paste an article here, or drop a text file.' });
  ta.addEventListener('dragover', e => { e.preventDefault(); ta.classList.add('drop'); });
  ta.addEventListener('dragleave', () => ta.classList.remove('drop'));
  ta.addEventListener('drop', e => {
    e.preventDefault(); ta.classList.remove('drop');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) f.text().then(t => { ta.value = t; });
  });
  const published = h('input', { id: 'published', type: 'date' });
  const outlet = h('input', { id: 'outlet', type: 'text' });
  const out = h('div', { id: 'result' });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const form = h('form', {
    onsubmit: async e => {
      e.preventDefault();
      const text = ta.value;
      status.textContent = 'Extracting…';
      out.replaceChildren();
      const body = { text };
      if (published.value) body.published = published.value;
      if (outlet.value.trim()) body.outlet = outlet.value.trim();
      try {
        const t0 = performance.now();
        const r = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        status.textContent = r.attributions.length + ' attributions in ' + Math.round(performance.now() - t0) + ' ms';
        out.replaceChildren(annotated(text, r.attributions, boilerplateOf(r)));
      } catch (err) { status.textContent = ''; out.replaceChildren(errorBox(err.message)); }
    },
  }, h('h1', {}, 'Annotate an article'), ta,
    h('div', { class: 'row' },
      h('label', {}, 'Published ', published), ' ',
      h('label', {}, 'Outlet ', outlet), ' ',
      h('button', { type: 'submit', id: 'annotate' }, 'Annotate')));
  show(form, status, out);
}

function params() { return new URLSearchParams(location.search); }

function filterForm(fields, onsubmit) {
  const p = params();
  const inputs = {};
  const labelled = (name, title, el) => { inputs[name] = el; el.value = p.get(name) || ''; return h('label', {}, title, el); };
  const kind = h('select', { name: 'kind', id: 'f-kind' }, ['', 'direct', 'indirect', 'mixed', 'social'].map(k => h('option', { value: k }, k || 'any kind')));
  const form = h('form', {
    class: 'row', role: 'search',
    onsubmit: e => {
      e.preventDefault();
      const q = new URLSearchParams();
      for (const [k, el] of Object.entries(inputs)) if (el.value.trim()) q.set(k, el.value.trim());
      history.pushState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
      onsubmit();
    },
  },
  fields.includes('q') ? labelled('q', 'Words', h('input', { name: 'q', id: 'f-q', type: 'search' })) : null,
  labelled('speaker', 'Speaker', h('input', { name: 'speaker', id: 'f-speaker' })),
  labelled('outlet', 'Outlet', h('input', { name: 'outlet', id: 'f-outlet' })),
  labelled('since', 'Since', h('input', { name: 'since', id: 'f-since', placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
  labelled('until', 'Until', h('input', { name: 'until', id: 'f-until', placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
  labelled('kind', 'Kind', kind),
  h('button', { type: 'submit' }, 'Search'));
  return form;
}

// Snippets mark matches with U+0002 … U+0003.
function marked(snippet) {
  const out = [];
  const re = /\u0002([^\u0003]*)\u0003/g;
  let last = 0, m;
  while ((m = re.exec(snippet))) {
    out.push(snippet.slice(last, m.index), h('mark', {}, m[1]));
    last = re.lastIndex;
  }
  out.push(snippet.slice(last));
  return out;
}

function hitItem(hit) {
  const who = hit.speaker_id !== null && hit.speaker_id !== undefined
    ? link('/speakers/' + encodeURIComponent(hit.speaker_id), hit.speaker || hit.speaker_name || 'speaker')
    : (hit.speaker_name || 'unknown speaker');
  return h('li', {},
    h('div', {}, '“', marked(hit.snippet || hit.content), '”'),
    h('div', { class: 'meta' }, who, ' · ', hit.kind, ' · ', hit.outlet || 'no outlet', ' · ', hit.published || 'undated', ' · ',
      link('/documents/' + encodeURIComponent(hit.doc_id), hit.title || hit.doc_id), ' · ',
      link('/trace?attribution=' + encodeURIComponent(hit.attribution_id), 'trace')));
}

async function searchView() {
  const results = h('div', { id: 'results' });
  const load = async () => {
    const p = params();
    results.replaceChildren(h('p', { class: 'muted' }, 'Searching…'));
    try {
      const r = await api('/api/search?' + p);
      results.replaceChildren(h('p', { class: 'meta' }, r.hits.length + ' results'), h('ul', { class: 'hits' }, r.hits.map(hitItem)));
    } catch (err) { results.replaceChildren(errorBox(err.message)); }
  };
  show(h('h1', {}, 'Search quotes'), filterForm(['q'], load), results);
  await load();
}

function bars(items, label) {
  const max = Math.max(1, ...items.map(x => x[1]));
  return h('ul', { class: 'bars', 'aria-label': label }, items.map(([k, n]) =>
    h('li', {}, h('span', {}, k), h('span', { class: 'bar', style: null, 'data-w': n, title: String(n) }), h('span', {}, String(n)))))
    .also(ul => { for (const b of ul.querySelectorAll('.bar')) b.style.width = (100 * Number(b.dataset.w) / max) + '%'; });
}
Element.prototype.also = function (f) { f(this); return this; };

async function speakersView() {
  const results = h('div', { id: 'results' });
  const load = async () => {
    try {
      const r = await api('/api/speakers?' + params());
      results.replaceChildren(h('table', {},
        h('thead', {}, h('tr', {}, ['Speaker', 'Type', 'Quotes', 'Documents', 'Outlets', 'Latest'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, r.speakers.map(s => h('tr', {},
          h('td', {}, link('/speakers/' + encodeURIComponent(s.id), s.name)), h('td', {}, s.type),
          h('td', {}, s.quotes), h('td', {}, s.documents), h('td', {}, s.outlets), h('td', {}, s.latest || '—'))))));
    } catch (err) { results.replaceChildren(errorBox(err.message)); }
  };
  show(h('h1', {}, 'Most-quoted speakers'), filterForm([], load), results);
  await load();
}

async function speakerView(id) {
  try {
    const p = await api('/api/speakers/' + encodeURIComponent(id));
    const usage = (title, list) => [h('h2', {}, title), list.length
      ? h('ul', {}, list.map(u => h('li', {}, u.value, h('span', { class: 'meta' }, ' ×' + u.count + ' · ' + (u.first || '?') + ' – ' + (u.last || '?')))))
      : h('p', { class: 'muted' }, 'none')];
    show(h('h1', { id: 'speaker-name' }, p.name),
      h('p', { class: 'meta' }, p.type + ' · ' + p.quotes + ' quotes in ' + p.documents + ' documents'),
      h('div', { class: 'layout' },
        h('section', {},
          h('h2', {}, 'Quotes per month'), p.per_month.length ? bars(p.per_month, 'Quotes per month') : h('p', { class: 'muted' }, 'no dated quotes'),
          h('h2', {}, 'By outlet'), bars(p.outlets.map(u => [u.value, u.count]), 'Quotes by outlet'),
          h('h2', {}, 'Latest quotes'), h('ul', { class: 'hits' }, p.latest.map(hitItem))),
        h('aside', {}, usage('Aliases', p.aliases), usage('Roles', p.roles))));
  } catch (err) { show(errorBox(err.message)); }
}

async function documentView(id) {
  try {
    const d = await api('/api/documents/' + encodeURIComponent(id));
    const url = safeUrl(d.url);
    show(h('h1', {}, d.title || d.id),
      h('p', { class: 'meta' }, d.outlet || 'no outlet', ' · ', d.published || 'undated', ' · ', d.id,
        url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow' }, 'original')] : null),
      annotated(d.text, d.attributions, boilerplateOf(d)));
  } catch (err) { show(errorBox(err.message)); }
}

function diffView(ops) {
  return ops.map(o => o.op === 'added' ? h('ins', {}, o.text) : o.op === 'removed' ? h('del', {}, o.text) : o.text).flatMap(x => [x, ' ']);
}

async function traceView() {
  const p = params();
  const text = h('textarea', { id: 'trace-text', 'aria-label': 'Quote to trace', rows: 3 });
  text.value = p.get('text') || '';
  const results = h('div', { id: 'results' });
  const load = async () => {
    const q = params();
    if (!q.get('text') && !q.get('attribution')) { results.replaceChildren(); return; }
    results.replaceChildren(h('p', { class: 'muted' }, 'Tracing…'));
    try {
      const t = await api('/api/trace?' + q);
      const e = t.earliest;
      results.replaceChildren(
        h('h2', {}, 'Quote'), h('blockquote', {}, t.query),
        h('h2', {}, 'First seen'), e ? h('p', {}, e.outlet || 'no outlet', ' · ', e.published || 'undated', ' · ', link('/documents/' + encodeURIComponent(e.doc_id), e.title || e.doc_id)) : h('p', { class: 'muted' }, 'not found in the corpus'),
        h('h2', {}, 'Outlets, by first appearance'),
        h('ol', { class: 'timeline' }, t.outlets.map(o => h('li', {}, h('strong', {}, o.outlet || 'no outlet'), ' ', (o.first || '?') + (o.last && o.last !== o.first ? ' – ' + o.last : ''), ' · ×' + o.count))),
        h('h2', {}, 'Variants'),
        h('ol', { class: 'variants' }, t.variants.map(v => h('li', {}, h('div', {}, v.diff.length ? diffView(v.diff) : v.text),
          h('div', { class: 'meta' }, '×' + v.count + ' · first ' + (v.first || '?') + ' · ' + v.outlets.join(', '))))),
        h('h2', {}, 'Occurrences'),
        h('table', {}, h('tbody', {}, t.occurrences.map(o => h('tr', {},
          h('td', {}, o.published || 'undated'), h('td', {}, o.outlet || '—'),
          h('td', {}, link('/documents/' + encodeURIComponent(o.doc_id), o.title || o.doc_id)),
          h('td', {}, o.similarity.toFixed(2)))))));
    } catch (err) { results.replaceChildren(errorBox(err.message)); }
  };
  const form = h('form', {
    onsubmit: e => {
      e.preventDefault();
      const q = new URLSearchParams();
      if (text.value.trim()) q.set('text', text.value.trim());
      history.pushState(null, '', '/trace?' + q);
      load();
    },
  }, text, h('button', { type: 'submit' }, 'Trace'));
  show(h('h1', {}, 'Trace a quote'), form, results);
  await load();
}

function route() {
  const path = location.pathname;
  let m;
  if (path === '/') return annotateView();
  if (path === '/search') return searchView();
  if (path === '/speakers') return speakersView();
  if ((m = path.match(/^\/speakers\/([^/]+)$/))) return speakerView(decodeURIComponent(m[1]));
  if ((m = path.match(/^\/documents\/([^/]+)$/))) return documentView(decodeURIComponent(m[1]));
  if (path === '/trace') return traceView();
  show(errorBox('No such page.'));
}

document.addEventListener('click', e => {
  const a = e.target.closest && e.target.closest('a[data-nav]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  history.pushState(null, '', a.getAttribute('href'));
  route();
});
window.addEventListener('popstate', route);
document.addEventListener('DOMContentLoaded', route);
