/**
 * Lowers each finished chunk to the browser floor (package.json `browserslist`, README
 * "Browser support"), after the bundler has tree-shaken it, with Babel's preset-env in its
 * `bugfixes` mode: only what the floor cannot run is rewritten, as narrowly as Babel knows how.
 *
 * - class static blocks (Safari 16.4) become a private static field run once;
 * - class fields stay, but their initializers are wrapped in a function where Safari 15 would
 *   resolve a name in the wrong scope (WebKit 236843: a ReferenceError), instead of turning
 *   every field into constructor code (what esbuild's or Oxc's targets do: +0.5 KiB gz on the
 *   one-card page, +1.3 on egov-widgets.js).
 *
 * Why after bundling, not through the bundler's own `build.target`: lowered per module, a
 * class's static fields become statements after it, which the bundler must keep as side
 * effects, so chart.js's unused controllers and scales stayed in its chunk (+12 KiB gz).
 * scripts/check-floor-syntax.mjs (`npm run check:floor`) checks the result.
 */
import { transformAsync } from '@babel/core';

const root = new URL('..', import.meta.url).pathname;

/** @returns {import('vite').Plugin} */
export function lowerToFloorPlugin() {
  return {
    name: 'egov-lower-to-floor',
    apply: 'build',
    async renderChunk(code, chunk) {
      if (!code.trim()) return null;
      const out = await transformAsync(code, {
        root,
        filename: chunk.fileName,
        babelrc: false,
        configFile: false,
        browserslistConfigFile: true,
        sourceType: 'module',
        sourceMaps: true,
        compact: false,
        retainLines: false,
        presets: [['@babel/preset-env', { bugfixes: true, modules: false, useBuiltIns: false }]],
      });
      if (out?.code == null) this.error(`babel gave no code for ${chunk.fileName}`);
      return { code: out.code, map: out.map };
    },
  };
}
