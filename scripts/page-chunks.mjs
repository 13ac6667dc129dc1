/**
 * The autoloader build's last step: each element's chunk takes in the small chunks it imports
 * statically, so a page with one element downloads three files: `autoloader.js`, the shared
 * chunk (lit and the core) and that element's chunk. A user downloads pages, not chunks, and
 * each file gzips on its own: five files for a list page (its chunk, the card's, and three small
 * shared ones) cost about 1 KiB gz more than the same code in one (README "Performance").
 *
 * The price is on pages with several elements through the autoloader: what two elements share
 * outside the shared chunk (the card inside the list, the search folding of the list and the
 * scoreboard) is downloaded once with each. Every copy is stateless code; what a page must hold
 * once (configuration, the answer cache, the locale) is in the shared chunk, which is never copied.
 * A chunk no longer imported by anything is dropped. Lazy chunks (`import()`) stay lazy.
 */
import { rolldown } from 'rolldown';
import { minify } from 'terser';
import { posix } from 'node:path';

/** @returns {import('vite').Plugin} */
export function pageChunksPlugin({ entry = 'autoloader.js', shared = /^shared-[\w-]{8}\.js$/ } = {}) {
  return {
    name: 'egov-page-chunks',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const loader = bundle[entry];
      if (!loader || loader.type !== 'chunk') return;
      const chunks = Object.fromEntries(Object.entries(bundle).filter(([, c]) => c.type === 'chunk'));
      for (const name of loader.dynamicImports) {
        const chunk = chunks[name];
        if (!chunk || !chunk.imports.some((f) => !shared.test(f))) continue;
        const input = await rolldown({
          input: name,
          logLevel: 'silent',
          // Reading a property has no side effect here (as in vite.cdn.config.ts).
          treeshake: { propertyReadSideEffects: false },
          plugins: [
            {
              name: 'egov-bundle-files',
              resolveId(source, importer, { kind }) {
                if (!importer) return source;
                const file = posix.normalize(posix.join(posix.dirname(importer), source)).replace(/^\.\//, '');
                // The shared chunk and what loads lazily stay files of their own.
                if (kind === 'dynamic-import' || shared.test(file) || !chunks[file]) return { id: source, external: true };
                return file;
              },
              load(id) {
                return chunks[id]?.code;
              },
            },
          ],
        });
        const out = (await input.generate({ format: 'esm', minify: false })).output[0].code;
        await input.close();
        const flat = await minify(out, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
        if (flat.code === undefined) this.error(`terser gave no code for ${name}`);
        chunk.code = flat.code;
        chunk.imports = chunk.imports.filter((f) => shared.test(f));
      }
      // Chunks nothing reaches any more from the entry are dropped.
      const reached = new Set();
      const visit = (f) => {
        if (reached.has(f) || !chunks[f]) return;
        reached.add(f);
        // A merged chunk's code may import() a chunk its own lists no longer name (a module it
        // took in statically and another element loads lazily): the code says what it loads.
        const lazy = [...chunks[f].code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
        for (const g of [...chunks[f].imports, ...chunks[f].dynamicImports, ...lazy]) visit(g);
      };
      visit(entry);
      for (const f of Object.keys(chunks)) if (!reached.has(f)) delete bundle[f];
    },
  };
}
