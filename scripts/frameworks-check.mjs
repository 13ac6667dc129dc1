#!/usr/bin/env node
/**
 * `npm run check:frameworks` (a suite of `npm test`): no widget ever asks a base the page did
 * not choose, in apps that server-render the tags and hydrate them (README "Configure the API").
 * The apps in test/frameworks/ are rendered on the server here, in Node (react-dom/server,
 * vue/server-renderer), and hydrated in Chromium. The chosen API is the reference API on a
 * second origin; the page's own origin answers `/api/…` (the default base) with a counted 404.
 * Each page must show every widget's data, ask the chosen API once per request it needs, the
 * page's `/api` ZERO times, and log no console error.
 *
 *   node scripts/frameworks-check.mjs              # every page
 *   node scripts/frameworks-check.mjs vue-plugin   # pages whose name contains this
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { launchChromium } from './lib/browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'test/frameworks');
const out = mkdtempSync(join(tmpdir(), 'egov-frameworks-'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

// The server side: one Node module with every app's renderer; react, vue and lit stay
// packages (lit's own Node build, with its DOM shim).
await build({
  entryPoints: [join(fixtures, 'server-render.ts')],
  outfile: join(out, 'server-render.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
});
// Node resolves the external packages from the repository's node_modules.
const serverModule = join(root, 'node_modules/.cache/egov-frameworks-server.mjs');
rmSync(serverModule, { force: true });
await import('node:fs').then((fs) => {
  fs.mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  fs.copyFileSync(join(out, 'server-render.mjs'), serverModule);
});
const server = await import(pathToFileURL(serverModule).href);

// The browser side: one bundle per client entry.
const clients = ['react-client.tsx', 'react-plain-client.tsx', 'vue-client.ts', 'vue-nuxt-plugin-client.ts', 'plain-client.ts'];
await build({
  entryPoints: clients.map((c) => join(fixtures, c)),
  outdir: join(out, 'js'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  logLevel: 'error',
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
  },
});

/** Hits per path, on the chosen API and on the page's own `/api`. */
const hits = { chosen: new Map(), wrong: new Map() };
const count = (map, url) => map.set(url, (map.get(url) ?? 0) + 1);

const api = createApiMiddleware({ base: '/chosen' });
const apiServer = createServer((req, res) => {
  if (req.method !== 'OPTIONS') count(hits.chosen, req.url);
  api(req, res, () => res.writeHead(404).end());
});
await new Promise((r) => apiServer.listen(0, '127.0.0.1', r));
const chosenBase = `http://127.0.0.1:${apiServer.address().port}/chosen`;

const doc = (body, head = '') =>
  `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>egov</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
const script = (name) => `<script type="module" src="/js/${name}.js"></script>`;

/** name → the server's HTML for it (rendered per request, as a server would). */
const pages = {
  'react-ssr': async () => doc(`<div id="root" data-base="${chosenBase}">${server.renderReact(chosenBase)}</div>${script('react-client')}`),
  'react-ssr-late-hydration': async () =>
    doc(`<div id="root" data-base="${chosenBase}">${server.renderReact(chosenBase)}</div>${script('react-client')}`),
  'react-plain-tags-library-after-hydration': async () =>
    doc(`<div id="root" data-base="${chosenBase}">${server.renderReactPlain(chosenBase)}</div>${script('react-plain-client')}`),
  'vue-ssr-provider': async () =>
    doc(`<div id="root" data-base="${chosenBase}">${await server.renderVue(chosenBase)}</div>${script('vue-client')}`),
  'vue-ssr-configure-in-plugin': async () =>
    doc(`<div id="root" data-plugin-base="${chosenBase}">${await server.renderVue(undefined)}</div>${script('vue-client')}`),
  'nuxt-plugin-after-payload': async () =>
    doc(`<div id="root">${await server.renderVue(undefined)}</div>${script('vue-nuxt-plugin-client')}`),
  'vue-ssr-meta': async () =>
    doc(
      `<div id="root">${await server.renderVue(undefined)}</div>${script('vue-client')}`,
      `<meta name="egov-api-base" content="${chosenBase}">`,
    ),
  'plain-tags-before-script': async () =>
    doc(
      `<egov-provider api-base="${chosenBase}"><egov-service-card service-id="13061408000"></egov-service-card><egov-maturity-gauge></egov-maturity-gauge><egov-service-list page-size="3"></egov-service-list></egov-provider>${script('plain-client')}`,
    ),
};
const urls = { 'react-ssr-late-hydration': '/?hydrate=late' };
const pageServer = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  if (pathname.startsWith('/api/')) {
    count(hits.wrong, req.url);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not the API');
  } else if (pathname === '/payload.json') {
    // A prerendered Nuxt page's payload: the plugins run after it has come.
    await new Promise((r) => setTimeout(r, 200));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ apiBase: chosenBase }));
  } else if (pathname.startsWith('/js/')) {
    try {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(out, pathname)));
    } catch {
      res.writeHead(404).end();
    }
  } else {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await pages[current]());
  }
});
await new Promise((r) => pageServer.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${pageServer.address().port}`;

