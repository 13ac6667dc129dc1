#!/usr/bin/env node
/**
 * `npm run check:examples` (after `npm run build`): the example apps in examples/ work with
 * the package as published. Packs the library to examples/.pack/egov-widgets.tgz, then for
 * each example: `npm ci` (its own committed lockfile, the tarball in place of a registry
 * version), `npm run build` (the type-check is part of it: tsc for React, vue-tsc for Vue),
 * serves the built files with the reference API (dev/api) at `/egov-api`, the base each
 * example's provider chooses, and opens them in Chromium, where every widget must show data,
 * the app's event handlers must have logged each element's `egov-load` detail, the console
 * must stay free of errors, and the page's `/api` (the default base, which no example
 * chooses) must get no request at all. The server-rendered ones (next, nuxt, angular) must hold
 * the tags in their HTML, be hydrated (the parsed card stays on the page) and ask the chosen
 * base once per resource.
 *
 * Examples that are servers (`node-server`, and `next` under `next start`) are started as
 * their README says, with the reference API on a port of its own: their pages come
 * server-rendered, so on top of the above each widget must have hydrated (one copy, no
 * console warning either), the browser must ask the API for nothing the server embedded,
 * a warm request must not ask the API again, and `If-None-Match` must get a 304 where the
 * example promises one.
 *
 *   node scripts/examples-check.mjs            # react, vue, html, svelte, next, nuxt, angular, node-server
 *   node scripts/examples-check.mjs vue        # one of them
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { ELEMENTS } from '../elements.registry.mjs';
import { launchChromium } from './lib/browser.mjs';
import { listen, staticFiles } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const ALL = ['react', 'vue', 'html', 'svelte', 'next', 'nuxt', 'angular', 'node-server'];
/**
 * Where an example's build writes the site (server-rendered pages: `nuxt generate`, Angular's
 * prerendering); default `dist/`. Their index.html must hold the tags.
 */
const OUT_DIR = { nuxt: '.output/public', angular: 'dist/browser' };
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const examples = chosen.length ? chosen : ALL;
for (const e of examples) if (!ALL.includes(e)) throw new Error(`no example "${e}" (have: ${ALL.join(', ')})`);
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run `npm run build` first: the examples install the packed package');

/** Every element with data (elements.registry.mjs): each example shows each one. */
const DATA_TAGS = ELEMENTS.map((e) => e.tag);
const problems = [];
const timings = [];
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' },
  });

