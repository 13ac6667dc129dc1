#!/usr/bin/env node
/**
 * `npm run check:pack` (after `npm run build`): what we publish works, not just our tree.
 * Packs the library, installs the tarball (with react, for the wrappers) into a fresh
 * temporary project, and in Chromium:
 *   - imports every entry by its public name and checks what it should define or export;
 *   - renders a React wrapper and receives its `onEgovLoad`;
 *   - loads the CDN file with a plain script tag and renders a card from it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'vite';
import { referenceApi } from '../dev/api/vite-plugin.mjs';
import { ALL_ELEMENTS } from '../elements.registry.mjs';
import { launchChromium } from './lib/browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'egov-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const problems = [];
let server;
let browser;
try {
  run('npm', ['pack', '--silent', '--pack-destination', dir], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  console.log(`packed ${tarball}`);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'egov-pack-check',
      private: true,
      type: 'module',
      dependencies: { 'egov-widgets': `file:./${tarball}`, react: '^19', 'react-dom': '^19' },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  console.log('installed the tarball into a fresh project');
  // React Server Components (Next.js): the wrappers are client references only with the directive first.
  for (const entry of ['react.js']) {
    const head = readFileSync(join(dir, 'node_modules/egov-widgets/dist', entry), 'utf8').slice(0, 20);
    if (!/^['"]use client['"];/.test(head)) problems.push(`dist/${entry} does not start with 'use client' (starts «${head}»)`);
    else console.log(`dist/${entry} starts with 'use client'`);
  }

  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="fa" dir="rtl"><body><div id="react"></div><script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import * as all from 'egov-widgets';
${ALL_ELEMENTS.map((e) => `import 'egov-widgets/${e.name}.js';`).join('\n')}
import * as api from 'egov-widgets/api.js';
import * as format from 'egov-widgets/format.js';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import * as wrappers from 'egov-widgets/react.js';
const { EgovServiceCard } = wrappers;
const manifest = await fetch('/node_modules/egov-widgets/custom-elements.json').then((r) => r.json());
window.__report = {
  defined: ${JSON.stringify(ALL_ELEMENTS.map((e) => e.tag))}.filter((t) => customElements.get(t)),
  wrappers: ${JSON.stringify(ALL_ELEMENTS.map((e) => e.className))}.filter((n) => wrappers[n]),
  api: typeof api.configure === 'function' && typeof api.getJSON === 'function',
  format: format.formatRials(250000, 'fa'),
  index: typeof all.configure === 'function',
  manifestTags: manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean).sort(),
};
createRoot(document.getElementById('react')).render(
  createElement(EgovServiceCard, { serviceId: '13061408000', onEgovLoad: (e) => (window.__reactLoad = e.detail.id) }),
);
`,
  );
  writeFileSync(
    join(dir, 'cdn.html'),
    `<!doctype html><html lang="fa" dir="rtl"><head><script type="module" src="/node_modules/egov-widgets/dist/cdn/egov-widgets.js"></script></head><body><egov-service-card service-id="13061408000"></egov-service-card></body></html>`,
  );

  server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins: [referenceApi({ base: '/api' })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const base = server.resolvedUrls.local[0];
  browser = await launchChromium();
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(base, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.__report && window.__reactLoad, { timeout: 30000 })
    .catch(() => problems.push('the npm entries or the React wrapper did not finish'));
  const report = await page.evaluate(() => ({ ...window.__report, reactLoad: window.__reactLoad }));
  const count = ALL_ELEMENTS.length;
  console.log(
    `npm entries: ${report.defined?.length ?? 0}/${count} elements defined, ${report.wrappers?.length ?? 0}/${count} React wrappers; api ${report.api ? 'ok' : 'MISSING'}; format → ${report.format}`,
  );
  console.log(`manifest tag names: ${report.manifestTags?.join(', ')}`);
  console.log(`React wrapper: onEgovLoad received for ${report.reactLoad ?? '(nothing)'}`);
  if (report.defined?.length !== count) problems.push(`defined only: ${report.defined}`);
  if (report.wrappers?.length !== count) problems.push(`React wrappers only: ${report.wrappers}`);
  if (!report.api || !report.index) problems.push('egov-widgets/api.js or the main entry lacks the client');
  if (report.format !== '۲۵۰٬۰۰۰ ریال') problems.push(`format.js gave ${report.format}`);
  if (report.manifestTags?.length !== count) problems.push('custom-elements.json lacks tag names');
  if (report.reactLoad !== '13061408000') problems.push('the React wrapper did not deliver egov-load');

  const cdn = await browser.newPage();
  cdn.on('pageerror', (e) => problems.push(`cdn page error: ${e.message}`));
  await cdn.goto(`${base}cdn.html`, { waitUntil: 'load' });
  const title = await cdn
    .waitForFunction(() => document.querySelector('egov-service-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent, {
      timeout: 20000,
    })
    .then((h) => h.jsonValue())
    .catch(() => undefined);
  console.log(`CDN file: card title ${title ? `«${String(title).trim().slice(0, 40)}…»` : 'NOT rendered'}`);
  if (!title) problems.push('the CDN file did not render a card');
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('check:pack: the published package works from a fresh project');
