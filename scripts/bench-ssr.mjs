/**
 * The server-rendering part of `npm run bench` (README "Server rendering"): the one-card
 * agency page and a five-widget page, each server-rendered (`renderHTML`) and rendered in the
 * browser (the autoloader), in the same run, at a phone viewport with the network (150 ms,
 * 1.6 Mbit/s) and the CPU (4×) throttled through CDP: largest contentful paint and layout
 * shift, medians of 3; and `renderHTML` time per five-widget page, warm. Figures are printed,
 * never asserted (a shared machine's timings vary).
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { buildCdn } from './build-cdn.mjs';
import { buildSsr } from './build-ssr.mjs';
import { body } from '../test/support/ssr-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 3;
const PAGES = {
  agency: '<main><h1>بیمه مرکزی جمهوری اسلامی ایران</h1><egov-service-card service-id="13061408000"></egov-service-card></main>',
  'five widgets': body('fa'),
};

/** @param {import('puppeteer-core').Browser} browser */
export async function ssrBench(browser) {
  // Under node_modules, so the server bundle finds lit and @lit-labs/ssr (they stay external).
  const out = mkdtempSync(join(root, 'node_modules/.cache/egov-bench-ssr-'));
  try {
    await buildCdn({ outDir: join(out, 'cdn'), quiet: true });
    await buildSsr({ outDir: join(out, 'ssr'), quiet: true });
    const { renderHTML } = await import(pathToFileURL(join(out, 'ssr/ssr.js')).href);
    const api = createApiMiddleware({ base: '/api' });
    let origin = '';
    const server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname.startsWith('/api/')) return api(req, res, () => ((res.statusCode = 404), res.end()));
      // Compressed, as a host serves it.
      const send = (type, body) => (
        res.setHeader('Content-Type', type),
        res.setHeader('Content-Encoding', 'gzip'),
        res.end(gzipSync(body))
      );
      if (url.pathname.startsWith('/cdn/')) {
        try {
          return send('text/javascript', readFileSync(join(out, url.pathname)));
        } catch {
          return ((res.statusCode = 404), res.end());
        }
      }
      const html = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="/cdn/autoloader.js"></script></head><body>${PAGES[url.searchParams.get('page')]}</body></html>`;
      send(
        'text/html; charset=utf-8',
        Buffer.from(url.searchParams.get('ssr') ? await renderHTML(html, { apiBase: `${origin}/api` }) : html),
      );
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${server.address().port}`;
    const results = {};
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(PAGES)) {
        for (const ssr of [false, true]) {
          const page = await browser.newPage();
          await page.setViewport({ width: 412, height: 823, isMobile: true });
          const cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 150,
            downloadThroughput: (1.6 * 1024 * 1024) / 8,
            uploadThroughput: (750 * 1024) / 8,
          });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          await page.evaluateOnNewDocument(() => {
            const w = /** @type {any} */ (window);
            w.__lcp = 0;
            w.__cls = 0;
            new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            });
            new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__cls += /** @type {any} */ (e).value))).observe({
              type: 'layout-shift',
              buffered: true,
            });
          });
          await page.goto(`${origin}/?page=${encodeURIComponent(name)}${ssr ? '&ssr=1' : ''}`, { waitUntil: 'networkidle0' });
          await new Promise((r) => setTimeout(r, 1000));
          const m = await page.evaluate(() => ({ lcp: /** @type {any} */ (window).__lcp, cls: /** @type {any} */ (window).__cls }));
          (results[`${name}, ${ssr ? 'server-rendered' : 'browser-rendered'}`] ??= []).push(m);
          await page.close();
        }
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`server rendering (phone, 150 ms / 1.6 Mbit/s, CPU 4×; medians of ${RUNS}):`);
    for (const [k, v] of Object.entries(results)) {
      console.log(
        `  ${k.padEnd(34)} LCP ${String(Math.round(median(v.map((x) => x.lcp)))).padStart(5)} ms   layout shift ${median(v.map((x) => x.cls)).toFixed(3)}`,
      );
    }
    const html = `<!doctype html><html lang="fa"><body>${PAGES['five widgets']}</body></html>`;
    await renderHTML(html, { apiBase: `${origin}/api` });
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await renderHTML(html, { apiBase: `${origin}/api` });
      times.push(performance.now() - t);
    }
    console.log(`  renderHTML, five-widget page, warm (API on loopback): ${median(times).toFixed(1)} ms median of 5`);
    server.closeAllConnections();
    server.close();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
