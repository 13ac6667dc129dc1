/**
 * The CDN folder, dist/cdn/, for pages with no build step. Two builds into one folder
 * (scripts/build-cdn.mjs runs both, then writes dist/cdn/integrity.json):
 *
 *   - default mode: `egov-widgets.js`, one ES module with lit included that defines every
 *     element; chart.js and the English strings are lazy chunks beside it.
 *   - `--mode autoloader`: `autoloader.js`, which defines each element when its tag first
 *     appears (src/autoloader.ts). Each element is its own chunk; lit with @lit/* is one
 *     shared chunk, and what every element shares of our own code lands in one more.
 *
 * Browsers read these files as they are, so they are fully minified (Vite's library mode
 * alone keeps whitespace and comments in ES output) and carry no source map: none is
 * written and none is referenced, so no `.map` request can fail in a console, and no page
 * pays for the reference. The npm entries ship theirs (README: "Embed with one script tag").
 */
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** Shared modules the card does not import: kept out of the core chunk the card page loads. */
const NOT_ON_A_CARD_PAGE = /[\\/]src[\\/]ui[\\/]style-props\.ts$/;

export default defineConfig(({ mode }) => {
  const autoloader = mode === 'autoloader';
  return {
    publicDir: false,
    resolve: { alias: [{ find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/core/localize-msg.ts', import.meta.url)) }] },
    plugins: [minifyLiteralsPlugin()],
    build: {
      outDir: 'dist/cdn',
      // The all-in-one build runs first and starts from an empty folder; the autoloader adds to it.
      emptyOutDir: !autoloader,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: {
        entry: autoloader ? { autoloader: 'src/autoloader.ts' } : { 'egov-widgets': 'src/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        output: {
          chunkFileNames: '[name]-[hash].js',
          minify: true,
          comments: false,
          codeSplitting: autoloader
            ? {
                groups: [
                  // lit, lit-html, lit-element, @lit/reactive-element, @lit/task, @lit/context,
                  // @lit/localize: one chunk, loaded once by whichever element comes first.
                  // Directives (their base class and helpers too) stay with the elements that
                  // use them, and the context provider (with its value notifier) with
                  // <egov-provider>: the card uses neither, so a one-card page does not load them.
                  // The message ids' hash is English's only, and travels with the English strings.
                  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/](?!.*(directives[\\/]|directive-helpers|directive\.js|context-provider|value-notifier|id-generation|fnv1a64))/, priority: 2 },
                  // Our own code that most elements import (three chunks or more) is the shared
                  // core, one chunk; code two elements share stays a chunk of its own, so a
                  // page with one card does not load what only the gauge and the scoreboard use.
                  // So does what three elements share but the card does not use (the style
                  // directive of the list, the gauge and the scoreboard).
                  { name: 'core', test: (id: string) => /[\\/]src[\\/]/.test(id) && !NOT_ON_A_CARD_PAGE.test(id), minShareCount: 3, priority: 1 },
                ],
              }
            : undefined,
        },
      },
    },
  };
});
