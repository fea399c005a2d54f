// End-to-end test of the ascribe web UI in headless Chromium via playwright-core.
// Usage: BASE=http://127.0.0.1:PORT SHOTS=target/screenshots node e2e.mjs
// Expects a server started with --db on a corpus holding the documents of
// scripts/test-browser.sh. Exits non-zero on the first failed check.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const BASE = process.env.BASE || 'http://127.0.0.1:8080';
const SHOTS = process.env.SHOTS || 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
// Thrown by a check that cannot run yet; reported, not failed.
class Skip extends Error {}
const results = [];
async function check(name, fn) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs = [];
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss(); });
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(String(e)));
  try {
    await fn(page);
    assert.deepEqual(dialogs, [], 'a script from the article ran: ' + dialogs.join(', '));
    assert.deepEqual(pageErrors, [], 'page errors');
    results.push('ok   ' + name);
  } catch (e) {
    if (e instanceof Skip) {
      results.push('skip ' + name + ': ' + e.message);
    } else {
      failed = true;
      results.push('FAIL ' + name + ': ' + (e && e.message));
    }
  } finally {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true }).catch(() => {});
    await page.close();
  }
}

const ARTICLE = `Updated 5 March 2024 · 3 min read

“We will rebuild the bridge before winter,” Mayor Ana Ruiz said on Friday at a press conference.

Opposition leader Tom Berg said the plan was too expensive.

“It is a waste of money,” Berg told reporters.`;

