/**
 * renderHTML (dist/ssr.js, built by `npm run test:ssr`) against the reference API over
 * real HTTP: every element and state, locales, the provider, concurrency, failures,
 * hostile text, the bytes around the widgets, and the CLI.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { renderHTML } from '../../dist/ssr.js';
import { startApi } from './api.mjs';

const CARD = '13061408000';
const HOSTILE = '99900000001';
let api;
before(async () => (api = await startApi()));
after(() => api.close());

/** The page without what renderHTML inserted: each rendered widget's outer template (ends with its embedded data). */
const strip = (html) => html.replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/script><\/template>/g, '');
/** Visible text of a rendered shadow root: no styles, scripts, tags or Lit's markers. */
const text = (html) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The JSON embedded for each rendered widget, in order. */
const embedded = (html) =>
  [...html.matchAll(/<script type="application\/json" data-egov-ssr>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

test('card, fa: the whole profile in a declarative shadow root, its data embedded, the page around it unchanged', async () => {
  const page = `<section class="x">\n  <egov-service-card service-id="${CARD}"></egov-service-card>\n</section>`;
  const out = await renderHTML(page, { apiBase: api.base });
  assert.equal(strip(out), page);
  assert.match(out, /<egov-service-card service-id="13061408000"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(out, /lang="fa" dir="rtl"/);
  const t = text(out);
  for (const words of ['صدور پروانه نمایندگی بیمه برای اشخاص حقیقی', 'شناسه خدمت', '۱۳۰۶۱۴۰۸۰۰۰', 'مدارک لازم', 'آخرین به‌روزرسانی'])
    assert.ok(t.includes(words), words);
  // The documents in a <details> that opens without script.
  assert.match(out, /<details part="?details/);
  const [data] = embedded(out);
  assert.equal(data.path, `/services/${CARD}`);
  assert.equal(data.json.id, CARD);
});

test('card, en: from the lang around it; English words, Western digits, ltr', async () => {
  const out = await renderHTML(`<div lang="en"><egov-service-card service-id="${CARD}"></egov-service-card></div>`, { apiBase: api.base });
  assert.match(out, /lang="en" dir="ltr"/);
  const t = text(out);
  assert.ok(t.includes('Service ID'));
  assert.ok(t.includes('13061408000'));
  assert.ok(!t.includes('شناسه خدمت'));
});

test("options.lang is the default; the element's own lang wins", async () => {
  const out = await renderHTML(
    `<egov-service-card service-id="${CARD}"></egov-service-card><egov-service-card lang="fa" service-id="${CARD}"></egov-service-card>`,
    { apiBase: api.base, lang: 'en' },
  );
  const [a, b] = out.split('</egov-service-card>');
  assert.ok(text(a).includes('Service ID'));
  assert.ok(text(b).includes('شناسه خدمت'));
});

test('options the page does not say (lang, calendar, headingLevel) are embedded for the browser to keep; what the page says is not', async () => {
  const options = { apiBase: api.base, lang: 'en', calendar: 'persian', headingLevel: 4 };
  const bare = await renderHTML(
    `<egov-service-card service-id="${CARD}"></egov-service-card><egov-inquiry-tracker></egov-inquiry-tracker>`,
    options,
  );
  const [card, tracker] = embedded(bare);
  assert.deepEqual(card.provider, { lang: 'en', headingLevel: 4, calendar: 'persian' });
  assert.equal(card.path, `/services/${CARD}`);
  // A widget with nothing to read embeds its defaults alone.
  assert.deepEqual(tracker, { provider: { lang: 'en', headingLevel: 4, calendar: 'persian' } });
  assert.match(bare, /<h4 class="title/);
  // English words, Solar Hijri dates (1403) as the option says.
  assert.ok(text(bare.split('</egov-service-card>')[0]).includes('Service ID'));
  assert.match(text(bare.split('</egov-service-card>')[0]), /\b14\d\d\b/);
  const said = await renderHTML(
    `<div lang="fa"><egov-provider heading-level="3" calendar="gregory"><egov-service-card service-id="${CARD}"></egov-service-card></egov-provider></div>`,
    options,
  );
  const [own] = embedded(said);
  assert.equal(own.provider, undefined);
  assert.match(said, /<h3 class="title/);
});

test("configuration as in the browser: own api-base → provider → options; the provider's heading level and calendar", async () => {
  api.reset();
  const page = `<egov-provider api-base="${api.base}/_fault/delay-1" heading-level="3" calendar="gregory"><egov-service-card service-id="${CARD}"></egov-service-card><egov-service-card api-base="${api.base}" service-id="${CARD}"></egov-service-card></egov-provider>`;
  const out = await renderHTML(page, { apiBase: 'http://127.0.0.1:9/nowhere' });
  assert.equal(strip(out), page);
  assert.equal(api.count('/_fault/delay-1/services/'), 1);
  assert.equal(api.count(`/api/services/${CARD}`), 1);
  assert.match(out, /<h3 class="title/);
  assert.ok(!/<h2/.test(out));
  // Gregorian dates in a Persian widget: a year in the 2000s, in Persian digits.
  assert.match(text(out.split('</egov-service-card>')[0]), /۲۰[۰-۹]{2}/);
});

test('one request per distinct resource in a render', async () => {
  api.reset();
  const card = `<egov-service-card service-id="${CARD}"></egov-service-card>`;
  const out = await renderHTML(card.repeat(3) + `<egov-service-card service-id="${HOSTILE}"></egov-service-card>`, { apiBase: api.base });
  assert.equal(embedded(out).length, 4);
  assert.equal(api.count(`/services/${CARD}`), 1);
  assert.equal(api.count(`/services/${HOSTILE}`), 1);
});

test('concurrent renders in fa and en never mix', async () => {
  const page = (lang) =>
    `<html lang="${lang}"><body><egov-service-card service-id="${CARD}"></egov-service-card><egov-maturity-gauge></egov-maturity-gauge></body></html>`;
  const langs = ['fa', 'en', 'fa', 'en', 'en', 'fa', 'en', 'fa'];
  // Slow answers of different lengths, so the renders finish interleaved.
  const outs = await Promise.all(
    langs.map((lang, i) => renderHTML(page(lang), { apiBase: `${api.base}/_fault/delay-${5 + ((i * 37) % 60)}` })),
  );
  outs.forEach((out, i) => {
    const t = text(out);
    if (langs[i] === 'fa') {
      assert.ok(t.includes('شناسه خدمت') && t.includes('محورهای ارزیابی'), `render ${i} fa`);
      assert.ok(!t.includes('Service ID') && !t.includes('Evaluation axes'), `render ${i} fa only`);
    } else {
      assert.ok(t.includes('Service ID') && t.includes('Evaluation axes'), `render ${i} en`);
      assert.ok(!t.includes('شناسه خدمت') && !t.includes('محورهای ارزیابی'), `render ${i} en only`);
    }
  });
});

test('a failing request (5xx, network) leaves that element exactly as written; the others render; no rejection', async () => {
  const broken = `<egov-service-card api-base="${api.base}/_fault/500" service-id="${CARD}"><a slot="actions" href="/x">x</a></egov-service-card>`;
  const down = `<egov-maturity-gauge api-base="http://127.0.0.1:9/api"></egov-maturity-gauge>`;
  const ok = `<egov-service-card service-id="${CARD}"></egov-service-card>`;
  const page = `<main>${broken}${down}${ok}</main>`;
  const out = await renderHTML(page, { apiBase: api.base });
  assert.ok(out.startsWith(`<main>${broken}${down}<egov-service-card service-id="${CARD}"><template`));
  assert.equal(strip(out), page);
  assert.equal(embedded(out).length, 1);
});

test('a request that times out leaves the element as written, within the time-out', async () => {
  const page = `<egov-inquiry-tracker tracking-code="1403-0725-118842"></egov-inquiry-tracker>`;
  const started = Date.now();
  const out = await renderHTML(page, { apiBase: `${api.base}/_fault/delay-5000`, timeoutMs: 200 });
  assert.equal(out, page);
  assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
});

test('not found and invalid data render their states', async () => {
  const out = await renderHTML(
    `<egov-service-card service-id="00000000000"></egov-service-card><egov-service-card api-base="${api.base}/_fault/invalid" service-id="${CARD}"></egov-service-card>`,
    { apiBase: api.base, lang: 'en' },
  );
  const [notFound, invalid] = out.split('</egov-service-card>');
  assert.match(notFound, /part="?not-found/);
  assert.ok(text(notFound).includes('No service was found with this ID.'));
  assert.match(invalid, /part="?error"?[^>]*data-kind="invalid"/);
  assert.deepEqual(embedded(out)[0], { path: '/services/00000000000', notFound: true, provider: { lang: 'en' } });
});

test('hostile API text stays text; unsafe URLs are not links; the embedded JSON cannot close its script', async () => {
  const out = await renderHTML(`<egov-service-card service-id="${HOSTILE}"></egov-service-card>`, { apiBase: api.base });
  const shadow = out.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');
  assert.ok(!/<img|<iframe|<b |<script|onerror="|onmouseover="/.test(shadow.replace(/<style[\s\S]*?<\/style>/g, '')));
  assert.ok(shadow.includes('&lt;img src=x onerror='));
  assert.ok(!/href="javascript:/i.test(out));
  const json = out.match(/data-egov-ssr>([\s\S]*?)<\/script>/)[1];
  assert.ok(!json.includes('<'));
  assert.equal(JSON.parse(json).json.id, HOSTILE);
  // Exactly one script element: the hostile `</script>` in the data did not end it early.
  assert.equal(out.match(/<script/g).length, 1);
});

test('a whole document: everything outside the widgets byte for byte (doctype, comments, entities, odd markup)', async () => {
  const page = `<!DOCTYPE html>\r\n<!-- a CMS comment -->\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خدمات &amp; ارزیابی</title>\n<style>p{color:red}</style></head>\n<body>\n<p class=unquoted data-x='single'>متن&nbsp;با &lt;نشانه&gt;<br/>\n<EGOV-SERVICE-CARD SERVICE-ID="${CARD}" variant=compact data-foo="a &amp; b"><button slot="actions">ثبت</button></EGOV-SERVICE-CARD>\n<egov-service-card service-id="${CARD}"/>\n<script>var x = "<egov-service-card>";</script>\n<template><egov-service-card service-id="${CARD}"></egov-service-card></template>\n</body></html>\n`;
  const out = await renderHTML(page, { apiBase: api.base });
  assert.equal(strip(out), page);
  // The uppercase tag and the self-closing one render (HTML has no self-closing custom elements:
  // its content runs on); the ones in a <script> and a <template> do not.
  assert.equal(embedded(out).length, 2);
  // Light-DOM children kept, after the shadow root.
  assert.match(out, /<\/template><button slot="actions">ثبت<\/button><\/EGOV-SERVICE-CARD>/);
});

test('an element rendered before is left alone; a page without widgets comes back as is', async () => {
  const once = await renderHTML(`<egov-service-card service-id="${CARD}"></egov-service-card>`, { apiBase: api.base });
  assert.equal(await renderHTML(once, { apiBase: api.base }), once);
  assert.equal(await renderHTML('<p>nothing here</p>'), '<p>nothing here</p>');
});

test("nonce on every <style> written, nested widgets (the list's cards) included", async () => {
  const out = await renderHTML(`<egov-service-list page-size="3"></egov-service-list>`, { apiBase: api.base, nonce: 'n0nce"x' });
  const styles = out.match(/<style[^>]*>/g);
  assert.equal(styles.length, 4); // the list and its three cards
  for (const s of styles) assert.equal(s, '<style nonce="n0nce&quot;x">');
});

test('list: its first page, cards server-rendered inside it (deferred until the list hydrates)', async () => {
  const out = await renderHTML(`<egov-service-list page-size="2" lang="en"></egov-service-list>`, { apiBase: api.base });
  const [data] = embedded(out);
  assert.match(data.path, /^\/services\?/);
  assert.equal(data.json.items.length, 2);
  const cards = out.match(/<egov-service-card[^>]*>/g);
  assert.equal(cards.length, 2);
  for (const c of cards) assert.match(c, /defer-hydration/);
  for (const s of data.json.items) assert.ok(text(out).includes(s.title.slice(0, 20)), s.title);
});

test('gauge: national and agency, the meters drawn as SVG attributes (no style attribute)', async () => {
  const out = await renderHTML(
    `<egov-maturity-gauge></egov-maturity-gauge><egov-maturity-gauge agency-id="tax" lang="en"></egov-maturity-gauge>`,
    { apiBase: api.base },
  );
  const [national, agency] = out.split('</egov-maturity-gauge>');
  assert.ok(text(national).includes('میانگین ملی'));
  assert.match(national, /stroke-dasharray="[\d.]+ 100"/);
  assert.match(agency, /<rect width="[\d.]+" height="?1/);
  assert.ok(!/ style=/.test(out));
  assert.deepEqual(
    embedded(out).map((d) => d.path),
    ['/evaluations/latest/summary', '/evaluations/latest/agencies/tax'],
  );
});

test('scoreboard: the whole table', async () => {
  const out = await renderHTML(`<egov-agency-scoreboard lang="en"></egov-agency-scoreboard>`, { apiBase: api.base });
  const [data] = embedded(out);
  const rows = out.match(/<tr[\s>]/g).length;
  assert.ok(rows > data.json.items.length, `${rows} rows for ${data.json.items.length} agencies`);
  assert.ok(text(out).includes(data.json.items[0].agency?.name ?? data.json.items[0].name));
});

test('tracker: the inquiry and its timeline', async () => {
  const out = await renderHTML(`<egov-inquiry-tracker tracking-code="1403-0725-118842"></egov-inquiry-tracker>`, { apiBase: api.base });
  const [data] = embedded(out);
  assert.equal(data.json.trackingCode, '1403-0725-118842');
  assert.ok(text(out).includes(data.json.subject));
  assert.match(out, /<ol/);
});

/** Runs the CLI; resolves with its exit code and output. */
function cli(args, input) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [new URL('../../dist/ssr-cli.js', import.meta.url).pathname, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

test('CLI: render a file to -o, stdin to stdout, --lang; a usage error exits 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'egov-ssr-'));
  const page = `<!doctype html><html><body><egov-service-card service-id="${CARD}"></egov-service-card></body></html>`;
  await writeFile(join(dir, 'in.html'), page);
  const a = await cli(['render', join(dir, 'in.html'), '--api-base', api.base, '--lang', 'en', '-o', join(dir, 'out.html')]);
  assert.equal(a.code, 0, a.stderr);
  const written = await readFile(join(dir, 'out.html'), 'utf8');
  assert.equal(strip(written), page);
  assert.ok(text(written).includes('Service ID'));
  const b = await cli(['render', '-', '--api-base', api.base], page);
  assert.equal(b.code, 0, b.stderr);
  assert.ok(text(b.stdout).includes('شناسه خدمت'));
  const c = await cli(['draw']);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /usage: egov-widgets render/);
});

test('a custom fetch option is used (an answer from another server, over HTTP)', async () => {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: '55500000001', title: 'خدمت از سرور دیگر', agency: { id: 'x', name: 'دستگاه' } }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const other = `http://127.0.0.1:${server.address().port}`;
  try {
    const out = await renderHTML(`<egov-service-card service-id="55500000001"></egov-service-card>`, {
      apiBase: 'https://api.example.invalid',
      fetch: (url, init) => fetch(String(url).replace('https://api.example.invalid', other), init),
    });
    assert.ok(text(out).includes('خدمت از سرور دیگر'));
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("without script: the list's search is a GET form (named fields, the search written in), the gauge's history a table in a <details>", async () => {
  const out = await renderHTML(
    `<egov-service-list q="گذرنامه" page-size="2"></egov-service-list><egov-maturity-gauge></egov-maturity-gauge>`,
    { apiBase: api.base },
  );
  const [list, gauge] = out.split('</egov-service-list>');
  assert.match(list, /<input id=q name=q type=search[^>]* value="گذرنامه"/);
  assert.match(list, /<select id="e" name="electronic"/);
  assert.match(list, /<select id="t" name="type"/);
  assert.ok(embedded(list)[0].path.includes('q=' + encodeURIComponent('گذرنامه')) || embedded(list)[0].path.includes('q=گذرنامه'));
  assert.match(gauge, /<details part=history[\s\S]*<table part=history-table>[\s\S]*<\/table>[\s\S]*<\/details>/);
  assert.ok(!/<canvas/.test(gauge));
});

test('not found, per element: the gauge (an agency, a round) and the tracker render their not-found states', async () => {
  const out = await renderHTML(
    `<egov-maturity-gauge agency-id="no-such-agency"></egov-maturity-gauge><egov-maturity-gauge round="99"></egov-maturity-gauge><egov-inquiry-tracker tracking-code="1403-0101-000001"></egov-inquiry-tracker>`,
    { apiBase: api.base, lang: 'en' },
  );
  const parts = out.split(/<\/egov-maturity-gauge>|<\/egov-inquiry-tracker>/).slice(0, 3);
  for (const p of parts) assert.match(p, /part="?not-found/);
  assert.deepEqual(
    embedded(out).map((d) => [d.path, d.notFound]),
    [
      ['/evaluations/latest/agencies/no-such-agency', true],
      ['/evaluations/99/summary', true],
      ['/inquiries/1403-0101-000001', true],
    ],
  );
});
