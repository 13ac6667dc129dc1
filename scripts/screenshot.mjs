#!/usr/bin/env node
/**
 * Headless-Chromium screenshot of a page served by the dev server (with the reference
 * API), so a person can look at what changed:
 *   node scripts/screenshot.mjs dev/portal.html out.png [--width 1280] [--height 900] [--full]
 * Starts its own Vite server on a free port and stops it afterwards.
 */
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../test/support/find-chrome.mjs';

const [page = 'dev/portal.html', out = 'screenshot.png', ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : dflt;
};
const width = opt('width', 1280);
const height = opt('height', 900);
const full = rest.includes('--full');
const wait = opt('wait', 800);

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const url = new URL(page, server.resolvedUrls.local[0]).href;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs.filter((a) => !a.startsWith('--headless')), headless: true });
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.setViewport({ width, height, deviceScaleFactor: 1 });
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
