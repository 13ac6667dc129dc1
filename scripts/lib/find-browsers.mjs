/**
 * The system browsers (nothing is downloaded here), found the same way by the test runner
 * (web-test-runner.config.mjs, test/support/*-launcher.mjs) and the scripts (./browser.mjs):
 *   - Chromium: $CHROME_PATH, then /usr/bin/chromium, then chromium/google-chrome on PATH;
 *   - Firefox: $FIREFOX_PATH, then firefox-esr/firefox;
 *   - WebKitGTK: WebKitWebDriver and its MiniBrowser, under xvfb-run when there is no display.
 * No module here launches anything, so the test runner's config can import it cheaply.
 */
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The first of `names` found on PATH, or undefined. */
export function which(...names) {
  for (const name of names) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {}
  }
  return undefined;
}

/** The Chromium binary, or an error that says how to install one. */
export function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const found = which('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-core`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}

export const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run in parallel tabs: a background tab must not have its timers and
  // animation frames throttled, or fixtures waiting for a frame stall.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Root (CI) cannot use the sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** The Firefox binary (Debian `firefox-esr`), or an error that says how to install one. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.`);
  }
  for (const c of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(c)) return c;
  const found = which('firefox-esr', 'firefox');
  if (found) return found;
  throw new Error(
    'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary; `npm run test:chromium` runs the tests in Chromium only.',
  );
}

function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER_PATH)
    return existsSync(process.env.WEBKIT_MINIBROWSER_PATH) ? process.env.WEBKIT_MINIBROWSER_PATH : undefined;
  const roots = ['/usr/lib', '/usr/libexec'];
  for (const root of roots) {
    let dirs = [];
    try {
      dirs = readdirSync(root);
    } catch {}
    for (const d of ['', ...dirs.map((x) => `${x}/`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const p = `${root}/${d}${api}/MiniBrowser`;
        if (existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

const install = '(Debian/Ubuntu: `sudo apt-get install -y webkit2gtk-driver xvfb`)';
const chromiumOnly = '`npm run test:chromium` runs the tests in Chromium only.';

export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER_PATH || which('WebKitWebDriver');
  if (process.env.WEBKIT_WEBDRIVER_PATH && !existsSync(driver)) throw new Error(`WEBKIT_WEBDRIVER_PATH=${driver} does not exist.`);
  if (!driver) throw new Error(`No WebKitWebDriver found. Install WebKitGTK's driver ${install}; ${chromiumOnly}`);
  const binary = findMiniBrowser();
  if (!binary) throw new Error(`No WebKitGTK MiniBrowser found. Install it ${install} or set WEBKIT_MINIBROWSER_PATH; ${chromiumOnly}`);
  const xvfb = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? undefined : which('xvfb-run');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !xvfb) {
    throw new Error(`WebKitGTK needs a display and there is none: install xvfb ${install}, or set DISPLAY; ${chromiumOnly}`);
  }
  return { driver, binary, xvfb };
}