await check('annotate', async page => {
  await page.goto(BASE + '/');
  await page.waitForSelector('#article');
  const fcp = await page.evaluate(() => new Promise(resolve => {
    const e = performance.getEntriesByName('first-contentful-paint')[0];
    if (e) return resolve(e.startTime);
    new PerformanceObserver(l => resolve(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  }));
  assert.ok(fcp < 1000, 'first contentful paint at ' + Math.round(fcp) + ' ms');
  await page.fill('#article', ARTICLE);
  await page.click('#annotate');
  await page.waitForSelector('.hl-content');
  const cues = await page.$$eval('.hl-cue', els => els.map(e => e.textContent));
  assert.ok(cues.includes('said'), 'cues: ' + cues);
  const content = await page.$$eval('.hl-content', els => els.map(e => e.textContent).join(' '));
  assert.match(content, /rebuild the bridge/);
  const legend = await page.$$eval('.legend .name', els => els.map(e => e.textContent));
  assert.ok(legend.some(n => /Ruiz/.test(n)), 'legend: ' + legend);
  assert.ok(legend.length >= 2, 'legend: ' + legend);
  // Different speakers get different colours.
  const classes = await page.$$eval('.legend button', els => els.map(e => e.className));
  assert.equal(new Set(classes).size, classes.length, 'colours: ' + classes);
  // Details on click, and by keyboard.
  await page.click('.hl-content');
  await page.waitForSelector('.details dl');
  assert.match(await page.textContent('.details'), /Speaker/);
  await page.focus('.hl-cue');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('.details'), /Cue/);
  // Boilerplate toggle hides the headline paragraph (no attribution in it).
  await page.check('#hide-plain');
  assert.equal(await page.isVisible("text=Updated 5 March 2024"), false);
});

await check('annotate-xss', async page => {
  await page.goto(BASE + '/');
  const evil = '“<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">click</a> <svg onload=alert(4)>,” said the mayor.\n\n<iframe src="javascript:alert(5)"></iframe> <b onmouseover=alert(6)>bold</b>';
  await page.fill('#article', evil);
  await page.click('#annotate');
  await page.waitForSelector('.article p');
  assert.equal(await page.$$eval('#result script, #result img, #result svg, #result iframe, #result b, #result a[href^="javascript"]', e => e.length), 0);
  const text = await page.textContent('.article');
  assert.ok(text.includes('<script>alert(1)</script>'), 'markup shown as text');
  for (const el of await page.$$('.hl')) await el.click();
  await page.hover('.article');
  await page.waitForTimeout(300);
});

// Boilerplate passages (the extractor reports them as code-point ranges in
// a top-level "boilerplate" field): greyed, and hidden by a checkbox.
const BP_ARTICLE = `Ferry to keep running through winter

“Without the ferry, the island empties out every November,” council leader Marta Quinn said on Tuesday.

Read more: Island schools face teacher shortage

Sign up to our channel for the latest island news

The operator said it would study the decision.

Photo: J. Example / Island Herald`;
const cp = (text, sub) => { const i = text.indexOf(sub); return i < 0 ? -1 : Array.from(text.slice(0, i)).length; };
const cpRange = (text, sub, kind) => { const start = cp(text, sub); return { start, end: start + Array.from(sub).length, kind }; };

async function checkBoilerplateShown(page, passages) {
  await page.waitForSelector('.boilerplate');
  const marked = await page.$$eval('.boilerplate', els => els.map(e => e.textContent).join('|'));
  for (const p of passages) assert.ok(marked.includes(p), 'not marked as boilerplate: ' + p + ' in ' + marked);
  const colour = await page.$eval('.boilerplate', e => getComputedStyle(e).color);
  assert.equal(colour, 'rgb(107, 107, 107)', 'boilerplate greyed');
  assert.ok(await page.isVisible('text=' + passages[0]));
  await page.check('#hide-boilerplate');
  for (const p of passages) assert.equal(await page.isVisible('text=' + p), false, 'still visible: ' + p);
  assert.equal(await page.$$eval('.article p.all-boilerplate', els => els.filter(e => e.offsetParent !== null).length), 0, 'empty paragraphs left');
  assert.ok(await page.isVisible('text=The operator said'), 'article text hidden with the boilerplate');
  assert.ok((await page.$$eval('.hl-content', els => els.filter(e => e.offsetParent !== null).length)) >= 1, 'highlights hidden');
  await page.uncheck('#hide-boilerplate');
  assert.ok(await page.isVisible('text=' + passages[0]));
}

// The page against a real extraction plus boilerplate ranges added by the
// test, so the UI is checked whatever the extractor reports.
await check('annotate-boilerplate-ui', async page => {
  const ranges = [cpRange(BP_ARTICLE, 'Read more: Island schools face teacher shortage', '<img src=x onerror=alert(7)>'),
    cpRange(BP_ARTICLE, 'Sign up to our channel for the latest island news', 'promo'),
    cpRange(BP_ARTICLE, 'Photo: J. Example / Island Herald', 'credit')];
  let withField = true;
  await page.route('**/api/extract', async route => {
    const response = await route.fetch();
    const json = await response.json();
    if (withField) json.boilerplate = ranges; else delete json.boilerplate;
    await route.fulfill({ response, json });
  });
  await page.goto(BASE + '/');
  await page.fill('#article', BP_ARTICLE);
  await page.click('#annotate');
  await checkBoilerplateShown(page, ['Read more: Island schools', 'Sign up to our channel', 'Photo: J. Example']);
  await page.screenshot({ path: `${SHOTS}/annotate-boilerplate-marked.png`, fullPage: true });
  // A hostile kind stays an attribute value.
  assert.equal(await page.$$eval('#result img', e => e.length), 0);
  assert.equal(await page.getAttribute('.boilerplate', 'data-kind'), '<img src=x onerror=alert(7)>');
  // No field (an older server): no checkbox, nothing marked.
  withField = false;
  await page.click('#annotate');
  await page.waitForSelector('.hl-content');
  assert.equal(await page.$$eval('.boilerplate, #hide-boilerplate', e => e.length), 0);
});

// The same against the extractor's own ranges: skipped until the API
// reports a "boilerplate" field.
await check('annotate-boilerplate', async page => {
  const r = await fetch(BASE + '/api/extract', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: BP_ARTICLE }),
  });
  const json = await r.json();
  if (!Object.hasOwn(json, 'boilerplate')) {
    throw new Skip('the /api/extract response has no "boilerplate" field yet; this check runs once the extractor reports it');
  }
  await page.goto(BASE + '/');
  await page.fill('#article', BP_ARTICLE);
  await page.click('#annotate');
  await checkBoilerplateShown(page, ['Read more: Island schools', 'Sign up to our channel']);
});