let current = '';
let passed = 0;
let failed = 0;
const TAGS = ['egov-service-card', 'egov-maturity-gauge', 'egov-service-list'];
// What each page needs from the API, each once (the client de-duplicates).
const EXPECTED = ['/chosen/services/13061408000', '/chosen/evaluations/latest/summary', '/chosen/services?page=1&pageSize=3'];

// The React wrappers' props are in the server's HTML, as attributes the elements read: the
// provider's configuration, and each widget's key (so it asks for it the first time, and once).
{
  const html = server.renderReact(chosenBase);
  const want = {
    'egov-provider': [`api-base="${chosenBase}"`, 'lang="fa"'],
    'egov-service-card': ['service-id="13061408000"'],
    'egov-service-list': ['page-size="3"'],
  };
  for (const [tag, attributes] of Object.entries(want)) {
    const open = new RegExp(`<${tag}[^>]*>`).exec(html)?.[0] ?? '(none)';
    if (attributes.every((a) => open.includes(a))) {
      passed++;
      console.log(`  ✓ react server HTML: ${open}`);
    } else {
      failed++;
      console.log(`  ✗ react server HTML: want ${attributes.join(' ')} in ${open}`);
    }
  }
}

const browser = await launchChromium();
try {
  for (const name of Object.keys(pages)) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    current = name;
    hits.chosen.clear();
    hits.wrong.clear();
    const errors = [];
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    await page.goto(origin + (urls[name] ?? '/'), { waitUntil: 'load' });
    const shown = await page
      .waitForFunction(
        (tags) =>
          tags.every((t) => {
            const sr = document.querySelector(t)?.shadowRoot;
            return (
              sr &&
              sr.querySelector('[part~="base"]') &&
              !sr.querySelector('[part~="loading"]') &&
              (sr.textContent ?? '').trim().length > 10
            );
          }),
        { timeout: 15_000, polling: 50 },
        TAGS,
      )
      .then(
        () => true,
        () => false,
      );
    // Late requests (a widget asking again, or the wrong base after all) would come now.
    await new Promise((r) => setTimeout(r, 500));
    const seen = await page.evaluate((tags) => {
      const sr = (t) => document.querySelector(t)?.shadowRoot;
      return {
        failed: tags.filter((t) => sr(t)?.querySelector('[part~="error"], [part~="not-found"]')),
        digits: /[۰-۹]/.test(sr('egov-maturity-gauge')?.textContent ?? ''),
        handler: document.getElementById('handler')?.textContent?.trim() ?? null,
        handlerCalls: document.getElementById('handler')?.dataset.loads ?? null,
        cardTitle: (sr('egov-service-card')?.querySelector('[part~="title"]')?.textContent ?? '').trim(),
      };
    }, TAGS);
    await page.close();
    const problems = [...errors];
    if (!shown) problems.push('not every widget showed its data within 15 s');
    if (seen.failed.length) problems.push(`error panel in ${seen.failed.join(', ')}`);
    if (!seen.digits) problems.push('the gauge shows no Persian digits');
    if (seen.handler !== null && seen.handler !== seen.cardTitle)
      problems.push(`the app's handler got «${seen.handler}», the card shows «${seen.cardTitle}»`);
    if (seen.handlerCalls !== null && seen.handlerCalls !== '1')
      problems.push(`the card's onEgovLoad ran ${seen.handlerCalls} times (want 1)`);
    const wrong = [...hits.wrong.values()].reduce((a, b) => a + b, 0);
    if (wrong) problems.push(`${wrong} request(s) to the page's /api, which it did not choose: ${[...hits.wrong.keys()].join(', ')}`);
    const chosen = Object.fromEntries(hits.chosen);
    const expected = EXPECTED;
    for (const path of expected)
      if (chosen[path] !== 1) problems.push(`${path} asked ${chosen[path] ?? 0} times on the chosen API (want 1)`);
    const total = [...hits.chosen.values()].reduce((a, b) => a + b, 0);
    if (total !== expected.length)
      problems.push(`${total} requests to the chosen API (want ${expected.length}): ${JSON.stringify(chosen)}`);
    if (problems.length) {
      failed++;
      console.log(`  ✗ ${name}\n      ${problems.join('\n      ')}`);
    } else {
      passed++;
      console.log(`  ✓ ${name}: chosen API ${total} requests, page's /api ${wrong}, console errors 0`);
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => pageServer.close(r));
  await new Promise((r) => apiServer.close(r));
  rmSync(out, { recursive: true, force: true });
  rmSync(serverModule, { force: true });
}
console.log(`frameworks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
