/**
 * The browser tests run in the system Chromium (nothing is downloaded here):
 * $CHROME_PATH, then /usr/bin/chromium, then chromium/google-chrome on PATH.
 */
import { existsSync } from 'node:fs';
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