// The tarball, at the path every example's package.json names.
const packDir = join(root, 'examples/.pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
renameSync(join(packDir, tarball), join(packDir, 'egov-widgets.tgz'));
console.log(`packed ${tarball} → examples/.pack/egov-widgets.tgz`);

/**
 * The tarball changes with every build, so an example's lockfile must not pin its hash:
 * npm would install an older tarball from its cache by that hash. `npm install` in an
 * example writes one; this takes it out again (commit the result).
 */
function unpinTarball(dir) {
  const file = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const entry = lock.packages?.['node_modules/egov-widgets'];
  if (!entry) throw new Error(`${file} has no egov-widgets: run npm install there`);
  if (entry.integrity) {
    delete entry.integrity;
    writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
    console.log(`  (took the tarball's hash out of ${file.slice(root.length)}: commit it)`);
  }
}

/** The base every example's provider chooses; `/api`, the default, must get no request. */
const API_BASE = '/egov-api';
/** Requests to the page's `/api`, per page checked. */
let wrongBase = [];
/** Requests to the chosen base, per page checked (shown, for the record). */
let chosenBase = [];

/** The built files of one example, with the reference API at API_BASE. */
function serve(dir) {
  const api = createApiMiddleware({ base: API_BASE });
  const files = staticFiles(dir);
  return listen((req, res) => {
    if (req.url.startsWith('/api/')) wrongBase.push(req.url);
    if (req.url.startsWith(`${API_BASE}/`)) chosenBase.push(req.url);
    api(req, res, () => files(req, res));
  });
}

/** In the page: what each widget shows, and what the app's handlers logged. */
function readPage(tags) {
  const shadow = (el) => el?.shadowRoot;
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const out = {};
  for (const tag of tags) {
    const el = document.querySelector(tag);
    const sr = shadow(el);
    out[tag] = {
      present: !!el,
      text: text(sr),
      loading: !!sr?.querySelector('[part~="loading"]'),
      failed: !!sr?.querySelector('[part~="error"], [part~="not-found"]'),
      logged: [...document.querySelectorAll(`#log li[data-tag="${tag}"]`)].map(text),
    };
  }
  const card = shadow(document.querySelector('egov-service-card'));
  out.cardTitle = text(card?.querySelector('[part~="title"]'));
  const listCards = [...(shadow(document.querySelector('egov-service-list'))?.querySelectorAll('egov-service-card') ?? [])];
  out.listCards = listCards.length;
  out.listCardTitles = listCards.map((c) => text(c.shadowRoot?.querySelector('[part~="title"]'))).filter(Boolean).length;
  return out;
}

/**
 * @param {{ apiBase: string, lang: 'fa' | 'en' }} [server] a server-rendered page (SERVERS below), in
 *   `lang`, whose API is at `apiBase`: hydrated, no console warning, no request from the browser for embedded data
 */
async function checkPage(browser, url, name, server) {
  const page = await browser.newPage();
  const errors = [];
  /** What the browser asked the API (a server-rendered page: nothing, its data came embedded). */
  const fromBrowser = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    else if (server && /^warn/.test(m.type())) errors.push(`console warning: ${m.text()}`);
  });
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} for ${r.url()}`));
  if (!server) {
    wrongBase = [];
    chosenBase = [];
  }
  // A server-rendered page is hydrated, not rendered again: the first card the HTML parser
  // put on the page (before any script ran) is the card on the page at the end.
  await page.evaluateOnNewDocument(() => {
    const seen = new MutationObserver(() => {
      const card = document.querySelector('egov-service-card');
      if (card) {
        globalThis.__parsedCard = card;
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  page.on('request', (r) => {
    if (!server) return;
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) wrongBase.push(u.pathname + u.search);
    if (r.url().startsWith(server.apiBase)) fromBrowser.push(r.url().slice(server.apiBase.length));
  });
  await page.goto(url, { waitUntil: 'load' });
  const done = await page
    .waitForFunction(
      (tags) =>
        tags.every((t) => {
          const sr = document.querySelector(t)?.shadowRoot;
          return sr && !sr.querySelector('[part~="loading"]') && document.querySelector(`#log li[data-tag="${t}"]`);
        }),
      { timeout: 30_000, polling: 100 },
      DATA_TAGS,
    )
    .then(
      () => true,
      () => false,
    );
  const r = await page.evaluate(readPage, DATA_TAGS);
  const fail = (m) => problems.push(`${name}: ${m}`);
  if (!done) fail('not every widget finished and logged its egov-load within 30 s');
  for (const tag of DATA_TAGS) {
    const w = r[tag];
    if (!w.present) fail(`no <${tag}> on the page`);
    else if (w.failed) fail(`<${tag}> shows an error: ${w.text.slice(0, 80)}`);
    else if (w.text.length < 10) fail(`<${tag}> rendered no data`);
    if (!w.logged.some((t) => t && !t.startsWith('error')))
      fail(`the app's handler logged no egov-load for <${tag}> (${w.logged.join(' | ') || 'nothing'})`);
  }
  // The handler read the typed detail: the title it logged is the title the card shows.
  if (!r.cardTitle || !r['egov-service-card'].logged.includes(r.cardTitle))
    fail(`the card shows «${r.cardTitle}» but the handler logged «${r['egov-service-card'].logged.join(' | ')}»`);
  if (server?.lang === 'en') {
    if (/[۰-۹]/.test(r['egov-maturity-gauge'].text)) fail('the gauge shows Persian digits in en');
  } else if (!/[۰-۹]/.test(r['egov-maturity-gauge'].text)) fail('the gauge shows no Persian digits in fa');
  if (r.listCards === 0 || r.listCardTitles !== r.listCards) fail(`the list shows ${r.listCardTitles}/${r.listCards} cards with a title`);
  // An app with a language switch (React, Vue): every widget, the list's cards included, follows.
  let switched = '';
  if (await page.$('header button')) {
    await page.click('header button');
    const ok = await page
      .waitForFunction(
        (tags) => {
          const lang = (el) => el?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
          const cards = [...(document.querySelector('egov-service-list')?.shadowRoot?.querySelectorAll('egov-service-card') ?? [])];
          return tags.every((t) => lang(document.querySelector(t)) === 'en') && cards.length > 0 && cards.every((c) => lang(c) === 'en');
        },
        { timeout: 15_000, polling: 100 },
        DATA_TAGS,
      )
      .then(
        () => true,
        () => false,
      );
    if (!ok) fail('after the language switch, not every widget (or not every card in the list) is in English');
    switched = ok ? '; switched to en: every widget and card followed' : '; language switch FAILED';
  }
  const twice = [...new Set(chosenBase.filter((u, i) => chosenBase.indexOf(u) !== i))];
  if (OUT_DIR[name] && twice.length) fail(`asked ${API_BASE} more than once for ${twice.join(', ')} (server-rendered: each once)`);
  if (
    (OUT_DIR[name] || server) &&
    !(await page.evaluate(() => !!globalThis.__parsedCard && globalThis.__parsedCard === document.querySelector('egov-service-card')))
  )
    fail('the server-rendered card was replaced: the app rendered the page again instead of hydrating it');
  let hydration = '';
  if (server) {
    // Hydrated: one copy of each widget's content, and nothing asked again.
    const copies = await page.evaluate(
      (tags) => tags.map((t) => document.querySelector(t)?.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0),
      DATA_TAGS,
    );
    copies.forEach((n, i) => n !== 1 && fail(`<${DATA_TAGS[i]}> has ${n} copies of its content after hydration`));
    if (fromBrowser.length) fail(`the browser asked the API for what the server embedded: ${fromBrowser.join(', ')}`);
    hydration = `; hydrated (one copy each), ${fromBrowser.length} API requests from the browser`;
  }
  for (const e of errors) fail(e);
  if (wrongBase.length) fail(`${wrongBase.length} request(s) to /api, a base the page did not choose: ${wrongBase.join(', ')}`);
  console.log(
    `  ${name}: ${DATA_TAGS.filter((t) => r[t].text.length >= 10 && !r[t].failed).length}/${DATA_TAGS.length} widgets with data; ` +
      `card «${r.cardTitle.slice(0, 40)}»; list ${r.listCardTitles} cards; handler log: ${DATA_TAGS.map((t) => r[t].logged.length).join('/')}; ` +
      `${chosenBase.length} requests to ${API_BASE}, ${wrongBase.length} to /api; ${errors.length} console errors${switched}${hydration}`,
  );
  await page.close();
}

