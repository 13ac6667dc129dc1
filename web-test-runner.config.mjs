import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { referenceApiKoa } from './dev/api/wtr-middleware.mjs';
import { findChrome, chromeArgs } from './scripts/lib/find-browsers.mjs';
import { firefoxLauncher } from './test/support/firefox-launcher.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { pageEmulationPlugin } from './test/support/page-emulation.mjs';
import { cdnUnderTest } from './test/support/cdn-under-test.mjs';
import { otherCopyPlugin } from './test/support/other-copy.mjs';
import { oldChromium, oldChromiumPuppeteer } from './scripts/lib/old-chromium.mjs';
import { ssrPages } from './test/support/ssr-pages.mjs';

const named = (name, launcher) => Object.assign(launcher, { name });
const engines = {
  chromium: () =>
    named(
      'Chromium',
      chromeLauncher({
        launchOptions: { executablePath: findChrome(), args: chromeArgs },
        // Each test file in its own browser context (its own window): pages sharing one
        // window are background tabs whose animation frames stall (modernweb-dev/web#2588).
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      }),
    ),
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
  // The browser floor's Chromiums, from npm (scripts/lib/old-chromium.mjs): not in the default
  // run; `npm test` runs them over the floor's own test files (scripts/test.mjs, suite "floor").
  chromium103: () => oldChromiumLauncher('chromium103', 103),
  chromium108: () => oldChromiumLauncher('chromium108', 108),
};
const DEFAULT_ENGINES = ['chromium', 'firefox', 'webkit'];

function oldChromiumLauncher(alias, major) {
  const { executablePath, env } = oldChromium(alias);
  return named(
    `Chromium ${major}`,
    chromeLauncher({
      launchOptions: {
        executablePath,
        env,
        args: [...chromeArgs.filter((a) => !a.startsWith('--headless')), '--no-sandbox', '--no-zygote'],
      },
      puppeteer: oldChromiumPuppeteer(),
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}

/** `EGOV_ENGINES=chromium` (what `npm run test:chromium` sets) runs one engine; the default is the current three. */
const chosen = (process.env.EGOV_ENGINES || DEFAULT_ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const name of chosen) {
  if (!engines[name]) throw new Error(`EGOV_ENGINES: unknown engine "${name}" (known: ${Object.keys(engines).join(', ')})`);
}
// A missing engine stops the run (never a silent skip), naming every one that is missing.
const missing = [];
const browsers = chosen.flatMap((name) => {
  try {
    return [engines[name]()];
  } catch (e) {
    missing.push(`${name}: ${e.message}`);
    return [];
  }
});
if (missing.length) {
  console.error(`\nCannot run the tests in every engine:\n  ${missing.join('\n  ')}\n`);
  process.exit(1);
}

/** Every test, in each engine, against the reference API served on the same origin at /api. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Engines one after another: two side by side on a two-core CI machine made the fault-timing tests flaky.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 600000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers,
  middleware: [referenceApiKoa({ base: '/api' })],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    pageEmulationPlugin(),
    ssrPages(),
    cdnUnderTest(),
    otherCopyPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
