/**
 * A WebKitGTK window driven through `WebKitWebDriver` over W3C WebDriver, spoken directly with
 * `fetch` (no client library): one driver process, one session, one MiniBrowser window. The
 * test runner's WebKit launcher (test/support/webkit-launcher.mjs) runs one per test file;
 * scripts/screenshot.mjs takes a picture with one. Found by `findWebKit()` (./find-browsers.mjs).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** WebDriver key values (W3C WebDriver, "Keyboard actions") for the key names the tests use. */
const KEYS = {
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const keyValue = (key) => {
  if (KEYS[key]) return KEYS[key];
  const code = /^Key([A-Z])$/.exec(key) ?? /^Digit([0-9])$/.exec(key);
  if (code) return code[1].toLowerCase();
  if ([...key].length === 1) return key;
  throw new Error(`WebKit: unknown key "${key}"`);
};
const BUTTONS = { left: 0, middle: 1, right: 2 };

/** One driver process, one WebDriver session, one MiniBrowser window. */
export class WebKitWindow {
  constructor(found) {
    this.found = found;
  }

  async start() {
    const port = await freePort();
    const { driver, binary, xvfb } = this.found;
    const cmd = xvfb ? [xvfb, ['-a', '-s', '-screen 0 1920x8000x24', driver, `--port=${port}`]] : [driver, [`--port=${port}`]];
    // Its own process group, so stopping it also ends Xvfb and the browser.
    this.proc = spawn(cmd[0], cmd[1], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = this.proc.pid;
    // Never left behind, even when the runner is interrupted.
    process.once('exit', () => {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {}
    });
    let stderr = '';
    this.proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    this.base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    for (;;) {
      try {
        const r = await fetch(`${this.base}/status`);
        if (r.ok) break;
      } catch {}
      if (this.proc.exitCode !== null || Date.now() > deadline) {
        throw new Error(`WebKitWebDriver did not start: ${stderr.trim() || `exit ${this.proc.exitCode}`}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const s = await this.call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    });
    this.session = `/session/${s.sessionId}`;
    this.viewport = undefined;
  }

  async call(method, path, body) {
    const r = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json().catch(() => ({}));
    if (!r.ok || json.value?.error)
      throw new Error(`WebKit WebDriver ${method} ${path}: ${json.value?.error ?? r.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  s(method, path, body) {
    return this.call(method, this.session + path, body);
  }

  goto(url) {
    return this.s('POST', '/url', { url });
  }

  keys(actions) {
    return this.s('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  pointer(actions) {
    return this.s('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  /** Sets the page's viewport (what `innerWidth`/`innerHeight` report) to `width` × `height`. */
  async setViewport({ width, height }) {
    if (this.viewport?.width === width && this.viewport?.height === height) return;
    this.viewport = undefined;
    let inner;
    for (let i = 0; i < 3; i++) {
      inner = await this.run('return [innerWidth, innerHeight]');
      if (inner[0] === width && inner[1] === height) break;
      const rect = await this.s('GET', '/window/rect');
      await this.s('POST', '/window/rect', { width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    }
    inner = await this.run('return [innerWidth, innerHeight]');
    if (inner[0] !== width || inner[1] !== height) {
      // MiniBrowser's toolbar keeps its window at least about 447 px wide.
      throw new Error(`WebKit: cannot set a ${width}×${height} viewport, the MiniBrowser window stays ${inner[0]}×${inner[1]}`);
    }
    this.viewport = { width, height };
  }

  run(script) {
    return this.s('POST', '/execute/sync', { script, args: [] });
  }

  /**
   * WebDriver cannot emulate media features. Asking for what the engine already reports
   * (e.g. resetting to `no-preference` after a test) succeeds; anything else fails.
   */
  async emulateMediaFeatures(features = []) {
    const queries = features.filter((f) => f.value).map((f) => `(${f.name}: ${f.value})`);
    const matches = await this.run(`return ${JSON.stringify(queries)}.map((q) => matchMedia(q).matches)`);
    const differ = queries.filter((_, i) => !matches[i]);
    if (differ.length) throw new Error(`WebKit: cannot emulate media ${differ.join(' ')} through WebKitWebDriver`);
  }

  /** What wtr's commands call: puppeteer's page methods, as WebDriver actions. */
  page() {
    return {
      keyboard: {
        type: (text) =>
          this.keys(
            [...text].flatMap((c) => [
              { type: 'keyDown', value: c },
              { type: 'keyUp', value: c },
            ]),
          ),
        press: (key) =>
          this.keys([
            { type: 'keyDown', value: keyValue(key) },
            { type: 'keyUp', value: keyValue(key) },
          ]),
        down: (key) => this.keys([{ type: 'keyDown', value: keyValue(key) }]),
        up: (key) => this.keys([{ type: 'keyUp', value: keyValue(key) }]),
      },
      mouse: {
        move: (x, y) => this.pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 }]),
        click: (x, y, o = {}) =>
          this.pointer([
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: BUTTONS[o.button ?? 'left'] },
            { type: 'pointerUp', button: BUTTONS[o.button ?? 'left'] },
          ]),
        down: (o = {}) => this.pointer([{ type: 'pointerDown', button: BUTTONS[o.button ?? 'left'] }]),
        up: (o = {}) => this.pointer([{ type: 'pointerUp', button: BUTTONS[o.button ?? 'left'] }]),
        reset: async () => {
          await this.s('DELETE', '/actions');
          await this.pointer([{ type: 'pointerMove', x: 0, y: 0, origin: 'viewport', duration: 0 }]);
        },
      },
      setViewport: (v) => this.setViewport(v),
      emulateMediaFeatures: (f) => this.emulateMediaFeatures(f),
      emulateMediaType: async (type) => {
        if (type && type !== 'screen') throw new Error(`WebKit: cannot emulate media ${type} through WebKitWebDriver`);
      },
    };
  }

  async stop() {
    try {
      if (this.session) await this.s('DELETE', '');
    } catch {}
    try {
      process.kill(-this.proc.pid, 'SIGTERM');
    } catch {}
  }
}
