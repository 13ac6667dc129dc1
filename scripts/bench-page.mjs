/**
 * The page-level part of `npm run bench` (README "Before the script loads", "Performance"):
 *
 *   - layout shift: `dev/agency.html` as an agency serves it, with the script and the API
 *     each held back 1 s and content below the card; the cumulative layout shift from a
 *     PerformanceObserver on `layout-shift` (buffered), without and with the CSS and the
 *     fallback link the README gives. The page is rewritten at run time (the file is not touched).
 *   - soak: 10,000 connect/disconnect cycles of each element (one element, its data shown),
 *     then a few hundred new ones created, rendered and removed, and a tracker polling through
 *     1,000 cycles with faults in between; event listeners on document and window, timers
 *     pending, sampled elements still alive, and the JS heap after GC, at the start and the end.
 *
 * Everything runs on one loopback server (port chosen by the system) with the reference API
 * and the CDN build made for the run. Figures are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { ELEMENTS as REGISTRY } from '../elements.registry.mjs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { contentType, listen, notFound, resolveFile } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const HOLD_MS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The `:not(:defined)` CSS block from README "Before the script loads", as documented. */
function readmeCss() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Before the script loads')[1]?.split('\n## ')[0] ?? '';
  return /```css\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
}

/**
 * dev/agency.html with the script held back and content below the card: as shipped (with the
 * README's `:not(:defined)` CSS in dev/before-defined.css and a fallback link in the card), or
 * bare (both taken out), which is what a page that skips that section of the README gets.
 */
function agencyPage(bare) {
  let page = readFileSync(join(root, 'dev/agency.html'), 'utf8');
  // Whichever file of the CDN build the page loads (the autoloader or the all-in-one file), held back.
  page = page.replace(/src="[^"]*\/dist\/cdn\/([^"?]+)"/, 'src="/cdn/$1?hold"').replace(/href="\.\/([a-z-]+\.css)"/g, 'href="/$1"');
  const below = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>بند ${i + 1}: متن صفحهٔ دستگاه زیر شناسنامهٔ خدمت، که نباید با رسیدن اسکریپت و داده‌ها جابه‌جا شود. ساعات کاری، نشانی و تلفن تماس.</p>`,
  ).join('\n');
  const card = /(<egov-service-card[^>]*>)([\s\S]*?)(<\/egov-service-card>)/;
  if (!card.test(page)) throw new Error('bench: dev/agency.html has no <egov-service-card> to measure');
  page = page.replace(card, (_, open, fallback, close) => `${open}${bare ? '' : fallback}${close}\n${below}`);
  if (bare) page = page.replace(/<link rel="stylesheet" href="\/before-defined\.css" \/>/, '');
  return page;
}

/** dev/before-defined.css must say what README "Before the script loads" says. */
function checkFallbackCss() {
  const file = readFileSync(join(root, 'dev/before-defined.css'), 'utf8');
  if (!file.includes(readmeCss().trim()))
    throw new Error('bench: dev/before-defined.css differs from the CSS in README "Before the script loads"');
}

