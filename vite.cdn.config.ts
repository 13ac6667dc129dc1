/**
 * The CDN folder, dist/cdn/, for pages with no build step. Two builds into one folder
 * (scripts/build-cdn.mjs runs both, then writes dist/cdn/integrity.json):
 *
 *   - default mode: `egov-widgets.js`, one ES module with lit included that defines every
 *     element; chart.js and the English strings are lazy chunks beside it.
 *   - `--mode autoloader`: `autoloader.js`, which defines each element when its tag first
 *     appears (src/autoloader.ts). Each element is its own chunk; lit with @lit/* and what
 *     every element shares of our own code are one shared chunk (`shared-<hash>.js`).
 *
 * Both are minified twice: by the bundler, then by terser (scripts/terser-pass.mjs).
 *
 * Browsers read these files as they are, so they are fully minified (Vite's library mode
 * alone keeps whitespace and comments in ES output) and carry no source map: none is
 * written and none is referenced, so no `.map` request can fail in a console, and no page
 * pays for the reference. The npm entries ship theirs (README: "Embed with one script tag").
 */
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { terserPassPlugin } from './scripts/terser-pass.mjs';
import { pageChunksPlugin } from './scripts/page-chunks.mjs';
import { lowerToFloorPlugin } from './scripts/lower-to-floor.mjs';
import { hydrationChunkPlugin } from './scripts/hydration-chunk.mjs';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** lit and @lit/*, except what a one-card page does not use (see the groups below). */
const LIT =
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/](?!.*(directives[\\/]|directive-helpers|directive\.js|id-generation|fnv1a64))/;
/** Our own modules. */
const OURS = /[\\/]src[\\/]/;
/** Shared modules the card does not import: kept out of the shared chunk the card page loads. */
const NOT_ON_A_CARD_PAGE = /[\\/]src[\\/]ui[\\/](style-props|empty)\.ts$/;

export default defineConfig(({ mode }) => {
  const autoloader = mode === 'autoloader';
  const splitLit = process.env.EGOV_CDN_SPLIT_LIT === '1';
  return {
    publicDir: false,
    resolve: {
      alias: [
        { find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/core/localize-msg.ts', import.meta.url)) },
        // The all-in-one file defines the card with its full view: the list's loader of that view
        // would never run there (src/service-list/full-view-loader.ts).
        ...(autoloader
          ? []
          : [{ find: /^\.\/full-view-loader\.js$/, replacement: fileURLToPath(new URL('./src/core/empty-module.ts', import.meta.url)) }]),
      ],
    },
    // In the autoloader build, each element's chunk then takes in the small chunks it imports
    // (scripts/page-chunks.mjs): a page with one element loads three files.
    plugins: [
      minifyLiteralsPlugin(),
      lowerToFloorPlugin(),
      terserPassPlugin(),
      // The all-in-one file loads Lit's hydration support only where a page has server-rendered widgets.
      ...(autoloader ? [] : [hydrationChunkPlugin()]),
      ...(autoloader && !splitLit ? [pageChunksPlugin()] : []),
    ],
    build: {
      outDir: 'dist/cdn',
      // The all-in-one build runs first and starts from an empty folder; the autoloader adds to it.
      emptyOutDir: !autoloader,
      // Modules are bundled as ES2022; each chunk is then lowered to the browser floor
      // (package.json `browserslist`), chart.js and lit with our code: scripts/lower-to-floor.mjs.
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // Vite's own gzip column is not what `npm run size` measures (each file as written,
      // gzip level 9: README "Performance"), and two sets of figures would only disagree.
      reportCompressedSize: false,
      lib: {
        entry: autoloader ? { autoloader: 'src/autoloader.ts' } : { 'egov-widgets': 'src/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        // Reading a property has no side effect in this code or in what it imports: so chart.js's
        // scales that are never registered (radial, logarithmic, time) are dropped, about 5 KiB gz
        // off the chart chunk. Getters read only for an effect would be dropped too: none is.
        treeshake: { propertyReadSideEffects: false },
        // The terser pass (scripts/terser-pass.mjs) takes most of these builds' few seconds, by design.
        checks: { bundlerTimings: false },
        output: {
          chunkFileNames: '[name]-[hash].js',
          minify: true,
          comments: false,
          codeSplitting: autoloader
            ? {
                groups: [
                  // One shared chunk, loaded once by whichever element comes first: lit (lit-html,
                  // lit-element, @lit/reactive-element, @lit/localize) and
                  // our own code that most elements import (three chunks or more) and the card uses.
                  // Every element imports both, so two files would only cost a request and the
                  // gzip context a file of its own starts without (0.45 KiB gz, README
                  // "Performance"); the releases are versioned URLs, so a separate lit file would
                  // not stay cached across them either. `npm run size` measures the core without
                  // lit from a build with `EGOV_CDN_SPLIT_LIT=1`, where lit is a chunk of its own.
                  // Directives (their base class and helpers too) stay with the elements that use
                  // them, and the context provider (src/core/context-provider.ts) with <egov-provider>:
                  // the card uses neither, so a one-card page does not load them. Nor does it load
                  // what three elements share but the card does not use (the style directive of the
                  // list, the gauge and the scoreboard); code two elements share stays a chunk of
                  // its own. The message ids' hash is English's only, and travels with the English
                  // strings.
                  ...(splitLit ? [{ name: 'lit', test: LIT, priority: 2 }] : []),
                  {
                    name: 'shared',
                    test: (id: string) => LIT.test(id) || (OURS.test(id) && !NOT_ON_A_CARD_PAGE.test(id)),
                    minShareCount: 3,
                    priority: 1,
                  },
                ],
              }
            : undefined,
        },
      },
    },
  };
});
