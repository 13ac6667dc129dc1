#!/usr/bin/env node
/**
 * Security gate (`npm run check:csp`, after `npm run build`): serves dev/csp.html with
 * `Content-Security-Policy: default-src 'self'` (no unsafe-inline, no unsafe-eval) beside
 * the reference API, twice: as written (every widget from `egov-widgets.js`) and with its
 * script tag pointing at `autoloader.js` (`?autoloader`: the same widgets through the
 * autoloader and its chunks), and both again with Trusted Types enforced as well
 * (`&trusted-types`: `require-trusted-types-for 'script'`, only lit's `lit-html` policy
 * allowed, twice when a page has two copies: README "Embed with one script tag"), also on a page
 * with both files (`?both`). Opens each in Chromium and fails when
 *   - any CSP violation is reported,
 *   - any widget shows an error instead of its content,
 *   - any request goes to a host other than the page's own origin (= the API base here),
 *   - the hostile fixture manages to run script (window.__pwned).
 */
import { readFile } from 'node:fs/promises';
import { createApiMiddleware } from '../dev/api/middleware.mjs';
import { launchChromium } from './lib/browser.mjs';
import { contentType, listen, notFound, resolveFile } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const CSP = "default-src 'self'";
/** Trusted Types on top: DOM sinks take only trusted values; lit's `lit-html` policy is the one allowed, once per copy of lit (`'allow-duplicates'`). */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const api = createApiMiddleware({ base: '/api' });

const server = await listen((req, res) =>
  api(req, res, async () => {
    const { pathname: path, searchParams: query } = new URL(req.url, 'http://x');
    const file = /^\/(dev|dist)\//.test(path) ? await resolveFile(root, path) : undefined;
    if (!file) return notFound(res);
    let body = await readFile(file);
    if (path === '/dev/csp.html' && query.has('autoloader')) {
      body = body.toString('utf8').replace('/dist/cdn/egov-widgets.js"', '/dist/cdn/autoloader.js"');
    }
    if (path === '/dev/csp.html' && query.has('both')) {
      // Two copies of the library, the autoloader first: its shared chunk is on its way when the
      // all-in-one file runs, so two copies of lit run, each creating a `lit-html` policy.
      const tag = '<script type="module" src="../dist/cdn/egov-widgets.js"></script>';
      body = body.toString('utf8').replace(tag, `<script type="module" src="../dist/cdn/autoloader.js"></script>${tag}`);
    }
    const policy = query.has('trusted-types') ? `${CSP}; ${TRUSTED_TYPES}` : CSP;
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Security-Policy': policy });
    res.end(body);
  }),
);
const { origin } = server;

const browser = await launchChromium();
const problems = [];
const pages = [
  'dev/csp.html',
  'dev/csp.html?autoloader',
  'dev/csp.html?trusted-types',
  'dev/csp.html?autoloader&trusted-types',
  'dev/csp.html?both&trusted-types',
];
try {
  for (const path of pages) {
    console.log(path);
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && problems.push(`console: ${m.text()}`));
    await page.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 60000 });
    // Settled: every widget has left its loading state (or 20 s have passed).
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('egov-provider *')]
            .filter((e) => e.localName.startsWith('egov-'))
            .every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[part~="loading"]')),
        { timeout: 20000, polling: 200 },
      )
      .catch(() => problems.push(`${path}: some widget was still loading after 20 s`));
    await new Promise((r) => setTimeout(r, 1000));
    const report = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('egov-provider *')].filter((e) => e.localName.startsWith('egov-'));
      return {
        violations: window.__violations,
        pwned: window.__pwned !== undefined,
        widgets: widgets.map((w) => ({
          name: w.localName + (w.getAttribute('service-id') ? `#${w.getAttribute('service-id')}` : ''),
          defined: !!customElements.get(w.localName),
          error: !!w.shadowRoot?.querySelector('[part~="error"]'),
          text: (w.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          hasCanvas: !!w.shadowRoot?.querySelector('canvas'),
          // A chart counts as drawn when its canvas has a pixel that is not transparent.
          canvas: (() => {
            const c = w.shadowRoot?.querySelector('canvas');
            if (!c?.width || !c.height) return false;
            return c
              .getContext('2d')
              .getImageData(0, 0, c.width, c.height)
              .data.some((v, i) => i % 4 === 3 && v > 0);
          })(),
        })),
      };
    });
    for (const v of report.violations) problems.push(`${path}: CSP violation: ${v}`);
    if (report.pwned) problems.push(`${path}: the hostile fixture ran script (window.__pwned is set)`);
    for (const w of report.widgets) {
      // A chart shown but not drawn means chart.js failed under the policy.
      const ok = w.defined && !w.error && w.text > 0 && (!w.hasCanvas || w.canvas);
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${w.name}: ${w.defined ? '' : 'not defined; '}${w.error ? 'shows an error; ' : ''}${w.text} characters of text${w.canvas ? ', chart drawn' : w.hasCanvas ? ', chart NOT drawn' : ''}`,
      );
      if (!ok) problems.push(`${path}: ${w.name} did not render under the CSP`);
    }
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    console.log(`${requests.length} requests, ${foreign.length} to other hosts`);
    for (const u of foreign) problems.push(`${path}: request to another host: ${u}`);
    if (
      path.includes('autoloader') &&
      (!requests.some((u) => u.endsWith('/dist/cdn/autoloader.js')) || requests.some((u) => u.includes('egov-widgets.js')))
    ) {
      problems.push(`${path}: the page did not load the widgets through autoloader.js alone`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`csp-check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `csp-check: every widget renders under "${CSP}" (and with "${TRUSTED_TYPES}") with no violation and no foreign request (${pages.join(', ')})`,
);
