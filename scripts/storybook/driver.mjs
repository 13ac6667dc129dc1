/**
 * Drives a built Storybook (`storybook-static/`) in Chromium: one `iframe.html` page, stories
 * switched through Storybook's own channel (as the manager does), so every story and locale
 * costs a render, not a page load. Shared by the static-build check and the visual baselines.
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../lib/browser.mjs';
import { listen, staticFiles } from '../lib/static-server.mjs';

export const STATIC_DIR = new URL('../../storybook-static/', import.meta.url).pathname;

/** The build's index: stories and docs entries. */
export async function readIndex(dir = STATIC_DIR) {
  const index = JSON.parse(await readFile(dir + 'index.json', 'utf8'));
  const entries = Object.values(index.entries);
  return { stories: entries.filter((e) => e.type === 'story'), docs: entries.filter((e) => e.type === 'docs') };
}

/**
 * Serve the build (files only: no API behind it) and open Chromium on it; `newTab()` per worker.
 * @param {{ width?: number, height?: number }} [viewport]
 */
export async function openStorybook(viewport = { width: 1000, height: 800 }) {
  const server = await listen(staticFiles(STATIC_DIR));
  const browser = await launchChromium({ args: ['--force-color-profile=srgb', '--font-render-hinting=none', '--hide-scrollbars'] });
  /** A tab of its own (own browser context: own service worker, own API sessions). */
  async function newTab() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    // One fixed "now" (noon in Tehran), running on from there: the fixtures' relative dates
    // (overdue, not yet due) and every "today" read the same on every run, so screenshots compare.
    await page.evaluateOnNewDocument(
      (fixed) => {
        const RealDate = Date;
        const offset = fixed - RealDate.now();
        class FixedDate extends RealDate {
          constructor(...args) {
            if (args.length === 0) super(RealDate.now() + offset);
            else super(...args);
          }
          static now() {
            return RealDate.now() + offset;
          }
        }
        globalThis.Date = FixedDate;
      },
      Date.UTC(2026, 0, 15, 8, 30),
    );
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return {
      page,
      errors,
      /** Open iframe.html once (the first story), wait for the API worker and the first render. */
      async start(firstId) {
        await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(firstId)}&viewMode=story`, { waitUntil: 'load', timeout: 60000 });
        await page.waitForFunction(() => navigator.serviceWorker?.controller && window.__STORYBOOK_ADDONS_CHANNEL__, { timeout: 30000 });
      },
      /** Show a story in a locale and colour scheme; resolves when it rendered and its widgets settled. */
      show: (storyId, globals, settleMs = 3000) => page.evaluate(showInPage, storyId, globals, settleMs),
      /** A PNG of the story root, cut to the viewport (baselines stay small). */
      async screenshot() {
        const box = await page.evaluate(() => {
          const r = document.querySelector('#storybook-root').getBoundingClientRect();
          return {
            x: Math.max(0, Math.floor(r.x)),
            y: Math.max(0, Math.floor(r.y)),
            width: Math.ceil(r.width),
            height: Math.ceil(r.height),
          };
        });
        const clip = {
          x: box.x,
          y: box.y,
          width: Math.max(1, Math.min(box.width, viewport.width - box.x)),
          height: Math.max(1, Math.min(box.height, viewport.height - box.y)),
        };
        return page.screenshot({ clip, type: 'png', captureBeyondViewport: false, optimizeForSpeed: true });
      },
    };
  }
  return {
    server,
    browser,
    newTab,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs in the page: switch story + globals through the channel, wait for the render, then settle. */
async function showInPage(storyId, globals, settleMs) {
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
  // The a11y panel's automatic run (in the story's afterEach, before the data arrived) is
  // switched off here: the check asks the panel's runner itself once the story has settled.
  channel.emit('updateGlobals', { globals: { a11y: { manual: true }, ...globals } });
  channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  const ok = await rendered;
  // Settled: no widget in the story is loading any more (or settleMs passed: a held response stays loading).
  const root = document.querySelector('#storybook-root');
  const deadline = Date.now() + settleMs;
  for (;;) {
    const widgets = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('egov-'));
    await Promise.all(widgets.map((w) => w.updateComplete));
    const loading = widgets.some((w) => w.shadowRoot?.querySelector('[part~="loading"]'));
    if (!loading || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Charts (chart.js, loaded lazily) draw after the data: wait until each canvas has been
  // drawn on and two looks in a row agree.
  const canvases = () =>
    [...root.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('egov-'))
      .flatMap((w) => [...(w.shadowRoot?.querySelectorAll('canvas') ?? [])]);
  const blank = (c) => {
    const b = document.createElement('canvas');
    b.width = c.width;
    b.height = c.height;
    return b.toDataURL();
  };
  let last = '';
  for (let i = 0; i < 60 && canvases().length; i++) {
    const looks = canvases().map((c) => (c.width && c.height && c.toDataURL() !== blank(c) ? c.toDataURL() : 'blank'));
    const now = looks.join('|');
    if (!looks.includes('blank') && now === last) break;
    last = now;
    await new Promise((r) => setTimeout(r, 80));
  }
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const parts = (name) =>
    [...root.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('egov-'))
      .filter((w) => w.shadowRoot?.querySelector(`[part~="${name}"]`)).length;
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