/**
 * Examples that are servers: the command that starts one (on `PORT`, with `EGOV_API_BASE` the
 * reference API's absolute base), its pages (`ssr`: its widgets come server-rendered; others
 * are checked as the static examples' pages), where the browser reaches the API (`proxied`:
 * through the example's own `/egov-api`), and whether pages promise an `ETag` (a 304 for
 * `If-None-Match`).
 */
const SERVERS = {
  'node-server': {
    command: ['node', 'server.mjs'],
    pages: [
      { path: '/', ssr: true },
      { path: '/en/', ssr: true },
    ],
    etag: true,
  },
  next: {
    command: ['node', 'node_modules/next/dist/bin/next', 'start'],
    pages: [{ path: '/server-rendered', ssr: true }, { path: '/' }],
    proxied: true,
  },
};

/** A free port on 127.0.0.1. */
async function freePort() {
  const s = await listen(() => {});
  const port = new URL(s.origin).port;
  await s.close();
  return port;
}

/** Starts a server example beside the reference API (its own port); resolves once it listens. */
async function startServer(name, dir) {
  const api = createApiMiddleware({ base: API_BASE });
  const apiServer = await listen((req, res) => {
    if (req.url.startsWith('/api/')) wrongBase.push(req.url);
    if (req.url.startsWith(`${API_BASE}/`)) chosenBase.push(req.url);
    api(req, res, () => res.writeHead(404).end());
  });
  const apiBase = `${apiServer.origin}${API_BASE}`;
  const [cmd, ...args] = SERVERS[name].command;
  const child = spawn(cmd === 'node' ? process.execPath : cmd, args, {
    cwd: dir,
    env: { ...process.env, PORT: await freePort(), EGOV_API_BASE: apiBase, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const close = async () => {
    child.kill('SIGTERM');
    await apiServer.close();
  };
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} printed no URL within 60 s:\n${out}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /https?:\/\/(?:localhost|127\.0\.0\.1|\[::1?\]|0\.0\.0\.0):(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}/`);
      }
    });
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}):\n${out}`)));
  }).catch(async (e) => {
    await close();
    throw e;
  });
  return { url, apiBase, close };
}

/**
 * A server example's pages: each opened in Chromium (server-rendered, hydrated), then asked
 * again over HTTP: warm, it must not ask the API; with its ETag, it must get a 304.
 */
