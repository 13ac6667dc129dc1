/**
 * Firefox for the test runner: the system Firefox (Debian `firefox-esr`) driven by
 * puppeteer-core over WebDriver BiDi, through @web/test-runner-chrome's launcher (it takes
 * any puppeteer), so the keyboard, mouse and viewport commands work as in Chromium.
 *
 * Media emulation (`emulateMedia` in the tests) has no WebDriver BiDi command in this
 * Firefox, and puppeteer's own one needs CDP. Firefox has the same per-tab overrides its
 * DevTools use (`prefersReducedMotionOverride`, `prefersColorSchemeOverride`,
 * `forcedColorsOverride`, `mediumOverride` on the tab's browsing context); they are set from
 * the browser's privileged scope, which BiDi reaches when Firefox is started with
 * `--remote-allow-system-access`. Like Chromium's emulation they apply to one tab only, so
 * test files running side by side do not see each other's settings.
 */
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findFirefox } from '../../scripts/lib/find-browsers.mjs';

/** puppeteer's feature names and values → the browsing-context override and its value. */
const overrides = {
  'prefers-reduced-motion': ['prefersReducedMotionOverride', { reduce: 'reduce', 'no-preference': 'no-preference' }],
  'prefers-color-scheme': ['prefersColorSchemeOverride', { light: 'light', dark: 'dark' }],
  'forced-colors': ['forcedColorsOverride', { active: 'active', none: 'no-override' }],
};

/** Runs `body` (a function source taking the tab's BrowsingContext) in Firefox's privileged scope. */
async function inChrome(page, body) {
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.result.contexts[0]?.context;
  if (!chromeContext) throw new Error('Firefox: no privileged context (is --remote-allow-system-access set?)');
  const id = page.mainFrame()._id;
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const bc = NavigableManager.getBrowsingContextById(${JSON.stringify(id)});
    if (!bc) throw new Error('no browsing context ${id}');
    return (${body})(bc.top);
  })()`;
  const r = await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
  if (r.result.type === 'exception') throw new Error(`Firefox media emulation failed: ${r.result.exceptionDetails.text}`);
}

/** Keyboard input, one page at a time (see `adapt`). */
let keyboardTurn = Promise.resolve();

/**
 * Gives a Firefox page what puppeteer offers for Chromium: media emulation, and the key
 * name `Space` (puppeteer's BiDi keyboard knows the key only as ' '). Firefox sends key
 * events to the active window only: with two test files in two windows, typing into the
 * other one's field was lost. Each keyboard command activates its own window first and
 * waits for any other page's command to end.
 */
function adapt(page) {
  const kb = page.keyboard;
  for (const m of ['type', 'press', 'down', 'up']) {
    const original = kb[m].bind(kb);
    kb[m] = (key, ...rest) => {
      const turn = keyboardTurn.then(async () => {
        await page.bringToFront();
        await original(m !== 'type' && key === 'Space' ? ' ' : key, ...rest);
      });
      keyboardTurn = turn.catch(() => {});
      return turn;
    };
  }
  page.emulateMediaFeatures = async (features) => {
    const set = {};
    for (const [prop] of Object.values(overrides)) set[prop] = 'none';
    for (const { name, value } of features ?? []) {
      const o = overrides[name];
      if (!o) throw new Error(`Firefox: cannot emulate ${name}`);
      set[o[0]] = value ? (o[1][value] ?? 'none') : 'none';
    }
    await inChrome(page, `(bc) => { Object.assign(bc, ${JSON.stringify(set)}); }`);
  };
  page.emulateMediaType = async (type) => {
    await inChrome(page, `(bc) => { bc.mediumOverride = ${JSON.stringify(type ?? '')}; }`);
  };
  return page;
}

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Test files run side by side in separate windows: none may be throttled as hidden.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
        'layout.throttled_frame_rate': 60,
        // Scrollbars over the content, as headless Chromium's are hidden: a page that grows a
        // scrollbar keeps its width (the hostile-page tests compare widths across pages).
        'ui.useOverlayScrollbars': 1,
      },
    },
    // Each test file in its own user context and its own window (a background tab's frames stall).
    createPage: async ({ browser }) => adapt(await (await browser.createBrowserContext()).newPage({ type: 'window' })),
  });
}
