import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { referenceApiKoa } from './dev/api/wtr-middleware.mjs';
import { findChrome, chromeArgs } from './test/support/find-chrome.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { pageEmulationPlugin } from './test/support/page-emulation.mjs';
import { cdnUnderTest } from './test/support/cdn-under-test.mjs';
import { otherCopyPlugin } from './test/support/other-copy.mjs';

/** Every test, in the system Chromium, against the reference API served on the same origin at /api. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
      // Each test file in its own browser context (its own window): pages sharing one
      // window are background tabs whose animation frames stall (modernweb-dev/web#2588).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  middleware: [referenceApiKoa({ base: '/api' })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pageEmulationPlugin(), cdnUnderTest(), otherCopyPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};
