/**
 * WebKit for the test runner: WebKitGTK's MiniBrowser driven by `WebKitWebDriver` (Debian
 * `webkit2gtk-driver`) over W3C WebDriver (scripts/lib/webkit-driver.mjs, spoken directly with
 * `fetch`). Each concurrent test file gets its own driver and browser window.
 *
 * MiniBrowser needs a display. With no `DISPLAY` set (CI, a terminal over ssh), the driver
 * runs under `xvfb-run -a` (Debian `xvfb`), so `npm test` works as written.
 *
 * wtr's keyboard, mouse and viewport commands (@web/test-runner-commands) speak to a launcher
 * of type `puppeteer` through `getPage(id)`: this launcher hands them a small page object with
 * the same methods, carried out as WebDriver actions. WebDriver has no media emulation and
 * MiniBrowser's window has a minimum width: `emulateMedia` and `setViewport` fail here with
 * a clear error when asked for what the engine cannot show (test/support/engine.ts, README
 * "Browser support").
 */
import { findWebKit } from '../../scripts/lib/find-browsers.mjs';
import { WebKitWindow } from '../../scripts/lib/webkit-driver.mjs';

class WebKitLauncher {
  name = 'WebKit';
  type = 'puppeteer';
  #found;
  #free = [];
  #all = [];
  #active = new Map();

  constructor(found) {
    this.#found = found;
  }

  #starting = Promise.resolve();

  async #slot() {
    const free = this.#free.pop();
    if (free) return free;
    // One window starts at a time: two `xvfb-run -a` started together can pick the same
    // display number, and the second then fails. A failed start is tried again.
    const start = this.#starting.then(async () => {
      for (let attempt = 1; ; attempt++) {
        const slot = new WebKitWindow(this.#found);
        this.#all.push(slot);
        try {
          await slot.start();
          return slot;
        } catch (e) {
          await slot.stop();
          if (attempt === 3) throw e;
        }
      }
    });
    this.#starting = start.catch(() => {});
    return start;
  }

  async startSession(id, url) {
    const slot = await this.#slot();
    this.#active.set(id, slot);
    await slot.setViewport({ width: 800, height: 600 });
    await slot.goto(url);
  }

  isActive(id) {
    return this.#active.has(id);
  }

  getBrowserUrl(id) {
    return this.#active.get(id)?.s('GET', '/url');
  }

  getPage(id) {
    const slot = this.#active.get(id);
    if (!slot) throw new Error(`WebKit: no page for session ${id}`);
    return slot.page();
  }

  async stopSession(id) {
    const slot = this.#active.get(id);
    this.#active.delete(id);
    if (slot) {
      // A blank page ends the file's timers and requests before the window is reused.
      await slot.goto('about:blank').catch(() => {});
      this.#free.push(slot);
    }
    return {};
  }

  async startDebugSession() {
    throw new Error('WebKit: debug sessions are not supported; use `npm run test:chromium -- --manual`.');
  }

  async stop() {
    await Promise.all(this.#all.map((s) => s.stop()));
    this.#all = [];
    this.#free = [];
  }
}

export function webkitLauncher() {
  return new WebKitLauncher(findWebKit());
}