await check('search', async page => {
  await page.goto(BASE + '/search');
  await page.fill('#f-q', 'rebuild');
  await page.click('form[role=search] button');
  await page.waitForSelector('.hits li');
  const marks = await page.$$eval('.hits mark', els => els.map(e => e.textContent.toLowerCase()));
  assert.ok(marks.includes('rebuild'), 'marks: ' + marks);
  assert.ok((await page.$$('.hits li')).length >= 2);
  assert.match(page.url(), /q=rebuild/);
  await page.fill('#f-outlet', 'Daily');
  await page.click('form[role=search] button');
  await page.waitForFunction(() => document.querySelectorAll('.hits li').length === 1);
});

await check('speaker', async page => {
  await page.goto(BASE + '/speakers');
  await page.waitForSelector('table a');
  await page.click('text=Ana Ruiz');
  await page.waitForSelector('#speaker-name');
  assert.match(await page.textContent('#speaker-name'), /Ruiz/);
  assert.ok((await page.$$('.bars li')).length >= 1, 'chart bars');
  assert.match(await page.textContent('main'), /Aliases/);
});

await check('trace', async page => {
  await page.goto(BASE + '/trace');
  await page.fill('#trace-text', 'We will rebuild the bridge before winter');
  await page.click('main form button');
  await page.waitForSelector('.timeline li');
  assert.ok((await page.$$('.timeline li')).length >= 2, 'outlets');
  assert.ok((await page.$$('.variants ins, .variants del')).length >= 1, 'word diff');
});

await check('document', async page => {
  await page.goto(BASE + '/documents/wire-1');
  await page.waitForSelector('.hl-content');
  assert.equal(await page.$$eval('main script', e => e.length), 0);
  assert.match(await page.textContent('.article'), /<script>alert\(1\)<\/script>/);
});

// Hostile markup posted through POST /api/documents (the server runs with
// --allow-ingest) is stored and shown as text everywhere: document page,
// search hits (title, outlet, snippet), speaker list.
await check('ingest-xss', async page => {
  const TOKEN = process.env.TOKEN;
  if (!TOKEN) throw new Skip('TOKEN not set: the server was not started with --allow-ingest');
  const post = (auth, body) => fetch(BASE + '/api/documents', {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: JSON.stringify(body),
  });
  const doc = {
    id: 'evil-1', outlet: '<img src=x onerror=alert(11)>', title: '<script>alert(12)</script> Ferry <i>news</i>',
    url: 'javascript:alert(13)', published: '2024-06-01',
    // Markup everywhere; the last paragraph is a plain report, so the page
    // has a highlight to wait for whatever the model makes of the rest.
    text: '“The ferry <img src=x onerror=alert(14)> stays <a href="javascript:alert(15)">open</a>,” said <b onclick=alert(16)>Marta Quinn</b>.\n\n'
      + 'Harbour master Ola Berg said the ferry <i onmouseover=alert(17)>would</i> run all summer.',
  };
  assert.equal((await post(null, doc)).status, 401);
  assert.equal((await post('Bearer wrong-' + TOKEN, doc)).status, 401);
  const r = await post('Bearer ' + TOKEN, doc);
  assert.equal(r.status, 200, await r.text());
  await page.goto(BASE + '/documents/evil-1');
  await page.waitForSelector('.hl-content');
  assert.equal(await page.$$eval('main script, main img, main i, main b, main a[href^="javascript"]', e => e.length), 0);
  assert.match(await page.textContent('h1'), /<script>alert\(12\)<\/script>/);
  assert.match(await page.textContent('.article'), /<img src=x onerror=alert\(14\)>/);
  await page.goto(BASE + '/search?q=ferry');
  await page.waitForSelector('.hits li');
  assert.equal(await page.$$eval('main script, main img, main i, main b, main a[href^="javascript"]', e => e.length), 0);
  assert.match(await page.textContent('.hits'), /<img src=x onerror=alert\(11\)>/);
  for (const el of await page.$$('main a')) await el.hover();
});

await check('annotate-phone', async page => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + '/');
  await page.fill('#article', ARTICLE);
  await page.click('#annotate');
  await page.waitForSelector('.legend');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(overflow, false, 'horizontal scroll on a phone');
});

await browser.close();
console.log(results.join('\n'));
process.exit(failed ? 1 : 0);