async function checkServer(browser, name, dir) {
  const { url, apiBase, close } = await startServer(name, dir);
  const browserApi = SERVERS[name].proxied ? new URL(API_BASE, url).href : apiBase;
  try {
    for (const { path, ssr } of SERVERS[name].pages) {
      const pageUrl = new URL(path, url).href;
      if (!ssr) {
        await checkPage(browser, pageUrl, `${name} ${path}`);
        continue;
      }
      wrongBase = [];
      chosenBase = [];
      // Cold: the server renders, asking the API (the browser asks nothing: checkPage).
      let t = performance.now();
      const cold = await fetch(pageUrl);
      const coldMs = performance.now() - t;
      const html = await cold.text();
      const coldApi = chosenBase.length;
      const rendered = (html.match(/<template shadowroot(?:mode)?=/g) ?? []).length;
      if (!cold.ok) problems.push(`${name} ${path}: HTTP ${cold.status}`);
      if (rendered < DATA_TAGS.length) problems.push(`${name} ${path}: ${rendered} server-rendered shadow roots, want every widget's`);
      await checkPage(browser, pageUrl, `${name} ${path}`, { apiBase: browserApi, lang: /\/en\b/.test(path) ? 'en' : 'fa' });
      // Warm: from the server's cache, the API not asked again.
      const before = chosenBase.length;
      t = performance.now();
      const warm = await fetch(pageUrl);
      await warm.arrayBuffer();
      const warmMs = performance.now() - t;
      if (chosenBase.length !== before)
        problems.push(`${name} ${path}: a warm request asked the API ${chosenBase.length - before} more times`);
      let revalidated = '';
      if (SERVERS[name].etag) {
        const etag = warm.headers.get('etag');
        const again = etag ? await fetch(pageUrl, { headers: { 'If-None-Match': etag } }) : undefined;
        if (!etag) problems.push(`${name} ${path}: no ETag`);
        else if (again.status !== 304) problems.push(`${name} ${path}: If-None-Match got ${again.status}, not 304`);
        revalidated = `; If-None-Match → ${again?.status}; Cache-Control: ${warm.headers.get('cache-control')}`;
      }
      if (wrongBase.length) problems.push(`${name} ${path}: ${wrongBase.length} request(s) to /api: ${wrongBase.join(', ')}`);
      console.log(
        `  ${name} ${path}: ${rendered} shadow roots in the HTML (${(html.length / 1024).toFixed(0)} KiB); cold ${coldMs.toFixed(0)} ms ` +
          `with ${coldApi} API requests, warm ${warmMs.toFixed(0)} ms with ${chosenBase.length - before}${revalidated}`,
      );
    }
  } finally {
    await close();
  }
}

const browser = await launchChromium();
try {
  for (const name of examples) {
    const dir = join(root, 'examples', name);
    console.log(`examples/${name}:`);
    unpinTarball(dir);
    let t = performance.now();
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const install = seconds(t);
    t = performance.now();
    try {
      run('npm', ['run', 'build', '--silent'], dir);
    } catch {
      problems.push(`${name}: npm run build (type-check and build) failed`);
      timings.push({ name, install, build: seconds(t), browser: '-' });
      continue;
    }
    const build = seconds(t);
    t = performance.now();
    if (OUT_DIR[name] && !readFileSync(join(dir, OUT_DIR[name], 'index.html'), 'utf8').includes('<egov-service-card'))
      problems.push(`${name}: the server-rendered index.html holds no <egov-service-card>`);
    if (SERVERS[name]) {
      try {
        await checkServer(browser, name, dir);
      } catch (e) {
        problems.push(`${name}: ${e.message}`);
      }
      timings.push({ name, install, build, browser: seconds(t) });
      continue;
    }
    const server = await serve(join(dir, OUT_DIR[name] ?? 'dist'));
    const base = server.url;
    try {
      await checkPage(browser, base, name);
      if (name === 'html') {
        if (existsSync(join(dir, 'dist/autoloader.html'))) await checkPage(browser, `${base}autoloader.html`, 'html (autoloader)');
        else console.log('  html (autoloader): skipped, the package has no dist/cdn/autoloader.js yet');
      }
    } finally {
      await server.close();
    }
    timings.push({ name, install, build, browser: seconds(t) });
  }
} finally {
  await browser.close();
}
console.log('\nexample     npm ci  build+types  Chromium   (seconds)');
for (const x of timings) console.log(`${x.name.padEnd(11)} ${x.install.padStart(6)} ${x.build.padStart(12)} ${x.browser.padStart(9)}`);
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('check:examples: every example installs the tarball, type-checks, builds and runs');
