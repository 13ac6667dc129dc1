/**
 * A second, separate copy of the library for the tests, as a page gets one when it loads
 * the CDN file beside an app's npm bundle: `src/index.ts` bundled by esbuild with lit and
 * every `@lit/*` package inside, so no module (and no module-level state) is shared with
 * the test's own imports. Served at `/__egov/other-copy.js`, built on first request
 * (`npm test` runs before `npm run build`, so nothing may depend on dist/).
 *
 * `?version=…` sets the copy's version (the page's first copy warns about a different one).
 */
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const PATH = '/__egov/other-copy.js';
const cache = new Map();

function bundle(version) {
  let p = cache.get(version);
  if (!p) {
    p = build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      tsconfig: `${root}tsconfig.json`,
      // src/version.ts says this copy's version: another one here, as a newer copy would carry.
      plugins: [
        {
          name: 'version',
          setup(b) {
            b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
              contents: `export const VERSION = ${JSON.stringify(version)};`,
              loader: 'ts',
            }));
          },
        },
      ],
      logLevel: 'silent',
    }).then((r) => r.outputFiles.map((f) => f.text).join('\n'));
    cache.set(version, p);
  }
  return p;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function otherCopyPlugin() {
  return {
    name: 'egov-other-copy',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      const version = new URL(context.url, 'http://x').searchParams.get('version') ?? 'other-copy';
      return { body: await bundle(version), type: 'js' };
    },
  };
}
