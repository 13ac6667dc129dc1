#!/usr/bin/env node
/**
 * Headless-Chromium screenshot of a page served by the dev server (with the reference
 * API), so a person can look at what changed:
 *   node scripts/screenshot.mjs dev/portal.html out.png [--width 1280] [--height 900] [--full]
 *     [--engine firefox|webkit|chromium103|chromium108] [--dark] [--forced] [--print] (Chromium)
 * Starts its own Vite server on a free port and stops it afterwards. `--engine` takes it in
 * the system Firefox or WebKitGTK instead, found as the tests find them, or in an old Chromium of
 * the browser floor from npm (scripts/lib/old-chromium.mjs; README, "Browser support").
 */
import { createServer } from 'vite';
import { writeFileSync } from 'node:fs';
import { launchChromium, launchFirefox, openWebKit } from './lib/browser.mjs';
import { chromeArgs } from './lib/find-browsers.mjs';
import { OLD_CHROMIUMS, oldChromium, oldChromiumPuppeteer } from './lib/old-chromium.mjs';

const [page = 'dev/portal.html', out = 'screenshot.png', ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : dflt;
};
const width = opt('width', 1280);
const height = opt('height', 900);
const full = rest.includes('--full');
const wait = opt('wait', 800);
const e = rest.indexOf('--engine');
const engine = e >= 0 ? rest[e + 1] : 'chromium';

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = new URL(page, server.resolvedUrls.local[0]).href;
if (engine === 'webkit') {
  try {
    await webkitScreenshot(url);
  } finally {
    await server.close();
  }
  process.exit(0);
}
const browser = await (engine in OLD_CHROMIUMS
  ? oldChromiumPuppeteer().launch({
      ...oldChromium(engine),
      args: [...chromeArgs.filter((a) => !a.startsWith('--headless')), '--no-sandbox', '--no-zygote'],
      headless: true,
    })
  : engine === 'firefox'
    ? launchFirefox()
    : launchChromium());
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.setViewport({ width, height, deviceScaleFactor: 1 });
  // What the styles answer besides the width: `--dark`, `--forced` (forced colours), `--print`.
  const media = [
    ...(rest.includes('--dark') ? [{ name: 'prefers-color-scheme', value: 'dark' }] : []),
    ...(rest.includes('--forced') ? [{ name: 'forced-colors', value: 'active' }] : []),
  ];
  // Through the protocol: puppeteer's own emulateMediaFeatures refuses `forced-colors`.
  if (media.length || rest.includes('--print')) {
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { media: rest.includes('--print') ? 'print' : '', features: media });
  }
  await tab.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await new Promise((r) => setTimeout(r, wait));
  if (full) {
    // Puppeteer's fullPage capture shifts RTL pages sideways; grow the viewport instead.
    const h = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.setViewport({ width, height: Math.min(h, 16000), deviceScaleFactor: 1 });
    await new Promise((r) => setTimeout(r, 300));
  }
  await tab.screenshot({ path: out });
  console.log(`screenshot: ${url} → ${out}`);
} finally {
  await browser.close();
  await server.close();
}

/** WebKitGTK through WebKitWebDriver: the window's viewport is the picture. */
async function webkitScreenshot(url) {
  const win = await openWebKit();
  try {
    await win.setViewport({ width, height });
    await win.goto(url);
    await new Promise((r) => setTimeout(r, wait + 1500));
    if (full) {
      const h = await win.run('return document.documentElement.scrollHeight');
      await win.setViewport({ width, height: Math.min(h, 16000) });
      await new Promise((r) => setTimeout(r, 500));
    }
    writeFileSync(out, Buffer.from(await win.s('GET', '/screenshot'), 'base64'));
    console.log(`screenshot (webkit): ${url} → ${out}`);
  } finally {
    await win.stop();
  }
}
