/**
 * Which engine runs the test, and the two emulations not every engine's driver offers
 * (README, "Browser support"): where one is missing the helper says so and the test asserts
 * what the engine itself shows instead.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';

const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

const cannot = (e: unknown) => /WebKit: cannot /.test(String((e as Error)?.message ?? e));

/** Emulates `prefers-reduced-motion`; false where the driver cannot (WebKitGTK), the engine's own setting then stays. */
export async function reducedMotion(value: 'reduce' | 'no-preference'): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: value });
    return true;
  } catch (e) {
    if (cannot(e)) return false;
    throw e;
  }
}

/** The engine's own `prefers-reduced-motion` (what a widget reads when nothing is emulated). */
export const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Sets the viewport; false where the browser window cannot be that small (WebKitGTK's MiniBrowser: about 447 px). */
export async function viewport(width: number, height: number): Promise<boolean> {
  try {
    await setViewport({ width, height });
    return true;
  } catch (e) {
    if (cannot(e)) return false;
    throw e;
  }
}

/** Whether print media can be emulated (it cannot through WebKitGTK's driver); leaves the page on screen media. */
export async function printMedia(): Promise<boolean> {
  try {
    await emulateMedia({ media: 'print' });
    return true;
  } catch (e) {
    if (cannot(e)) return false;
    throw e;
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}
