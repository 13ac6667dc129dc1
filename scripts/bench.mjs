#!/usr/bin/env node
/**
 * `npm run bench [filter]`: builds bench/ for production (lit without dev mode), serves it
 * with the reference API, runs every case in the system Chromium and prints, per case, the
 * median time of the library and of a plain-DOM baseline measured in the same run, and
 * their ratio against the case's budget. Ratios, not absolute times, are the figures.
 */
import { build, preview } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { referenceApi } from '../dev/api/vite-plugin.mjs';
import { minifyLiteralsPlugin } from './minify-literals.mjs';
import { launchChromium } from './lib/browser.mjs';
import { pageBench } from './bench-page.mjs';
import { ssrBench } from './bench-ssr.mjs';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2];
const runs = Number(process.env.BENCH_RUNS ?? 15);
const out = mkdtempSync(join(tmpdir(), 'egov-bench-'));

await build({
  configFile: false,
  root: join(root, 'bench'),
  logLevel: 'error',
  // The templates as they ship (minified the way `npm run build` does).
  plugins: [minifyLiteralsPlugin()],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    rolldownOptions: { input: { index: join(root, 'bench/index.html'), portal: join(root, 'bench/portal.html') } },
  },
});
const server = await preview({
  configFile: false,
  root: join(root, 'bench'),
  logLevel: 'error',
  plugins: [referenceApi({ base: '/api' })],
  build: { outDir: out },
  preview: { port: 0, host: '127.0.0.1' },
});
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
let failed;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const results = await page.evaluate((f, n) => window.runBench(f, n), filter, runs);
  const chrome = await browser.version();
  console.log(`${chrome}, ${runs} alternating runs per side after warm-up, medians`);
  const rows = results.map((r) => ({
    case: r.name,
    lib: r.subjectMs.toFixed(1),
    base: r.baselineMs.toFixed(1),
    ratio: r.ratio.toFixed(2) + '×',
    budget: '≤ ' + r.budget.toFixed(2) + '×',
    ok: r.ratio <= r.budget ? 'ok' : 'OVER',
  }));
  const head = { case: 'case', lib: 'library ms', base: 'baseline ms', ratio: 'ratio', budget: 'target', ok: '' };
  const cols = Object.keys(head);
  const w = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => r[c].length))]));
  const line = (r) => cols.map((c) => r[c].padEnd(w[c])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (!rows.length) console.log('(no bench cases matched)');
  failed = rows.some((r) => r.ok !== 'ok');

  // Requests per composed portal page: ten widgets (five of them the same card) under one provider.
  const portal = await browser.newPage();
  const apiRequests = [];
  portal.on(
    'request',
    (r) => new URL(r.url()).pathname.startsWith('/api/') && apiRequests.push(new URL(r.url()).pathname + new URL(r.url()).search),
  );
  await portal.goto(new URL('portal.html', url).href, { waitUntil: 'networkidle0' });
  const widgets = await portal.evaluate(() => document.querySelectorAll('egov-provider > *').length);
  const distinct = new Set(apiRequests).size;
  console.log(
    `portal page: ${widgets} widgets, ${apiRequests.length} API requests (${distinct} distinct), ${(apiRequests.length / widgets).toFixed(2)} requests per widget; the five identical cards made ${apiRequests.filter((p) => p.startsWith('/api/services/13061408000')).length}`,
  );

  // Layout shift on the agency page before the script loads, and the soak (scripts/bench-page.mjs).
  await pageBench(browser);
  // LCP server- against browser-rendered, and renderHTML's time (scripts/bench-ssr.mjs).
  await ssrBench(browser);
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
if (failed && process.env.BENCH_STRICT) process.exit(1);
