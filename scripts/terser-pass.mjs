/**
 * A second minification of the CDN files (dist/cdn/), by terser, after the bundler's own.
 * Browsers read these files as they are, so every byte counts there (README "Performance"):
 * terser's compressor finds what the first pass leaves (declarations it can join, literals
 * it can fold, classes nothing uses), with the same behaviour; `npm run size` shows what each
 * file weighs. esbuild's minifier in its place makes every file larger. Only safe transforms (terser's defaults, no
 * `unsafe*`) under ES module rules (`module: true`); the names chunks import from each other
 * and export are kept. The npm entries are left to the app's own bundler.
 */
import { minify } from 'terser';

/** @returns {import('vite').Plugin} */
export function terserPassPlugin() {
  return {
    name: 'egov-terser-pass',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
          mangle: true,
          format: { comments: false },
        });
        if (out.code === undefined) this.error(`terser gave no code for ${chunk.fileName}`);
        chunk.code = out.code;
      }
    },
  };
}
