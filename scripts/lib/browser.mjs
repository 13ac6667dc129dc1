/**
 * The one way a script opens a browser: the system Chromium through puppeteer-core with the
 * project's flags (the same as the test runner's, ./find-browsers.mjs), or Firefox and WebKitGTK
 * where a script needs another engine.
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, findFirefox, findWebKit } from './find-browsers.mjs';
import { WebKitWindow } from './webkit-driver.mjs';

/**
 * Headless Chromium. `args` come after the project's flags.
 * @param {{ args?: string[] } & import('puppeteer-core').LaunchOptions} [options]
 */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    // puppeteer sets headless itself (`headless: true`); the flag list's own one is the test runner's.
    args: [...chromeArgs.filter((a) => !a.startsWith('--headless')), ...args],
    ...options,
  });
}

/**
 * Headless Firefox over WebDriver BiDi.
 * @param {import('puppeteer-core').LaunchOptions} [options]
 */
export function launchFirefox(options = {}) {
  return puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, ...options });
}

/** A started WebKitGTK window (WebDriver); `stop()` it when done. */
export async function openWebKit() {
  const win = new WebKitWindow(findWebKit());
  try {
    await win.start();
  } catch (e) {
    await win.stop();
    throw e;
  }
  return win;
}
