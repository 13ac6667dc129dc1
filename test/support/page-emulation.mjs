/**
 * Server commands for what `@web/test-runner-commands` cannot do on every launcher:
 * emulating `forced-colors` (its `emulateMedia` passes `forcedColors` to Playwright only)
 * and a screenshot of part of the page, for pixel checks. Browser side:
 * test/support/page-emulation.ts. A launcher without the API answers `false`/`null` and
 * the test that needs it says so and skips.
 */

/** The driver's page for a session, with the launcher's kind, or undefined. */
function pageOf(session) {
  const type = session.browser.type;
  if (type !== 'puppeteer' && type !== 'playwright') return undefined;
  return { type, page: session.browser.getPage(session.id) };
}

const cdpSessions = new WeakMap();

export function pageEmulationPlugin() {
  return {
    name: 'egov-page-emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'egov-forced-colors') {
        const p = pageOf(session);
        if (!p) return false;
        const value = payload?.active ? 'active' : 'none';
        // `dark`: the system's dark palette too (prefers-color-scheme follows a dark contrast theme).
        const scheme = payload?.active && payload?.dark ? [{ name: 'prefers-color-scheme', value: 'dark' }] : [];
        try {
          if (p.type === 'playwright')
            await p.page.emulateMedia({ forcedColors: value, ...(scheme.length ? { colorScheme: 'dark' } : {}) });
          else if (p.page.browser().protocol === 'webDriverBiDi') {
            // Firefox: its launcher's page emulates forced-colors (test/support/firefox-launcher.mjs).
            await p.page.emulateMediaFeatures([{ name: 'forced-colors', value }, ...scheme]);
          } else {
            // Puppeteer's emulateMediaFeatures() does not know forced-colors; the Chrome protocol does.
            if (!cdpSessions.has(p.page)) cdpSessions.set(p.page, await p.page.createCDPSession());
            await cdpSessions.get(p.page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }, ...scheme] });
          }
          return true;
        } catch {
          return false;
        }
      }
      if (command === 'egov-screenshot') {
        const p = pageOf(session);
        if (!p) return null;
        const { x, y, width, height } = payload;
        const clip = { x, y, width: Math.max(1, width), height: Math.max(1, height) };
        try {
          const shot = p.type === 'playwright' ? await p.page.screenshot({ clip }) : await p.page.screenshot({ clip, encoding: 'base64' });
          return typeof shot === 'string' ? shot : Buffer.from(shot).toString('base64');
        } catch {
          return null;
        }
      }
    },
  };
}
