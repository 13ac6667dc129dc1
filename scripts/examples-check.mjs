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
 *   node scripts/examples-check.mjs            # react, vue, html, svelte, next, nuxt, angular
 *   node scripts/examples-check.mjs vue        # one of them
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { ELEMENTS } from '../elements.registry.mjs';
import { launchChromium } from './lib/browser.mjs';
import { listen, staticFiles } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const ALL = ['react', 'vue', 'html', 'svelte', 'next', 'nuxt', 'angular'];
/**
 * Where an example's build writes the site (server-rendered pages: Next.js's static export,
 * `nuxt generate`, Angular's prerendering); default `dist/`. Their index.html must hold the tags.
 */
const OUT_DIR = { next: 'out', nuxt: '.output/public', angular: 'dist/browser' };
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

async function checkPage(browser, url, name) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} for ${r.url()}`));
  wrongBase = [];
  chosenBase = [];
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
  if (!/[۰-۹]/.test(r['egov-maturity-gauge'].text)) fail('the gauge shows no Persian digits in fa');
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
    OUT_DIR[name] &&
    !(await page.evaluate(() => !!globalThis.__parsedCard && globalThis.__parsedCard === document.querySelector('egov-service-card')))
  )
    fail('the server-rendered card was replaced: the app rendered the page again instead of hydrating it');
  for (const e of errors) fail(e);
  if (wrongBase.length) fail(`${wrongBase.length} request(s) to /api, a base the page did not choose: ${wrongBase.join(', ')}`);
  console.log(
    `  ${name}: ${DATA_TAGS.filter((t) => r[t].text.length >= 10 && !r[t].failed).length}/${DATA_TAGS.length} widgets with data; ` +
      `card «${r.cardTitle.slice(0, 40)}»; list ${r.listCardTitles} cards; handler log: ${DATA_TAGS.map((t) => r[t].logged.length).join('/')}; ` +
      `${chosenBase.length} requests to ${API_BASE}, ${wrongBase.length} to /api; ${errors.length} console errors${switched}`,
  );
  await page.close();
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
console.log('\nexample  npm ci  build+types  Chromium   (seconds)');
for (const x of timings) console.log(`${x.name.padEnd(8)} ${x.install.padStart(6)} ${x.build.padStart(12)} ${x.browser.padStart(9)}`);
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('check:examples: every example installs the tarball, type-checks, builds and runs');