const SOAK_PAGE = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>soak</title></head>
<body><div id="host"></div><script type="module">import * as egov from '/cdn/egov-widgets.js'; window.egov = egov; document.documentElement.dataset.ready = 'true';</script></body></html>`;

async function startServer() {
  const cdn = mkdtempSync(join(tmpdir(), 'egov-bench-cdn-'));
  // The CDN folder as vite.cdn.config.ts makes it: the all-in-one file, then the autoloader beside it.
  for (const mode of ['production', 'autoloader']) {
    await build({ configFile: join(root, 'vite.cdn.config.ts'), root, mode, logLevel: 'error', build: { outDir: cdn, sourcemap: false } });
  }
  const api = createApiMiddleware({ base: '/api' });
  const server = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body) => (res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }), res.end(body));
    if (url.pathname.startsWith('/api/')) {
      // The page's API, held back: every request goes through the `delay-{ms}` fault mode.
      if (url.searchParams.has('hold') || req.headers.referer?.includes('agency.html')) {
        req.url = req.url.replace(/^\/api\//, `/api/_fault/delay-${HOLD_MS}/`);
      }
      return api(req, res, () => notFound(res));
    }
    if (url.pathname === '/agency.html') return send(200, contentType('.html'), agencyPage(url.searchParams.has('bare')));
    if (url.pathname === '/soak.html') return send(200, contentType('.html'), SOAK_PAGE);
    if (url.pathname === '/demo.css' || url.pathname === '/before-defined.css')
      return send(200, contentType('.css'), readFileSync(join(root, 'dev', url.pathname.slice(1))));
    if (url.pathname.startsWith('/cdn/')) {
      const file = await resolveFile(cdn, url.pathname.slice('/cdn/'.length));
      if (!file) return notFound(res);
      if (url.searchParams.has('hold')) await sleep(HOLD_MS);
      return send(200, contentType(file), readFileSync(file));
    }
    notFound(res);
  });
  return { origin: server.origin, close: () => server.close().then(() => rmSync(cdn, { recursive: true, force: true })) };
}

/** Cumulative layout shift of one load of the agency page. */
async function layoutShift(browser, url, width, height) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, at: e.startTime });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('egov-service-card')?.shadowRoot?.querySelector('[part="card"]'), {
      timeout: 20_000,
    });
    await sleep(800); // fonts and the last layout
    const shifts = await page.evaluate(() => window.__shifts);
    // Web Vitals: the largest session window (shifts < 1 s apart, window ≤ 5 s).
    let best = 0;
    let cur = 0;
    let start = -Infinity;
    let last = -Infinity;
    for (const s of shifts) {
      if (s.at - last > 1000 || s.at - start > 5000) {
        cur = 0;
        start = s.at;
      }
      cur += s.value;
      last = s.at;
      best = Math.max(best, cur);
    }
    return { cls: best, total: shifts.reduce((a, s) => a + s.value, 0), count: shifts.length };
  } finally {
    await page.close();
  }
}

/** Heap after GC, listeners on document and window, timers pending, from the page and CDP. */
async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let listeners = 0;
  for (const expr of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const { timers, alive } = await page.evaluate(() => ({ timers: window.__timers.size, alive: window.__alive() }));
  return { heap: usedSize, listeners, timers, alive };
}

/** Counts timers pending (set and neither fired nor cleared) and keeps weak references to sampled elements. */
function instrument() {
  const pending = new Set();
  window.__timers = pending;
  const set = window.setTimeout;
  const clear = window.clearTimeout;
  window.setTimeout = (fn, ms, ...args) => {
    const id = set((...a) => (pending.delete(id), typeof fn === 'function' ? fn(...a) : undefined), ms, ...args);
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => (pending.delete(id), clear(id));
  const refs = [];
  window.__keep = (el) => refs.push(new WeakRef(el));
  window.__alive = () => refs.filter((r) => r.deref()).length;
  window.__forget = () => (refs.length = 0);
}

/** Every element (elements.registry.mjs) with the attributes that show data, and these on top. */
const SOAK_ATTRIBUTES = {
  'egov-service-list': { 'page-size': '2' },
  'egov-maturity-gauge': { 'agency-id': 'ins-central' },
  // Polling on (once a minute): every connect arms the poller's timer and listener, every disconnect clears them.
  'egov-inquiry-tracker': { 'poll-interval': '60' },
};
const ELEMENTS = REGISTRY.map((e) => [e.tag, { ...e.preset, ...SOAK_ATTRIBUTES[e.tag] }]);

async function soak(browser, origin, cycles, fresh, polls) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.evaluateOnNewDocument(instrument);
  const cdp = await page.createCDPSession();
  await page.goto(`${origin}/soak.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const rows = [];
  const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`;
  for (const [tag, attrs] of ELEMENTS) {
    // `cycles` connect/disconnect cycles of one element showing its data, then `fresh` new
    // elements each created, rendered with its data and removed (sampled by weak references).
    const run = (cycles, fresh, keep) =>
      page.evaluate(
        async (tag, attrs, cycles, fresh, keep) => {
          const host = document.getElementById('host');
          const { port1, port2 } = new MessageChannel();
          const turn = () => new Promise((r) => ((port1.onmessage = r), port2.postMessage(0)));
          const show = async (el) => {
            const loaded = new Promise((r) => el.addEventListener('egov-load', r, { once: true }));
            host.append(el);
            await el.updateComplete;
            await turn(); // a cached answer arrives and renders
            // Past the answer cache's 30 s the element asks the server again: wait for it.
            if (el.shadowRoot.querySelector('[part="loading"]')) {
              let t;
              await Promise.race([loaded, new Promise((r) => (t = setTimeout(r, 2000)))]);
              clearTimeout(t);
            }
            await el.updateComplete;
            return !el.shadowRoot.querySelector('[part="loading"]');
          };
          const make = () => {
            const el = document.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            return el;
          };
          const one = make();
          await show(one);
          one.remove();
          for (let i = 0; i < cycles; i++) {
            host.append(one);
            one.remove();
            if (i % 100 === 99) await turn();
          }
          host.append(one);
          const stillShown = await show(one);
          one.remove();
          let shown = 0;
          for (let i = 0; i < fresh; i++) {
            const el = make();
            if (await show(el)) shown++;
            el.remove();
            if (keep && i % Math.max(1, Math.floor(fresh / 100)) === 0) window.__keep(el);
          }
          await turn();
          return { stillShown, shown };
        },
        tag,
        attrs,
        cycles,
        fresh,
        keep,
      );
    // Warm-up, one full round: the first answer, templates, styles, compiled code. The heap
    // grows while V8 warms up (decreasing from batch to batch, with no element left alive).
    await run(100, fresh, false);
    await page.evaluate(() => window.__forget());
    const before = await measure(page, cdp);
    let t0 = performance.now();
    const r = await run(cycles, 0, false);
    let ms = performance.now() - t0;
    const mid = await measure(page, cdp);
    rows.push({
      what: `${tag}: ${cycles.toLocaleString('en')} connect/disconnect cycles`,
      before,
      after: mid,
      sampled: 0,
      note: `${(ms / 1000).toFixed(1)} s; its data ${r.stillShown ? 'still shown after them' : 'NOT shown after them'}`,
      heap: pct(before.heap, mid.heap),
    });
    t0 = performance.now();
    const f = await run(0, fresh, true);
    ms = performance.now() - t0;
    const after = await measure(page, cdp);
    rows.push({
      what: `${tag}: ${fresh} new elements`,
      before: mid,
      after,
      sampled: Math.min(100, fresh),
      note: `${(ms / 1000).toFixed(1)} s; ${f.shown}/${fresh} rendered their data`,
      heap: pct(mid.heap, after.heap),
    });
  }

  // One tracker polling every 5 ms through `polls` polls; every 7th answer a fault
  // (malformed JSON, a 429 with Retry-After: 0, invalid data), each a failed poll.
  const pollRun = (n) =>
    page.evaluate(async (n) => {
      const faults = ['malformed', '429-0', 'invalid'];
      let requests = 0;
      window.egov.configure({
        fetch: (input, init) => {
          const k = ++requests;
          const url = k % 7 === 0 ? String(input).replace('/api/', `/api/_fault/${faults[(k / 7) % 3]}/`) : String(input);
          return fetch(url, init);
        },
      });
      const host = document.getElementById('host');
      const el = document.createElement('egov-inquiry-tracker');
      el.setAttribute('tracking-code', '1403-0725-118842');
      el.setAttribute('poll-interval', '0.005');
      let errors = 0;
      el.addEventListener('egov-error', () => errors++);
      host.append(el);
      while (requests < n) await new Promise((r) => setTimeout(r, 20));
      const stillShown = el.shadowRoot.querySelector('[part="inquiry"]') !== null;
      el.remove();
      window.__keep(el);
      window.egov.resetConfiguration?.();
      window.egov.configure({ fetch: (i, o) => fetch(i, o) });
      await new Promise((r) => setTimeout(r, 50));
      return { requests, errors, stillShown };
    }, n);
  await pollRun(50);
  await page.evaluate(() => window.__forget());
  const before = await measure(page, cdp);
  const t0 = performance.now();
  const p = await pollRun(polls);
  const ms = performance.now() - t0;
  const after = await measure(page, cdp);
  rows.push({
    what: `egov-inquiry-tracker polling × ${p.requests.toLocaleString('en')}`,
    before,
    after,
    sampled: 1,
    note: `${(ms / 1000).toFixed(1)} s, ${p.errors} failed polls, inquiry ${p.stillShown ? 'still shown' : 'NOT shown'}`,
    heap: pct(before.heap, after.heap),
  });
  await page.close();
  return rows;
}

/** Runs both parts with the browser bench.mjs launched; prints the figures. */
export async function pageBench(browser) {
  checkFallbackCss();
  const server = await startServer();
  try {
    console.log(`\nlayout shift on dev/agency.html, script and API each held back ${HOLD_MS} ms, content below the card (target ≤ 0.1):`);
    for (const [w, h] of [
      [1280, 900],
      [390, 844],
    ]) {
      for (const bare of [false, true]) {
        const r = await layoutShift(browser, `${server.origin}/agency.html${bare ? '?bare' : ''}`, w, h);
        const label = bare ? "bare (without the README's :not(:defined) CSS and fallback link)" : 'as shipped (README CSS + fallback link)';
        console.log(
          `  ${w}×${h} ${label}: CLS ${r.cls.toFixed(3)} (${r.count} shifts, sum ${r.total.toFixed(3)}) ${r.cls <= 0.1 ? 'ok' : 'OVER'}`,
        );
      }
    }
    const cycles = Number(process.env.SOAK_CYCLES ?? 10_000);
    const polls = Number(process.env.SOAK_POLLS ?? 1_000);
    const t0 = performance.now();
    const fresh = Number(process.env.SOAK_NEW ?? 300);
    const rows = await soak(browser, server.origin, cycles, fresh, polls);
    console.log(
      `\nsoak (${((performance.now() - t0) / 1000).toFixed(0)} s; listeners on document + window, timers pending, sampled elements alive, JS heap after GC):`,
    );
    const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
    for (const r of rows) {
      const { before: a, after: b } = r;
      console.log(
        `  ${r.what}: listeners ${a.listeners} → ${b.listeners}, timers ${a.timers} → ${b.timers}, ${r.sampled ? `alive ${b.alive}/${r.sampled}, ` : ''}heap ${mb(a.heap)} → ${mb(b.heap)} (${r.heap}); ${r.note}`,
      );
    }
  } finally {
    await server.close();
  }
}
