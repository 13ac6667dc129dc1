/**
 * Drives a built Storybook (`storybook-static/`) in Chromium: one `iframe.html` page, stories
 * switched through Storybook's own channel (as the manager does), so every story and locale
 * costs a render, not a page load. Shared by the static-build check and the visual baselines.
 */
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../test/support/find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

export const STATIC_DIR = new URL('../../storybook-static/', import.meta.url).pathname;

/** The build's index: stories and docs entries. */
export async function readIndex(dir = STATIC_DIR) {
  const index = JSON.parse(await readFile(dir + 'index.json', 'utf8'));
  const entries = Object.values(index.entries);
  return { stories: entries.filter((e) => e.type === 'story'), docs: entries.filter((e) => e.type === 'docs') };
}

/**
 * Serve the build (files only: no API behind it) and open Chromium on it.
 * @param {{ width?: number, height?: number }} [viewport]
 */
export async function openStorybook(viewport = { width: 1000, height: 800 }) {
  const server = await serveStatic(STATIC_DIR);
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...chromeArgs.filter((a) => !a.startsWith('--headless')), '--force-color-profile=srgb', '--font-render-hinting=none', '--hide-scrollbars'],
  });
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    server,
    browser,
    page,
    errors,
    /** Open iframe.html once (the first story), wait for the API worker and the first render. */
    async start(firstId) {
      await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(firstId)}&viewMode=story`, { waitUntil: 'load', timeout: 60000 });
      await page.waitForFunction(() => navigator.serviceWorker?.controller && window.__STORYBOOK_ADDONS_CHANNEL__, { timeout: 30000 });
    },
    /** Show a story in a locale and colour scheme; resolves when it rendered and its widgets settled. */
    show: (storyId, globals) => page.evaluate(showInPage, storyId, globals),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs in the page: switch story + globals through the channel, wait for the render, then settle. */
async function showInPage(storyId, globals) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const rendered = new Promise((resolve) => {
    const done = (id) => {
      if (id !== undefined && id !== storyId) return;
      channel.off('storyRendered', done);
      resolve(true);
    };
    channel.on('storyRendered', done);
    channel.once('storyErrored', () => resolve(false));
    channel.once('storyThrewException', () => resolve(false));
    setTimeout(() => resolve(false), 15000);
  });
  channel.emit('updateGlobals', { globals });
  channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  const ok = await rendered;
  // Settled: no widget in the story is loading any more (or 3 s passed: a held response stays loading).
  const root = document.querySelector('#storybook-root');
  const deadline = Date.now() + 3000;
  for (;;) {
    const widgets = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('egov-'));
    await Promise.all(widgets.map((w) => w.updateComplete));
    const loading = widgets.some((w) => w.shadowRoot?.querySelector('[part~="loading"]'));
    if (!loading || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const parts = (name) => [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('egov-')).filter((w) => w.shadowRoot?.querySelector(`[part~="${name}"]`)).length;
  const text = [...root.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('egov-'))
    .map((w) => w.shadowRoot?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    rendered: ok,
    widgets: [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('egov-')).length,
    loading: parts('loading'),
    error: parts('error'),
    fieldError: parts('field-error'),
    notFound: parts('not-found'),
    empty: parts('empty'),
    dir: root.querySelector('[dir]')?.getAttribute('dir') ?? '',
    text,
  };
}
